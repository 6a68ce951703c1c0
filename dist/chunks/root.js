import { execFile } from 'node:child_process';
import { statSync, accessSync, constants, existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { K as KNOWN_GO_ENV_KEYS } from './schema.js';
import { U as UsageError } from './errors.js';

const GO_TIMEOUT_MS = 120_000;
/** Keys asked for by name when the full `go env -json` fails (GOGCCFLAGS needs the cache). */
const NAMED_KEYS = KNOWN_GO_ENV_KEYS.filter((k) => k !== 'GOGCCFLAGS');
/** Finds an executable named `name` on PATH (honouring PATHEXT on Windows). */
function findOnPath(name, env) {
    const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean);
    const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE').split(';') : [''];
    for (const dir of dirs) {
        for (const ext of exts) {
            const candidate = path.join(dir, name + ext.toLowerCase());
            if (isExecutable(candidate))
                return candidate;
        }
    }
    return undefined;
}
function isExecutable(file) {
    try {
        if (!statSync(file).isFile())
            return false;
        accessSync(file, constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
function run(binary, args, cwd, env) {
    return new Promise((resolve, reject) => {
        execFile(binary, args, { cwd, env, timeout: GO_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
            if (err) {
                const detail = (stderr || err.message).trim().split('\n').slice(0, 3).join(' ');
                reject(new GoCommandError(`\`${path.basename(binary)} ${args.join(' ')}\` failed: ${detail}`, detail));
            }
            else
                resolve(stdout);
        });
    });
}
/** A go command that ran and failed; a UsageError (exit 2) unless the caller can do without it. */
class GoCommandError extends UsageError {
    detail;
    constructor(message, detail) {
        super(message, undefined, 'run the same command in a shell to see why; check GOFLAGS, GOTOOLCHAIN, GOROOT and PATH');
        this.detail = detail;
    }
}
function goErrorDetail(err) {
    return err instanceof GoCommandError ? err.detail : err.message;
}
/**
 * Runs `go env -json` and `go version`, once each, in parallel. They run in a neutral directory
 * (the temp dir), so a go.mod `toolchain` line can't make this probe download a toolchain; the
 * module files are read by src/facts/modules.ts instead.
 */
async function collectGoFacts(opts) {
    const binary = resolveGoBinary(opts.goBinary, opts.cwd, opts.env);
    const neutral = os.tmpdir();
    const [envResult, versionResult] = await Promise.allSettled([
        run(binary, ['env', '-json'], neutral, opts.env),
        run(binary, ['version'], neutral, opts.env)
    ]);
    let envJson;
    let envError;
    if (envResult.status === 'fulfilled')
        envJson = envResult.value;
    else if (/build cache/.test(goErrorDetail(envResult.reason))) {
        // A GOCACHE that is off or unusable makes the full `go env -json` fail, while named keys
        // still print: ask for those, so the cache rules can report the problem.
        envError = goErrorDetail(envResult.reason);
        envJson = await run(binary, ['env', '-json', ...NAMED_KEYS], neutral, opts.env);
    }
    else
        throw envResult.reason; // without `go env` there are no facts: the gate cannot run
    let env;
    try {
        env = JSON.parse(envJson);
    }
    catch {
        throw new UsageError(`\`${binary} env -json\` printed something that is not JSON`, undefined, 'check that --go points at a Go toolchain');
    }
    // `go env` tolerates settings that break every other go command (a malformed GOFLAGS, say);
    // a failing `go version` is then a finding (GBG103), not a reason to stop.
    const versionLine = versionResult.status === 'fulfilled' ? versionResult.value.trim() : '';
    const versionError = versionResult.status === 'rejected' ? goErrorDetail(versionResult.reason) : undefined;
    const version = env.GOVERSION || /\bgo version (\S+)/.exec(versionLine)?.[1] || '';
    return {
        binary,
        versionLine,
        version,
        env,
        sources: {},
        ...(versionError ? { versionError } : {}),
        ...(envError ? { envError } : {})
    };
}
function resolveGoBinary(explicit, cwd, env) {
    if (explicit) {
        const candidate = path.resolve(cwd, explicit);
        if (isExecutable(candidate))
            return candidate;
        const onPath = !explicit.includes('/') && !explicit.includes('\\') ? findOnPath(explicit, env) : undefined;
        if (onPath)
            return onPath;
        throw new UsageError(`the go binary '${explicit}' does not exist or is not executable`, undefined, 'set the `go` input (or --go) to the path of a go binary, or leave it empty to use go from PATH');
    }
    const found = findOnPath('go', env);
    if (!found) {
        throw new UsageError('no go binary found on PATH', undefined, 'install Go first (e.g. actions/setup-go before this step), or pass --go /path/to/go');
    }
    return found;
}

const DEFAULT_BASELINE = '.github/go-baseline.yml';
const ENUMS = {
    mode: ['warn', 'enforce', 'record'],
    'fail-on': ['error', 'warning'],
    'cache-verify': ['full', 'quick', 'off'],
    prune: ['off', 'corrupt', 'stale', 'all'],
    comment: ['off', 'on-violation', 'always']
};
function pick(raw, name, fallback) {
    const value = (raw[name] ?? '').trim();
    if (value === '')
        return fallback;
    const allowed = ENUMS[name];
    if (!allowed.includes(value)) {
        const list = allowed.map((a) => `'${a}'`).join(', ');
        throw new UsageError(`invalid value '${value}' for ${name}: expected one of ${list}`, undefined, `set ${name} to one of ${list}`);
    }
    return value;
}
function optional(value) {
    const v = (value ?? '').trim();
    return v === '' ? undefined : v;
}
/** Validates raw inputs; throws UsageError naming the input and the allowed values. */
function resolveOptions(raw, root, cwd) {
    const dir = path.resolve(cwd, optional(raw['working-directory']) ?? '.');
    return {
        mode: pick(raw, 'mode', 'warn'),
        failOn: pick(raw, 'fail-on', 'error'),
        // The default path (which the runner passes as the input's default) means "use it if it
        // exists, else the built-in policy"; only another path is an explicit, required file.
        baseline: optional(raw.baseline) === DEFAULT_BASELINE ? undefined : optional(raw.baseline),
        root,
        dir,
        go: optional(raw.go),
        cacheVerify: pick(raw, 'cache-verify', 'quick'),
        prune: pick(raw, 'prune', 'off'),
        maxCacheAge: optional(raw['max-cache-age']),
        maxCacheSize: optional(raw['max-cache-size']),
        comment: pick(raw, 'comment', 'off'),
        report: optional(raw.report),
        sarif: optional(raw.sarif)
    };
}

/**
 * The repository root for a directory: GITHUB_WORKSPACE when the directory is inside it (the
 * action), else the nearest ancestor holding `.git`, else the directory itself.
 */
function findRoot(dir, env) {
    const workspace = env.GITHUB_WORKSPACE ? path.resolve(env.GITHUB_WORKSPACE) : undefined;
    if (workspace && isInside(dir, workspace))
        return workspace;
    for (let d = dir;; d = path.dirname(d)) {
        if (existsSync(path.join(d, '.git')))
            return d;
        if (path.dirname(d) === d)
            return dir;
    }
}
/** True when `child` is `parent` or below it. */
function isInside(child, parent) {
    const rel = path.relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export { DEFAULT_BASELINE as D, collectGoFacts as c, findRoot as f, resolveOptions as r };
