import { createRequire as __gbgCreateRequire } from 'node:module';
const __gbgBuiltin = process.getBuiltinModule ?? __gbgCreateRequire(import.meta.url);
const { existsSync, statSync, accessSync, constants } = __gbgBuiltin('node:fs');
import * as os from 'node:os';
import * as path from 'node:path';
import path__default from 'node:path';
import { U as UsageError } from './main-shared.js';
import { spawn } from 'node:child_process';

var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

/**
 * Runs a child process (go) with a deadline. A child that does not finish in time is killed with
 * its whole process group (a `go` wrapper script's own children included, so none keeps the
 * output pipes open), and the caller gets a RunTimeoutError that says so and after how long.
 */
/** Default deadline of one `go` command the gate runs. */
const DEFAULT_GO_TIMEOUT_MS = 120_000;
/** The environment variable that changes it, in seconds (e.g. `30`, `0.5`). */
const GO_TIMEOUT_VAR = 'GO_BASELINE_GATE_GO_TIMEOUT';
/** The deadline for go commands, from GO_BASELINE_GATE_GO_TIMEOUT (seconds) or the default. */
function goTimeoutMs(env) {
    const raw = env[GO_TIMEOUT_VAR]?.trim();
    if (!raw)
        return DEFAULT_GO_TIMEOUT_MS;
    const seconds = Number(raw);
    if (!Number.isFinite(seconds) || seconds <= 0) {
        throw new UsageError(`${GO_TIMEOUT_VAR}=${JSON.stringify(raw)} is not a number of seconds`, undefined, `set ${GO_TIMEOUT_VAR} to a positive number of seconds (default ${DEFAULT_GO_TIMEOUT_MS / 1000}), or unset it`);
    }
    return Math.round(seconds * 1000);
}
/** `1.5 s`, `120 s`, `250 ms`. */
function formatDuration(ms) {
    return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}
/** The child did not finish within the deadline and was killed. */
class RunTimeoutError extends Error {
    command;
    timeoutMs;
    constructor(command, timeoutMs) {
        super(`\`${command}\` did not finish within ${formatDuration(timeoutMs)} and was killed`);
        this.command = command;
        this.timeoutMs = timeoutMs;
        this.name = 'RunTimeoutError';
    }
}
/**
 * Runs `binary args` to completion, collecting its output as UTF-8. Rejects with a
 * RunTimeoutError at the deadline, or with the spawn error (ENOENT, EACCES). A non-zero exit is
 * a result, not an error.
 */
function runWithDeadline(binary, args, opts) {
    const display = opts.display ?? [binary, ...args].join(' ');
    const max = opts.maxBuffer ?? 64 * 1024 * 1024;
    // A process group of its own (not on Windows, which has none), so the deadline kills the
    // child's children too.
    const group = process.platform !== 'win32';
    return new Promise((resolve, reject) => {
        const child = spawn(binary, args, {
            cwd: opts.cwd,
            env: opts.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: group,
            windowsHide: true
        });
        const out = [];
        const err = [];
        let outLen = 0;
        let errLen = 0;
        child.stdout.on('data', (b) => {
            if (outLen < max)
                out.push(b);
            outLen += b.length;
        });
        child.stderr.on('data', (b) => {
            if (errLen < max)
                err.push(b);
            errLen += b.length;
        });
        let settled = false;
        const timer = setTimeout(() => {
            if (settled)
                return;
            settled = true;
            try {
                if (group && child.pid !== undefined)
                    process.kill(-child.pid, 'SIGKILL');
                else
                    child.kill('SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
            child.stdout.destroy();
            child.stderr.destroy();
            reject(new RunTimeoutError(display, opts.timeoutMs));
        }, opts.timeoutMs);
        child.on('error', (e) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            reject(e);
        });
        child.on('close', (code, signal) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve({
                code,
                signal,
                stdout: Buffer.concat(out).subarray(0, max).toString('utf8'),
                stderr: Buffer.concat(err).subarray(0, max).toString('utf8')
            });
        });
    });
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
/** A path as findings show it: relative to the repository root when inside it, `/` separators. */
function displayPath(file, root) {
    const rel = path.relative(root, file);
    if (rel === '')
        return '.';
    return isInside(file, root) ? rel.split(path.sep).join('/') : file;
}

/**
 * The one place that names where the project lives. The docs URL (SARIF helpUri, summary links),
 * the baseline schema's `$id` and the recorder's header are built from it here; package.json's
 * `repository`/`homepage`/`bugs`, the README, docs/ and schema/ spell the same names, and a test
 * (__tests__/project.test.ts) fails when any of them disagrees.
 */
/** GitHub owner (organization) of the repository. */
const OWNER = 'go-baseline-gate';
/** Repository name; also the npm package name and the action's name. */
const REPO = 'go-baseline-gate';
/** `owner/repo`, as in `uses: go-baseline-gate/go-baseline-gate@v1`. */
const SLUG = `${OWNER}/${REPO}`;
/** The repository's home page. */
const HOME_URL = `https://github.com/${SLUG}`;
/** Rendered documentation files on the default branch (`${DOCS_BASE_URL}/rules.md`). */
const DOCS_BASE_URL = `${HOME_URL}/blob/main/docs`;
/** Raw files on the default branch, as editors fetch them. */
const RAW_BASE_URL = `https://raw.githubusercontent.com/${SLUG}/main`;
/** Where editors fetch the baseline schema (its `$id` and the baseline's `$schema=` line). */
const SCHEMA_URL = `${RAW_BASE_URL}/schema/go-baseline.schema.json`;

/**
 * The JSON Schema of the baseline file. This object is the source of truth;
 * schema/go-baseline.schema.json is the same object written out for editors
 * (a test keeps the two identical).
 */
/** Every key some Go release prints in `go env` or documents in `go help environment`. */
const KNOWN_GO_ENV_KEYS = [
    'AR',
    'CC',
    'CGO_CFLAGS',
    'CGO_CFLAGS_ALLOW',
    'CGO_CFLAGS_DISALLOW',
    'CGO_CPPFLAGS',
    'CGO_CXXFLAGS',
    'CGO_ENABLED',
    'CGO_FFLAGS',
    'CGO_LDFLAGS',
    'CXX',
    'FC',
    'GCCGO',
    'GO111MODULE',
    'GO386',
    'GOAMD64',
    'GOARCH',
    'GOARM',
    'GOARM64',
    'GOAUTH',
    'GOBIN',
    'GOCACHE',
    'GOCACHEPROG',
    'GOCOVERDIR',
    'GODEBUG',
    'GOENV',
    'GOEXE',
    'GOEXPERIMENT',
    'GOFIPS140',
    'GOFLAGS',
    'GOGCCFLAGS',
    'GOHOSTARCH',
    'GOHOSTOS',
    'GOINSECURE',
    'GOMIPS',
    'GOMIPS64',
    'GOMOD',
    'GOMODCACHE',
    'GONOPROXY',
    'GONOSUMDB',
    'GOOS',
    'GOPATH',
    'GOPPC64',
    'GOPRIVATE',
    'GOPROXY',
    'GORISCV64',
    'GOROOT',
    'GOSUMDB',
    'GOTELEMETRY',
    'GOTELEMETRYDIR',
    'GOTMPDIR',
    'GOTOOLCHAIN',
    'GOTOOLDIR',
    'GOVCS',
    'GOVERSION',
    'GOWASM',
    'GOWORK',
    'GO_EXTLINK_ENABLED',
    'PKG_CONFIG'
];
const MATCHER_KEYS = [
    'exact',
    'one-of',
    'regex',
    'unset',
    'ignore',
    'semver',
    'contains',
    'not-contains',
    'path'
];
const TOOLCHAIN_POLICIES = ['required', 'forbidden', 'optional'];
({
    properties: Object.fromEntries(KNOWN_GO_ENV_KEYS.map((k) => [k, { $ref: '#/definitions/matcher' }]))
});

/** Where the baseline lives unless a path is given, relative to the repository root. */
const DEFAULT_BASELINE = '.github/go-baseline.yml';
/** The baseline option as given: undefined for none, and for the default's own name. */
function explicitBaseline(given) {
    const p = given?.trim();
    return p && p !== DEFAULT_BASELINE ? p : undefined;
}
/**
 * The baseline file a check reads: the explicit path (relative to the working directory), else
 * the default under the repository root.
 */
function baselinePath(explicit, root, defaultPath = DEFAULT_BASELINE) {
    return path__default.resolve(explicit ?? path__default.join(root, defaultPath));
}

/**
 * The keys Go computes from the C toolchain: to print them, `go env` opens the build cache (and
 * creates GOCACHE with its 00..ff if missing) and runs the C compiler, most of its time. Asking
 * for the other keys by name does neither (checked with Go 1.26.8: 7 ms instead of 12).
 */
const NEEDS_CACHE = new Set([
    'GOGCCFLAGS',
    'CGO_CFLAGS',
    'CGO_CPPFLAGS',
    'CGO_CXXFLAGS',
    'CGO_FFLAGS',
    'CGO_LDFLAGS',
    'PKG_CONFIG'
]);
const NAMED_KEYS = KNOWN_GO_ENV_KEYS.filter((k) => !NEEDS_CACHE.has(k));
const ENV_JSON = ['env', '-json'];
/**
 * Where PATH would look for `name`, in order: every PATH directory with every PATHEXT extension
 * on Windows (lower-cased), with none elsewhere.
 */
function pathCandidates(name, env, platform = process.platform) {
    const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean);
    const exts = platform === 'win32'
        ? (env.PATHEXT ?? '.EXE')
            .split(';')
            .filter(Boolean)
            .map((e) => e.toLowerCase())
        : [''];
    return dirs.flatMap((dir) => exts.map((ext) => path.join(dir, name + ext)));
}
/** Finds an executable named `name` on PATH (honouring PATHEXT on Windows). */
function findOnPath(name, env) {
    return pathCandidates(name, env).find(isExecutable);
}
/** A regular file this process may execute. */
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
function run(binary, args, cwd, env, 
/** The arguments as messages show them (the long list of named keys is left out). */
shown = args) {
    const command = `${path.basename(binary)} ${shown.join(' ')}`;
    const timeoutMs = goTimeoutMs(env);
    return runWithDeadline(binary, args, {
        cwd,
        env,
        timeoutMs,
        maxBuffer: 16 * 1024 * 1024,
        display: command
    }).then((r) => {
        if (r.code === 0)
            return r.stdout;
        const why = r.signal ? `killed by ${r.signal}` : `exit status ${r.code}`;
        const detail = (r.stderr.trim() || why).split('\n').slice(0, 3).join(' ');
        throw new GoCommandError(`\`${command}\` failed: ${detail}`, detail);
    }, (err) => {
        if (err instanceof RunTimeoutError) {
            throw new GoCommandError(`${err.message} (${binary})`, err.message, `find out why \`${command}\` hangs there (a network toolchain download with GOTOOLCHAIN, a wrapper script, a lock); ${GO_TIMEOUT_VAR} sets the deadline in seconds`);
        }
        const detail = err.message;
        throw new GoCommandError(`\`${command}\` could not run: ${detail}`, detail);
    });
}
/** A go command that ran and failed; a UsageError (exit 2) unless the caller can do without it. */
class GoCommandError extends UsageError {
    detail;
    constructor(message, detail, fix = 'run the same command in a shell to see why; check GOFLAGS, GOTOOLCHAIN, GOROOT and PATH') {
        super(message, undefined, fix);
        this.detail = detail;
    }
}
function goErrorDetail(err) {
    return err instanceof GoCommandError ? err.detail : err.message;
}
let prefetched;
/**
 * Starts the go probe early (the CLI entry calls it before loading the rest of the gate), so
 * `go env` runs while Node loads modules. The next collectGoFacts with the same options (same
 * env object) takes the result, errors included; any other call probes afresh.
 */
function prefetchGoFacts(opts) {
    const facts = probe(opts);
    facts.catch(() => undefined); // reported when collected
    prefetched = { opts, facts };
}
function collectGoFacts(opts) {
    const early = prefetched;
    prefetched = undefined;
    // A typo in --dir / working-directory must not turn the gate into a silent PASS.
    const bad = workingDirectoryError(opts.cwd);
    if (bad)
        return Promise.reject(bad);
    // Without an explicit binary the probe does not depend on cwd (it runs in a neutral dir).
    const sameBinary = early?.opts.goBinary === opts.goBinary &&
        (opts.goBinary === undefined || early?.opts.cwd === opts.cwd);
    const sameKeys = Boolean(early?.opts.namedKeys) === Boolean(opts.namedKeys) &&
        Boolean(early?.opts.cacheOnly) === Boolean(opts.cacheOnly);
    if (early && early.opts.env === opts.env && sameBinary && sameKeys) {
        return early.facts;
    }
    return probe(opts);
}
/** Why `dir` cannot be the working directory (missing, or not a directory), else undefined. */
function workingDirectoryError(dir) {
    let st;
    try {
        st = statSync(dir);
    }
    catch {
        st = undefined;
    }
    if (st?.isDirectory())
        return undefined;
    return new UsageError(`the working directory ${dir} ${st ? 'is not a directory' : 'does not exist'}`, undefined, 'set --dir (the action input working-directory) to a directory of the repository');
}
/**
 * Whether the check may ask `go env` for the keys by name (namedKeys): only when no baseline file
 * is there. A baseline may name a key the running Go does not print at all (GBG111), which only
 * the full `go env -json` tells apart from a key it prints empty, or a C toolchain key.
 */
function probeNamedKeys(baselineFile) {
    return !existsSync(baselineFile);
}
/**
 * Starts the check's go probe from an entry, before the options are parsed, with `dir` (absolute)
 * and `baseline` as given (undefined or the default name: .github/go-baseline.yml under the
 * repository root). It asks for the keys by name when no baseline file is there
 * (probeNamedKeys); a wrong guess only makes the engine probe on its own.
 */
function prefetchCheck(opts) {
    const file = baselinePath(explicitBaseline(opts.baseline), findRoot(opts.dir, opts.env));
    prefetchGoFacts({ cwd: opts.dir, env: opts.env, namedKeys: probeNamedKeys(file) });
}
/** An existing directory (an absolute path; `off` and relative paths are not). */
function isDirectory(dir) {
    if (!dir || !path.isAbsolute(dir))
        return false;
    try {
        return statSync(dir).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * Runs `go env -json` once (and `go version` when GOFLAGS is set, see below), in a neutral
 * directory (the temp dir), so a go.mod `toolchain` line can't make this probe download a
 * toolchain; the module files are read by src/facts/modules.ts instead.
 */
async function probe(opts) {
    const binary = resolveGoBinary(opts.goBinary, opts.cwd, opts.env);
    const neutral = os.tmpdir();
    let env;
    if (opts.namedKeys || opts.cacheOnly) {
        const named = await run(binary, ['env', '-json', ...NAMED_KEYS], neutral, opts.env, ENV_JSON);
        env = parseGoEnvJson(binary, named);
        // Only the full `go env` says why a build cache is off or unusable (and creates a missing
        // one, as any go command would): ask it then, in the rare case.
        if (!isDirectory(env.GOCACHE))
            env = undefined;
    }
    let envError;
    if (env === undefined) {
        const [envResult] = await Promise.allSettled([run(binary, ['env', '-json'], neutral, opts.env)]);
        let envJson;
        if (envResult.status === 'fulfilled')
            envJson = envResult.value;
        else if (/build cache/.test(goErrorDetail(envResult.reason))) {
            // A GOCACHE that is off or unusable makes the full `go env -json` fail, while named keys
            // still print: ask for those, so the cache rules can report the problem.
            envError = goErrorDetail(envResult.reason);
            envJson = await run(binary, ['env', '-json', ...NAMED_KEYS], neutral, opts.env, ENV_JSON);
        }
        else
            throw envResult.reason; // without `go env` there are no facts: the gate cannot run
        env = parseGoEnvJson(binary, envJson);
    }
    // `go env` tolerates a GOFLAGS that breaks every other go command (a field that is not a flag,
    // an unknown flag); `go version` parses it as go build will. It is the one setting where the two
    // differ, so `go version` runs only when GOFLAGS is set (a process spawn is most of the gate's
    // start-up), and its failure is a finding (GBG103), not a reason to stop.
    let versionLine = `go version ${env.GOVERSION ?? ''} ${env.GOOS ?? ''}/${env.GOARCH ?? ''}`;
    let versionError;
    if (!opts.cacheOnly && (env.GOFLAGS ?? '').trim() !== '') {
        try {
            versionLine = (await run(binary, ['version'], neutral, opts.env)).trim();
        }
        catch (err) {
            versionError = goErrorDetail(err);
        }
    }
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
/** At most this much of what go printed is quoted in an error message. */
const QUOTED_OUTPUT = 200;
/** What a command printed, shortened and quoted (control characters escaped) for a message. */
function quoteOutput(text) {
    const t = text.trim();
    const short = t.length > QUOTED_OUTPUT ? `${t.slice(0, QUOTED_OUTPUT)}...` : t;
    return short === '' ? 'nothing' : JSON.stringify(short);
}
function jsonType(v) {
    return v === null ? 'null' : Array.isArray(v) ? 'an array' : `a ${typeof v}`;
}
/**
 * `go env -json` output as a map of strings. Anything else (not JSON, `null`, an array, a field
 * that is not a string) is a UsageError naming the binary and quoting what it printed: the gate
 * cannot judge an environment it cannot read.
 */
function parseGoEnvJson(binary, text) {
    const fix = 'check that --go (the `go` input) points at a Go toolchain, and run `go env -json` there';
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new UsageError(`\`${binary} env -json\` printed something that is not JSON: ${quoteOutput(text)}`, undefined, fix);
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new UsageError(`\`${binary} env -json\` printed ${jsonType(data)}, not an object of strings: ${quoteOutput(text)}`, undefined, fix);
    }
    const entries = Object.entries(data);
    for (const [key, value] of entries) {
        if (typeof value !== 'string') {
            throw new UsageError(`\`${binary} env -json\` printed ${jsonType(value)} for ${JSON.stringify(key)}, where Go prints a string: ${quoteOutput(text)}`, undefined, fix);
        }
    }
    return Object.fromEntries(entries);
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

var go = /*#__PURE__*/Object.freeze({
	__proto__: null,
	collectGoFacts: collectGoFacts,
	findOnPath: findOnPath,
	isExecutable: isExecutable,
	parseGoEnvJson: parseGoEnvJson,
	pathCandidates: pathCandidates,
	prefetchCheck: prefetchCheck,
	prefetchGoFacts: prefetchGoFacts,
	probeNamedKeys: probeNamedKeys,
	workingDirectoryError: workingDirectoryError
});

export { DOCS_BASE_URL as D, KNOWN_GO_ENV_KEYS as K, MATCHER_KEYS as M, SCHEMA_URL as S, TOOLCHAIN_POLICIES as T, isInside as a, baselinePath as b, commonjsGlobal as c, displayPath as d, explicitBaseline as e, probeNamedKeys as f, collectGoFacts as g, DEFAULT_BASELINE as h, isExecutable as i, findRoot as j, goTimeoutMs as k, getDefaultExportFromCjs as l, go as m, pathCandidates as p, runWithDeadline as r };
