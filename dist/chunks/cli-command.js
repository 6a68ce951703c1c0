import { createRequire as __gbgCreateRequire } from 'node:module';
const __gbgBuiltin = process.getBuiltinModule ?? __gbgCreateRequire(import.meta.url);
import { g as isCaseInsensitiveOs, h as placeholderValues, j as parseGoVersion, k as pathListSeparator, n as normalisePath, l as parseFlags, o as mkdir, w as writeFile, q as access } from './cli-core.js';
import path__default from 'node:path';
import { S as SCHEMA_URL, K as KNOWN_GO_ENV_KEYS, U as UsageError, g as DEFAULT_BASELINE, h as findRoot, f as collectGoFacts } from './cli-boot.js';



import 'node:child_process';
import 'node:os';

const KNOWN = new Set(KNOWN_GO_ENV_KEYS);
/**
 * `record`: a baseline from the live `go env`. Stable keys are captured as exact values, machine
 * paths become placeholders, and keys that change from run to run or machine to machine are left out.
 */
/** Left out: temp dirs (GOGCCFLAGS), the current module/workspace, telemetry, the config file,
 * and keys Go derives from the installation or from GOOS/GOARCH. */
const VOLATILE_KEYS = new Set([
    'GOENV',
    'GOEXE',
    'GOGCCFLAGS',
    'GOHOSTARCH',
    'GOHOSTOS',
    'GOMOD',
    'GOROOT',
    'GOTELEMETRY',
    'GOTELEMETRYDIR',
    'GOTOOLDIR',
    'GOWORK'
]);
/** Keys holding a directory (GOPATH: a list of them), recorded as `{ path: ... }`. */
const PATH_KEYS = new Set([
    'GOBIN',
    'GOCACHE',
    'GOCOVERDIR',
    'GOMODCACHE',
    'GOPATH',
    'GOTMPDIR'
]);
/** One path with its longest matching placeholder prefix replaced (`/home/u/go` -> `${HOME}/go`). */
function toPlaceholders(p, values, os) {
    const np = normalisePath(p, os);
    const candidates = Object.entries(values)
        .filter(([, v]) => v !== undefined && v !== '')
        .sort(([, a], [, b]) => b.length - a.length);
    for (const [name, value] of candidates) {
        const nv = normalisePath(value, os);
        if (np === nv)
            return `\${${name}}`;
        if (np.startsWith(nv.endsWith('/') ? nv : `${nv}/`)) {
            const rest = p.slice(p.length - (np.length - nv.length)).replace(/^[\\/]+/, '');
            return `\${${name}}/${rest}`;
        }
    }
    return p;
}
/** GOVERSION as a range: the same minor release, this patch or newer (`go1.26.8` -> `~1.26.8`). */
function versionMatcher(version) {
    const v = parseGoVersion(version);
    if (!v || v.kind !== '' || v.patch < 0)
        return JSON.stringify(version);
    return `{ semver: "~${v.major}.${v.minor}.${v.patch}" }`;
}
function matcherText(key, value, ctx) {
    if (key === 'GOVERSION')
        return versionMatcher(value);
    if (PATH_KEYS.has(key) && value !== '') {
        const values = placeholderValues({
            processEnv: ctx.processEnv,
            goEnv: ctx.go.env,
            root: ctx.root
        });
        const sep = pathListSeparator(ctx.platform);
        const portable = value
            .split(sep)
            .map((p) => toPlaceholders(p, values, ctx.platform))
            .join(sep);
        return `{ path: ${JSON.stringify(portable)} }`;
    }
    return JSON.stringify(value);
}
/** The baseline file text (YAML, starting with the schema line) for the given live environment. */
function renderBaseline(input) {
    const ctx = { ...input, platform: input.platform ?? process.platform };
    const all = Object.keys(input.go.env).sort();
    const unknown = all.filter((k) => !KNOWN.has(k));
    const keys = all.filter((k) => KNOWN.has(k) && !VOLATILE_KEYS.has(k));
    const lines = [
        `# yaml-language-server: $schema=${SCHEMA_URL}`,
        `# Recorded by \`go-baseline-gate record\` from: ${input.go.versionLine.replace(/[\r\n]+/g, ' ')}`,
        `# Paths use placeholders (\${HOME}, \${GOROOT}, \${RUNNER_TEMP}, \${WORKSPACE})${isCaseInsensitiveOs(ctx.platform) ? ' and compare case-insensitively on this OS' : ''}.`,
        '# Left out as machine- or run-specific: ' + [...VOLATILE_KEYS].sort().join(', '),
        ...(unknown.length
            ? [`# Left out, not known to this go-baseline-gate: ${unknown.join(', ')}`]
            : []),
        'version: 1',
        'env:',
        ...keys.map((k) => `  ${k}: ${matcherText(k, input.go.env[k] ?? '', ctx)}`)
    ];
    return `${lines.join('\n')}\n`;
}

const USAGE = `usage: go-baseline-gate record [--out FILE] [--force] [--dir DIR] [--go PATH]

Writes a baseline from the current go env.
  --out FILE   where to write it (default: ${DEFAULT_BASELINE} under the repository root; - for stdout)
  --force      overwrite an existing file
  --dir DIR    the directory whose repository root is used (default: the current directory)
  --go PATH    the go binary to ask (default: go on PATH)
`;
const OPTIONS = {
    out: { type: 'string' },
    force: { type: 'boolean' },
    dir: { type: 'string' },
    go: { type: 'string' },
    help: { type: 'boolean', short: 'h' }
};
async function exists(file) {
    return access(file).then(() => true, () => false);
}
async function record(args, io, env) {
    const opts = parseFlags('record', args, OPTIONS, USAGE.split('\n')[0] ?? USAGE).values;
    if (opts.help) {
        io.stdout(USAGE);
        return 0;
    }
    const dir = path__default.resolve(opts.dir ?? '.');
    const root = findRoot(dir, env);
    const toStdout = opts.out === '-';
    const out = opts.out && !toStdout ? path__default.resolve(opts.out) : path__default.join(root, DEFAULT_BASELINE);
    if (!toStdout && !opts.force && (await exists(out))) {
        throw new UsageError(`${out} already exists; record will not overwrite it`, { file: out }, 'pass --force to replace it, or --out to write somewhere else');
    }
    const go = await collectGoFacts({ goBinary: opts.go, cwd: dir, env });
    const text = renderBaseline({ go, processEnv: env, root });
    if (toStdout) {
        io.stdout(text);
        return 0;
    }
    await mkdir(path__default.dirname(out), { recursive: true });
    await writeFile(out, text);
    io.stderr(`go-baseline-gate: wrote ${out} from ${go.version}; review it and commit it.\n`);
    return 0;
}
/** `go-baseline-gate record`: exit 0 when written, 2 on a usage problem (message, never a stack trace). */
async function recordCommand(args, io, env = process.env) {
    try {
        return await record(args, io, env);
    }
    catch (e) {
        if (!(e instanceof UsageError))
            throw e;
        io.stderr(`go-baseline-gate: ${e.format()}\n`);
        return 2;
    }
}

export { recordCommand };
