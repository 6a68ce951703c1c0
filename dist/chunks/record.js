import { S as SCHEMA_URL, n as isCaseInsensitiveOs, p as placeholderValues, o as parseGoVersion, q as pathListSeparator, t as normalisePath } from './output.js';
import { K as KNOWN_GO_ENV_KEYS } from './go.js';

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

export { renderBaseline as r };
