import { createRequire as __gbgCreateRequire } from 'node:module';
const __gbgBuiltin = process.getBuiltinModule ?? __gbgCreateRequire(import.meta.url);
import { U as UsageError, r as readRegularFile, N as NotRegularFileError, F as FileTooLargeError, a as readdir, s as stat, b as realpath, c as access, d as readEvent, l as logText, m as mkdir, o as open, e as close, w as write, f as writeFile, g as setOutput, h as summary, i as getInput, j as actionStore, k as warning, n as setFailed, p as abandonedCalls } from './main-shared.js';
import * as path from 'node:path';
import path__default, { resolve, relative as relative$1, isAbsolute as isAbsolute$1, sep, join, dirname } from 'node:path';
import { b as baselinePath, d as displayPath, p as pathCandidates, i as isExecutable, a as isInside, e as explicitBaseline, D as DOCS_BASE_URL, f as probeNamedKeys, g as collectGoFacts, h as DEFAULT_BASELINE, S as SCHEMA_URL, K as KNOWN_GO_ENV_KEYS, j as findRoot } from './main-boot.js';
const { isUtf8 } = __gbgBuiltin('node:buffer');
import { execFile } from 'node:child_process';
const { constants, mkdtempSync } = __gbgBuiltin('node:fs');
import * as os from 'node:os';

function formatBytes$1(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = n;
    let i = 0;
    while (Math.abs(v) >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}
function formatDuration(seconds) {
    const s = Math.abs(seconds);
    const text = s >= 86400
        ? `${(s / 86400).toFixed(1)}d`
        : s >= 3600
            ? `${(s / 3600).toFixed(1)}h`
            : s >= 60
                ? `${Math.round(s / 60)}m`
                : `${Math.round(s)}s`;
    return seconds < 0 ? `-${text}` : text;
}
/** One log line: `cache verify: 1200/5000 files, 210.0 MiB/600.0 MiB, 1.1 GiB/s`. */
function progressLine(p) {
    const files = p.total !== undefined ? `${p.done}/${p.total}` : `${p.done}`;
    const bytes = p.bytesTotal !== undefined
        ? `${formatBytes$1(p.bytesDone)}/${formatBytes$1(p.bytesTotal)}`
        : formatBytes$1(p.bytesDone);
    return `cache ${p.phase}: ${files} files, ${bytes}, ${formatBytes$1(p.rate)}/s`;
}
/** Wraps a progress sink so it emits a log line at most every `everyMs` (plus each phase's end). */
function throttledLog(log, everyMs = 5000) {
    let last = Date.now();
    let logged = '';
    return (p) => {
        const done = p.total !== undefined && p.done >= p.total;
        const key = `${p.phase}:${p.done}`;
        if (key === logged || (!done && Date.now() - last < everyMs))
            return;
        last = Date.now();
        logged = key;
        log(progressLine(p));
    };
}

/**
 * Baseline regexes run on RE2 (the `re2js` port, the syntax of Go's `regexp`): matching takes
 * time linear in the value, whatever the pattern, so a pattern such as `(a+)+$` cannot stall the
 * gate. Backreferences and lookaround, the features that need backtracking, are syntax errors.
 *
 * The engine is large, and only a baseline file can hold a regex, so it loads with the baseline
 * (`loadRegexEngine`, awaited by the baseline loader), never at start-up.
 */
let engine;
const compiled = new Map();
/** Loads the RE2 engine; the baseline loader awaits it before it builds any matcher. */
async function loadRegexEngine() {
    engine ??= (await import('./index.js')).RE2JS;
}
function compile(pattern) {
    let re = compiled.get(pattern);
    if (!re) {
        if (!engine)
            throw new Error('internal error: a baseline regex before loadRegexEngine()');
        re = engine.compile(pattern);
        compiled.set(pattern, re);
    }
    return re;
}
/** Why a pattern does not compile (RE2's message, e.g. "missing closing )"), or undefined. */
function regexSyntaxError(pattern) {
    try {
        compile(pattern);
        return undefined;
    }
    catch (e) {
        if (!engine)
            throw e;
        return e.message.replace(/^error parsing regexp: /, '');
    }
}
/** Whether the whole value matches the pattern (anchored at both ends). */
function matchesWhole(pattern, value) {
    return compile(pattern).matches(value);
}

const VERSION$1 = /^(\d+)(?:\.(\d+))?(?:\.(\d+)|(alpha|beta|rc)(\d+))?$/;
const KIND_RANK = { '': 0, alpha: 1, beta: 2, rc: 3 };
/** Parses `1.21`, `1.21.0`, `1.21rc1`, `go1.22.3` (with or without the `go` prefix). Undefined if invalid. */
function parseGoVersion(text) {
    const m = VERSION$1.exec(text.startsWith('go') ? text.slice(2) : text);
    if (!m)
        return undefined;
    const [, major, minor, patch, kind, pre] = m;
    if (!isCanonicalNumber(major) || (minor !== undefined && !isCanonicalNumber(minor)))
        return undefined;
    if (patch !== undefined && !isCanonicalNumber(patch))
        return undefined;
    // Go 1.0 has no minor ("1"); anything else needs one.
    if (minor === undefined && (major !== '1' || patch !== undefined || kind !== undefined)) {
        return undefined;
    }
    return {
        major: Number(major),
        minor: minor === undefined ? 0 : Number(minor),
        patch: patch === undefined ? -1 : Number(patch),
        kind: (kind ?? ''),
        pre: pre === undefined ? 0 : Number(pre)
    };
}
function isCanonicalNumber(s) {
    return s !== undefined && (s === '0' || !s.startsWith('0'));
}
/** Go's ordering. Invalid versions sort before valid ones (as in go/version). */
function compareGoVersions(a, b) {
    const x = parseGoVersion(a);
    const y = parseGoVersion(b);
    if (!x || !y)
        return (x ? 1 : 0) - (y ? 1 : 0);
    return (x.major - y.major ||
        x.minor - y.minor ||
        x.patch - y.patch ||
        KIND_RANK[x.kind] - KIND_RANK[y.kind] ||
        x.pre - y.pre);
}
/** The semver spelling of a Go version, for range matching: `1.22` -> `1.22.0`, `1.21rc2` -> `1.21.0-rc.2`. */
function goVersionToSemver(text) {
    const v = parseGoVersion(text);
    if (!v)
        return undefined;
    const core = `${v.major}.${v.minor}.${Math.max(v.patch, 0)}`;
    return v.kind ? `${core}-${v.kind}.${v.pre}` : core;
}
/**
 * The range matcher: the two semver functions used (not the whole package). Only a baseline file
 * can hold a version range, so they load with it (`loadSemver`, awaited by the baseline loader),
 * never at start-up.
 */
let semver;
/** Loads the range matcher; the baseline loader awaits it before it reads any range. */
async function loadSemver() {
    if (semver)
        return;
    const [satisfies, validRange] = await Promise.all([
        import('./satisfies.js').then(function (n) { return n.s; }),
        import('./valid.js').then(function (n) { return n.v; })
    ]);
    semver = { satisfies: satisfies.default, validRange: validRange.default };
}
function ranges() {
    if (!semver)
        throw new Error('internal error: a version range before loadSemver()');
    return semver;
}
/** True when `range` (npm semver syntax, e.g. `>=1.22.0 <1.24`) is a valid range. */
function isValidGoRange(range) {
    return ranges().validRange(range, { includePrerelease: true }) !== null;
}
/** Whether a Go version lies in a semver range. Undefined when the version is not a Go version. */
function goVersionInRange(version, range) {
    const s = goVersionToSemver(version);
    if (s === undefined)
        return undefined;
    return ranges().satisfies(s, range, { includePrerelease: true });
}

/** The built-in recommended policy: no expectations of its own; the GBG1xx policy rules apply. */
function builtinBaseline() {
    return { builtin: true, version: 1, rules: {}, env: [], go: {}, cache: {} };
}
/**
 * The most a baseline file may hold. Real baselines are a few kilobytes; the cap keeps a huge or
 * hostile file (millions of keys) from costing the job minutes before it is rejected.
 */
const MAX_BASELINE_BYTES = 1024 * 1024;
/** The baseline's text; undefined when there is no file. Only a regular file is ever opened. */
async function readIfExists(file, shown) {
    try {
        return (await readRegularFile(file, MAX_BASELINE_BYTES)).toString('utf8');
    }
    catch (e) {
        if (e instanceof NotRegularFileError) {
            throw new UsageError(`the baseline ${shown} is ${e.kind}, not a regular file`, { file: shown }, 'point --baseline at a YAML or JSON file');
        }
        if (e instanceof FileTooLargeError) {
            throw new UsageError(`the baseline ${shown} is ${e.size} bytes; at most ${MAX_BASELINE_BYTES} bytes (1 MiB) are read`, { file: shown, line: 1, column: 1 }, 'a baseline lists expectations on go env keys and a few policies: keep it small, without generated content');
        }
        const code = e.code;
        if (code === 'ENOENT')
            return undefined;
        throw new UsageError(`cannot read the baseline ${shown}: ${e.message}`, { file: shown }, 'check the file permissions');
    }
}
/**
 * Loads and validates the baseline for this GOOS/GOARCH/runner OS. No file at the default path
 * gives the built-in policy; a missing explicit path or an invalid file is a UsageError (exit 2)
 * placed at file:line:column.
 */
async function loadBaseline(opts) {
    const file = baselinePath(opts.path, opts.root, opts.defaultPath);
    const shown = displayPath(file, opts.root);
    const text = await readIfExists(file, shown);
    if (text === undefined) {
        if (opts.path === undefined)
            return builtinBaseline();
        throw new UsageError(`baseline file not found: ${opts.path}`, undefined, `create it with \`go-baseline-gate record --out ${opts.path}\`, or fix the path`);
    }
    // The parser and the validator load only when there is a file to read (start-up time).
    const [{ BaselineSource }, { schemaProblems, throwProblems }, { buildBaseline }] = await Promise.all([
        import('./source.js'),
        import('./validate.js'),
        import('./build.js'),
        loadRegexEngine(),
        loadSemver()
    ]);
    const source = BaselineSource.parse(shown, text);
    const data = source.toJS();
    if (data === null || data === undefined) {
        throw new UsageError(`the baseline ${shown} is empty`, { file: shown, line: 1, column: 1 }, 'add `version: 1`');
    }
    throwProblems(schemaProblems(data, source));
    const { baseline, problems } = buildBaseline(data, source, file, opts);
    throwProblems(problems);
    return baseline;
}

/** Keys whose value is a list: `GOFLAGS` is space-separated, the others comma-separated. */
const LIST_KEYS = [
    'GOFLAGS',
    'GOPROXY',
    'GOPRIVATE',
    'GONOPROXY',
    'GONOSUMDB',
    'GOINSECURE',
    'GOEXPERIMENT',
    'GODEBUG'
];
const PLACEHOLDERS = ['HOME', 'GOROOT', 'RUNNER_TEMP', 'WORKSPACE'];
function isListKey(key) {
    return LIST_KEYS.includes(key);
}
/**
 * The elements of a list-like value. GOPROXY is split on `,` and `|` (its two separators); GOFLAGS
 * on white space; the rest on `,`. Empty elements are dropped.
 */
function listElements(key, value) {
    const sep = key === 'GOFLAGS' ? /\s+/ : key === 'GOPROXY' ? /[,|]/ : /,/;
    return value
        .split(sep)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/**
 * Whether a list element matches what the baseline names. A GOFLAGS entry `-mod` (no `=`) matches
 * any `-mod=...`; `--flag` and `-flag` are the same flag to Go.
 */
function elementMatches(key, element, wanted) {
    if (key !== 'GOFLAGS')
        return element === wanted;
    const e = element.replace(/^--/, '-');
    const w = wanted.replace(/^--/, '-');
    return e === w || (!w.includes('=') && e.startsWith(`${w}=`));
}
/** The list value with the forbidden elements removed and the required ones appended. */
function correctedList(key, actual, m) {
    const kept = listElements(key, actual).filter((e) => !m.notContains.some((w) => elementMatches(key, e, w)));
    const added = m.contains.filter((w) => !kept.some((e) => elementMatches(key, e, w)));
    return [...kept, ...added].join(key === 'GOFLAGS' ? ' ' : ',');
}
/** Case-insensitive file systems by default: Windows (NTFS) and macOS (APFS). */
function isCaseInsensitiveOs(os) {
    return os === 'win32' || os === 'darwin';
}
/** The separator of path lists such as GOPATH. */
function pathListSeparator(os) {
    return os === 'win32' ? ';' : ':';
}
/** One path in a comparable form: `/` separators, no trailing separator, lower case where the OS ignores case. */
function normalisePath(p, os) {
    let s = os === 'win32' ? p.replace(/\\/g, '/') : p;
    s = s.replace(/\/+/g, '/');
    if (s.length > 1 && s.endsWith('/') && !/^[A-Za-z]:\/$/.test(s))
        s = s.slice(0, -1);
    return isCaseInsensitiveOs(os) ? s.toLowerCase() : s;
}
const PLACEHOLDER_RE = /\$\{([A-Z_]+)\}/g;
/** Names of the `${...}` placeholders a text uses. */
function placeholdersIn(text) {
    return [...text.matchAll(PLACEHOLDER_RE)].map((m) => m[1] ?? '');
}
/** Replaces the placeholders; returns the first one that has no value instead when one is missing. */
function expandPlaceholders(text, values) {
    for (const name of placeholdersIn(text)) {
        if (values[name] === undefined)
            return { missing: name };
    }
    return { value: text.replace(PLACEHOLDER_RE, (_, name) => values[name]) };
}
/** What a matcher expects, in words. */
function describeMatcher(m) {
    switch (m.kind) {
        case 'exact':
            return JSON.stringify(m.value);
        case 'one-of':
            return `one of ${m.values.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'regex':
            return `matching /${m.pattern}/`;
        case 'unset':
            return 'unset or empty';
        case 'ignore':
            return 'anything';
        case 'semver':
            return `a version in ${m.range}`;
        case 'path':
            return `path ${m.value}`;
        case 'list': {
            const parts = [
                ...(m.contains.length ? [`containing ${m.contains.join(', ')}`] : []),
                ...(m.notContains.length ? [`not containing ${m.notContains.join(', ')}`] : [])
            ];
            return parts.join(' and ');
        }
    }
}
/**
 * Compares one `go env` value (undefined: the running Go does not print the key) with a matcher.
 * A key Go does not print satisfies only `unset` and `ignore`.
 */
function matchEnvValue(key, actual, m, ctx) {
    const expected = describeMatcher(m);
    if (m.kind === 'ignore')
        return { ok: true, expected };
    if (m.kind === 'unset')
        return { ok: actual === undefined || actual === '', expected };
    if (actual === undefined) {
        return { ok: false, expected, reason: `this Go does not report ${key}` };
    }
    switch (m.kind) {
        case 'exact':
            return { ok: actual === m.value, expected };
        case 'one-of':
            return { ok: m.values.includes(actual), expected };
        case 'regex':
            return { ok: matchesWhole(m.pattern, actual), expected };
        case 'semver': {
            const inRange = goVersionInRange(actual, m.range);
            if (inRange === undefined) {
                return {
                    ok: false,
                    expected,
                    reason: `${JSON.stringify(actual)} is not a Go release version`
                };
            }
            return { ok: inRange, expected };
        }
        case 'list':
            return matchList(key, actual, m, expected);
        case 'path':
            return matchPath(actual, m.value, ctx, expected);
    }
}
function matchList(key, actual, m, expected) {
    const elements = listElements(key, actual);
    const missing = m.contains.filter((w) => !elements.some((e) => elementMatches(key, e, w)));
    const present = m.notContains.filter((w) => elements.some((e) => elementMatches(key, e, w)));
    const reasons = [
        ...(missing.length ? [`missing ${missing.join(', ')}`] : []),
        ...(present.length ? [`contains ${present.join(', ')}`] : [])
    ];
    return reasons.length
        ? { ok: false, expected, reason: reasons.join('; ') }
        : { ok: true, expected };
}
function matchPath(actual, pattern, ctx, expected) {
    const expanded = expandPlaceholders(pattern, ctx.placeholders);
    if ('missing' in expanded) {
        return {
            ok: false,
            expected,
            reason: `the placeholder \${${expanded.missing}} has no value here`
        };
    }
    const sep = pathListSeparator(ctx.os);
    const want = expanded.value.split(sep).map((p) => normalisePath(p, ctx.os));
    const got = actual.split(sep).map((p) => normalisePath(p, ctx.os));
    const ok = want.length === got.length && want.every((p, i) => p === got[i]);
    return ok ? { ok, expected } : { ok, expected: `${expected} (= ${expanded.value})` };
}
/**
 * The placeholder values on a machine: ${HOME} (USERPROFILE on Windows when HOME is unset),
 * ${GOROOT} from `go env`, ${RUNNER_TEMP} from the runner, ${WORKSPACE} = GITHUB_WORKSPACE or the
 * repository root.
 */
function placeholderValues(m) {
    const e = m.processEnv;
    const values = {
        HOME: e.HOME || e.USERPROFILE || undefined,
        GOROOT: m.goEnv.GOROOT || undefined,
        RUNNER_TEMP: e.RUNNER_TEMP || undefined,
        WORKSPACE: e.GITHUB_WORKSPACE || m.root
    };
    return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}

/** "the process environment", "/home/u/.config/go/env line 2 (go env -w)", … for messages. */
function describeSource(source) {
    if (!source)
        return undefined;
    const at = source.file ? `${source.file}${source.line ? ` line ${source.line}` : ''}` : '';
    switch (source.kind) {
        case 'environment':
            return 'the process environment';
        case 'goenv-file':
            return `${at || 'the go env -w file'}, written by \`go env -w\``;
        case 'goroot-go.env':
            return `${at || '$GOROOT/go.env'}, the toolchain's defaults`;
        case 'default':
            return "Go's built-in default";
    }
}
/** How to remove a value, given where it came from. */
function unsetHint(key, source) {
    switch (source?.kind) {
        case 'goenv-file':
            return `go env -u ${key}`;
        case 'environment':
            return `unset ${key} in the workflow or shell that sets it (env: ${key})`;
        case 'goroot-go.env':
            return `set ${key} explicitly (go env -w ${key}=…) to override the toolchain's go.env`;
        default:
            return `unset ${key}`;
    }
}
/** Source attribution for a `go env` key, as text for the finding's `source` field. */
function sourceOf(facts, key) {
    return describeSource(facts.go.sources[key]);
}
/** `GOFLAGS` split the way Go splits it (whitespace-separated fields). */
function goFlagsFields(goflags) {
    return (goflags ?? '').split(/\s+/).filter(Boolean);
}

/**
 * Where a `go env` value came from, as a sentence part, following a derived value (GONOSUMDB from
 * GOPRIVATE) to the key that really set it.
 */
function attribution(facts, key) {
    const source = facts.go.sources[key];
    const text = describeSource(source);
    if (!source || !text)
        return undefined;
    return source.derivedFrom
        ? `${source.derivedFrom}'s value (${source.derivedFrom} is set by ${text})`
        : text;
}
/** The key to act on: the one the value was derived from, if any. */
function owningKey(facts, key) {
    return facts.go.sources[key]?.derivedFrom ?? key;
}
/** How to set a key to a value so that it wins over its current source. */
function setHint(key, value, source) {
    const quoted = /[\s'"$`]/.test(value) ? `'${value.replace(/'/g, `'\\''`)}'` : value;
    return source?.kind === 'environment'
        ? `set ${key}=${quoted} in the workflow or shell that sets it`
        : `go env -w ${key}=${quoted}`;
}
/** How to remove the value, acting on the key that set it. */
function removeHint(facts, key) {
    const owner = owningKey(facts, key);
    return unsetHint(owner, facts.go.sources[owner]);
}

const ENV_DRIFT = {
    id: 'GBG110',
    name: 'env-drift',
    area: 'env',
    defaultSeverity: 'error',
    summary: 'A `go env` value differs from what the baseline expects.',
    fix: 'Change the value where it comes from (workflow env, `go env -w` file, $GOROOT/go.env) to what the baseline expects, or, if the change is intended, update the baseline (`go-baseline-gate record --force`).'
};
const ENV_KEY_NOT_REPORTED = {
    id: 'GBG111',
    name: 'env-key-not-reported',
    area: 'env',
    defaultSeverity: 'warning',
    summary: 'The baseline expects a `go env` key that the running Go does not report (an older or newer Go than the baseline was written for).',
    fix: 'Use the Go version the baseline was written for, or mark the key `{ ignore: true }` (or `{ unset: true }`) in an override for the matrix leg that runs the other Go.'
};
/** The fix for one drifted key, given what the baseline wants and where the value came from. */
function driftFix(facts, key, actual, m, placeholders) {
    const source = facts.go.sources[key];
    switch (m.kind) {
        case 'exact':
            return m.value === '' ? removeHint(facts, key) : setHint(key, m.value, source);
        case 'path': {
            const expanded = expandPlaceholders(m.value, placeholders);
            return 'value' in expanded
                ? setHint(key, expanded.value, source)
                : `set ${expanded.missing} (used by the baseline's \${${expanded.missing}})`;
        }
        case 'unset':
            return removeHint(facts, key);
        case 'list': {
            const value = correctedList(key, actual, m);
            return value === '' ? removeHint(facts, key) : setHint(key, value, source);
        }
        default:
            return `set ${key} to ${describeMatcher(m)}: ${setHint(key, '<value>', source)}`;
    }
}
function check$2(facts, e) {
    const actual = facts.go.env[e.key];
    const placeholders = placeholderValues({
        processEnv: facts.processEnv,
        goEnv: facts.go.env,
        root: facts.root
    });
    const result = matchEnvValue(e.key, actual, e.matcher, { os: facts.platform, placeholders });
    if (result.ok)
        return undefined;
    const why = result.reason ? ` (${result.reason})` : '';
    const reason = e.reason ? ` The baseline says: ${e.reason}.` : '';
    if (actual === undefined) {
        return {
            rule: ENV_KEY_NOT_REPORTED.id,
            severity: ENV_KEY_NOT_REPORTED.defaultSeverity,
            message: `The baseline expects ${e.key} ${result.expected}, but ${facts.go.version} does not report ${e.key}.${reason}`,
            location: e.location,
            expected: result.expected,
            actual: `(not reported by ${facts.go.version})`,
            fix: ENV_KEY_NOT_REPORTED.fix
        };
    }
    const source = attribution(facts, e.key);
    const fix = driftFix(facts, e.key, actual, e.matcher, placeholders);
    return {
        rule: ENV_DRIFT.id,
        severity: ENV_DRIFT.defaultSeverity,
        message: `${e.key}=${actual} but the baseline expects ${result.expected}${why}; it comes from ${source ?? 'an unknown source'}.${reason}`,
        location: e.location,
        expected: result.expected,
        actual,
        source,
        fix,
        envKey: e.key
    };
}
/** One finding per key of the baseline whose live value does not match. */
const driftCheck = {
    rules: [ENV_DRIFT, ENV_KEY_NOT_REPORTED],
    run(facts, baseline) {
        return baseline.env.map((e) => check$2(facts, e)).filter((f) => f !== undefined);
    }
};

/**
 * Shared by the built-in recommended policy rules. The baseline is the team's contract: where it
 * declares a key, the baseline comparison (GBG110) judges that key and the policy rule stays quiet
 * (a declared `GOPROXY: direct` is the "reason" the policy asks for).
 */
function declared(baseline, key) {
    return baseline.env.some((e) => e.key === key);
}
/**
 * A finding about one `go env` key, with its value and where the value came from. The fix is its
 * own field: every sink prints it after the message.
 */
function keyFinding(rule, facts, key, f) {
    const source = attribution(facts, key);
    return {
        rule: rule.id,
        severity: rule.defaultSeverity,
        message: `${f.message}${source ? ` ${key} comes from ${source}.` : ''}`,
        expected: f.expected,
        actual: `${key}=${facts.go.env[key] ?? ''}`,
        ...(source ? { source } : {}),
        fix: f.fix,
        envKey: key
    };
}

const GOBIN_NOT_ON_PATH = {
    id: 'GBG141',
    name: 'gobin-not-on-path',
    area: 'env',
    defaultSeverity: 'warning',
    summary: 'GOBIN is set but not on PATH: tools installed with `go install` are not found by later steps.',
    fix: 'Add GOBIN to PATH (in a workflow: `echo "$(go env GOBIN)" >> "$GITHUB_PATH"`), or unset GOBIN.'
};
/** The PATH of the process (`Path` on Windows). */
function pathVar(env) {
    return env.PATH ?? env.Path ?? '';
}
function run$p(facts, _baseline) {
    const gobin = facts.go.env.GOBIN ?? '';
    if (gobin === '')
        return [];
    const os = facts.platform;
    const entries = pathVar(facts.processEnv)
        .split(pathListSeparator(os))
        .filter(Boolean)
        .map((p) => normalisePath(p, os));
    if (entries.includes(normalisePath(gobin, os)))
        return [];
    return [
        keyFinding(GOBIN_NOT_ON_PATH, facts, 'GOBIN', {
            message: `GOBIN=${gobin} is not on PATH: binaries from \`go install\` will not be found.`,
            expected: 'GOBIN listed in PATH',
            fix: `add ${gobin} to PATH (GitHub Actions: echo "${gobin}" >> "$GITHUB_PATH")`
        })
    ];
}
const gobinCheck = { rules: [GOBIN_NOT_ON_PATH], run: run$p };

const GOCACHE_OFF = {
    id: 'GBG130',
    name: 'gocache-off',
    area: 'env',
    defaultSeverity: 'error',
    summary: 'GOCACHE is off or not an absolute path: since Go 1.12 go build fails without a build cache.',
    fix: 'Unset GOCACHE (the default is the user cache directory) or set it to an absolute directory.'
};
const GOCACHE_UNUSABLE = {
    id: 'GBG131',
    name: 'gocache-unwritable',
    area: 'env',
    defaultSeverity: 'error',
    summary: 'GOCACHE is not a writable directory (or cannot be created): go build will fail to store results.',
    fix: 'Point GOCACHE at a writable directory (e.g. `${{ runner.temp }}/go-build`), or fix the directory permissions.'
};
/** Why a GOCACHE directory cannot be used, or undefined when it can. */
function problem(p) {
    if (p.exists && !p.isDirectory)
        return 'exists but is not a directory';
    if (p.exists && !p.writable)
        return 'is not writable by this user';
    if (!p.exists && !p.creatable)
        return 'does not exist and cannot be created (no writable parent directory)';
    return undefined;
}
function run$o(facts, _baseline) {
    const gocache = facts.go.env.GOCACHE;
    if (gocache === undefined)
        return [];
    const dflt = 'an absolute, writable directory';
    // Go prints a relative GOCACHE as "off" in `go env`, and says why only in its error.
    const relative = gocache !== 'off'
        ? !isAbsolute(gocache, facts.platform)
        : /GOCACHE is not an absolute path/.test(facts.go.envError ?? '');
    if (gocache === 'off' || relative) {
        const raw = relative && gocache === 'off' ? facts.processEnv.GOCACHE : gocache;
        const shown = raw === undefined ? 'GOCACHE' : `GOCACHE=${raw}`;
        return [
            keyFinding(GOCACHE_OFF, facts, 'GOCACHE', {
                message: `${shown} ${relative ? `is not an absolute path${gocache === 'off' ? ' (go env shows it as "off")' : ''}` : 'disables the build cache'}: go build refuses to run.`,
                expected: dflt,
                fix: setHint('GOCACHE', '<absolute directory>', facts.go.sources.GOCACHE)
            })
        ];
    }
    const probe = facts.paths?.gocache;
    const why = probe && problem(probe);
    if (!why)
        return [];
    return [
        keyFinding(GOCACHE_UNUSABLE, facts, 'GOCACHE', {
            message: `GOCACHE ${gocache} ${why}.`,
            expected: dflt,
            fix: `${setHint('GOCACHE', '<writable directory>', facts.go.sources.GOCACHE)}, or fix the permissions of ${gocache}`
        })
    ];
}
function isAbsolute(p, os) {
    return os === 'win32' ? /^([A-Za-z]:[\\/]|\\\\)/.test(p) : p.startsWith('/');
}
/** GOCACHE usability is part of the recommended policy whether or not a baseline file exists. */
const gocacheCheck = { rules: [GOCACHE_OFF, GOCACHE_UNUSABLE], run: run$o };

const CHECKSUM_BYPASS = {
    id: 'GBG101',
    name: 'checksum-db-disabled',
    area: 'env',
    defaultSeverity: 'error',
    summary: 'The checksum database is bypassed (GOSUMDB=off, GONOSUMCHECK, GOFLAGS=-insecure, or GONOSUMDB/GOPRIVATE matching every module).',
    fix: 'Remove the bypass: `go env -u GOSUMDB` (or unset it in the workflow); list only your private module prefixes in GOPRIVATE/GONOSUMDB.'
};
const GOFLAGS_MOD_MOD = {
    id: 'GBG102',
    name: 'goflags-mod-mod',
    area: 'env',
    defaultSeverity: 'error',
    summary: 'GOFLAGS contains -mod=mod: go commands silently rewrite go.mod and go.sum instead of failing on drift.',
    fix: 'Remove -mod=mod from GOFLAGS (`go env -u GOFLAGS` or the workflow env); run `go mod tidy` locally and commit the result.'
};
const GO_COMMAND_FAILS = {
    id: 'GBG103',
    name: 'go-command-fails',
    area: 'env',
    defaultSeverity: 'error',
    summary: '`go version` fails in this environment although `go env` runs (e.g. GOFLAGS holds a field that is not a flag): every go build will fail the same way.',
    fix: 'Run `go version` to see the error; fix the setting it names (for GOFLAGS: every space-separated field must start with -).'
};
function goCommandFails(facts) {
    const error = facts.go.versionError;
    if (error === undefined)
        return [];
    const goflagsBroken = /\$GOFLAGS/.test(error);
    const source = goflagsBroken ? sourceOf(facts, 'GOFLAGS') : undefined;
    return [
        {
            rule: GO_COMMAND_FAILS.id,
            severity: GO_COMMAND_FAILS.defaultSeverity,
            message: `\`go version\` fails: ${error}${source ? ` (GOFLAGS set by ${source})` : ''}`,
            actual: goflagsBroken ? `GOFLAGS=${facts.go.env.GOFLAGS ?? ''}` : error,
            ...(source ? { source } : {}),
            ...(goflagsBroken ? { envKey: 'GOFLAGS' } : {}),
            fix: goflagsBroken
                ? `${unsetHint('GOFLAGS', facts.go.sources.GOFLAGS)}, or make every space-separated field of GOFLAGS a flag (starting with -)`
                : GO_COMMAND_FAILS.fix
        }
    ];
}
/** True when a GOPRIVATE/GONOSUMDB-style pattern matches (nearly) every module path. */
function isWildcardWide(pattern) {
    const first = pattern.trim().split('/')[0] ?? '';
    return first !== '' && /^[*?.]+$/.test(first) && first.includes('*');
}
function checksumBypass(facts) {
    const env = facts.go.env;
    const findings = [];
    const add = (key, actual, message) => findings.push({
        rule: CHECKSUM_BYPASS.id,
        severity: CHECKSUM_BYPASS.defaultSeverity,
        message: `${message}${sourceOf(facts, key) ? ` (set by ${sourceOf(facts, key)})` : ''}`,
        expected: key === 'GOSUMDB' ? 'sum.golang.org (or your mirror)' : 'not a bypass',
        actual: `${key}=${actual}`,
        source: sourceOf(facts, key),
        envKey: key,
        fix: key === 'GONOSUMDB' || key === 'GOPRIVATE'
            ? `list only your private module prefixes in ${key} (e.g. ${key}=*.corp.example.com)`
            : unsetHint(key, facts.go.sources[key])
    });
    if ((env.GOSUMDB ?? '').trim() === 'off') {
        add('GOSUMDB', 'off', 'GOSUMDB=off disables the checksum database: downloaded modules are not verified');
    }
    const nosumcheck = facts.processEnv.GONOSUMCHECK;
    if (nosumcheck !== undefined && nosumcheck !== '' && nosumcheck !== '0') {
        add('GONOSUMCHECK', nosumcheck, `GONOSUMCHECK=${nosumcheck} asks to skip checksum verification`);
    }
    if (goFlagsFields(env.GOFLAGS).some((f) => /^--?insecure(=|$)/.test(f))) {
        add('GOFLAGS', env.GOFLAGS ?? '', 'GOFLAGS contains -insecure: modules may be fetched without TLS or checksums');
    }
    // GONOSUMDB defaults to GOPRIVATE when unset, and `go env` then prints GOPRIVATE's value as
    // GONOSUMDB: name the variable the user set.
    const nosumdb = env.GONOSUMDB ?? '';
    const derived = facts.go.sources.GONOSUMDB?.derivedFrom === 'GOPRIVATE' ||
        (nosumdb !== '' && nosumdb === (env.GOPRIVATE ?? ''));
    const key = nosumdb !== '' && !derived ? 'GONOSUMDB' : 'GOPRIVATE';
    const wide = (env[key] ?? '').split(',').filter(isWildcardWide);
    if (wide.length > 0) {
        add(key, env[key] ?? '', `${key} pattern '${wide[0]}' matches every module: the checksum database is never consulted`);
    }
    return findings;
}
function goflagsModMod(facts) {
    const goflags = facts.go.env.GOFLAGS ?? '';
    if (!goFlagsFields(goflags).some((f) => /^--?mod=mod$/.test(f)))
        return [];
    const source = sourceOf(facts, 'GOFLAGS');
    return [
        {
            rule: GOFLAGS_MOD_MOD.id,
            severity: GOFLAGS_MOD_MOD.defaultSeverity,
            message: `GOFLAGS=${goflags} contains -mod=mod${source ? ` (set by ${source})` : ''}: go build may rewrite go.mod and go.sum instead of failing`,
            expected: 'GOFLAGS without -mod=mod',
            actual: `GOFLAGS=${goflags}`,
            source,
            envKey: 'GOFLAGS',
            fix: `${unsetHint('GOFLAGS', facts.go.sources.GOFLAGS)}; then run \`go mod tidy\` locally and commit go.mod and go.sum`
        }
    ];
}
const envChecks = [
    { rules: [CHECKSUM_BYPASS], run: checksumBypass },
    { rules: [GOFLAGS_MOD_MOD], run: goflagsModMod },
    { rules: [GO_COMMAND_FAILS], run: goCommandFails }
];

const INSECURE_WIDE = {
    id: 'GBG121',
    name: 'goinsecure-wildcard',
    area: 'env',
    defaultSeverity: 'error',
    summary: 'GOINSECURE matches every module: any module may be fetched over plain HTTP without certificate checks.',
    fix: 'List only the hosts that need it (e.g. `GOINSECURE=git.corp.example.com`), or unset GOINSECURE.'
};
function run$n(facts, baseline) {
    if (declared(baseline, 'GOINSECURE'))
        return [];
    const wide = (facts.go.env.GOINSECURE ?? '').split(',').filter(isWildcardWide);
    if (wide.length === 0)
        return [];
    return [
        keyFinding(INSECURE_WIDE, facts, 'GOINSECURE', {
            message: `GOINSECURE pattern '${wide[0]}' matches every module: downloads may skip HTTPS and certificate checks.`,
            expected: 'GOINSECURE unset, or naming specific hosts',
            fix: `${removeHint(facts, 'GOINSECURE')}, or list only the hosts that need it`
        })
    ];
}
const goinsecureCheck = { rules: [INSECURE_WIDE], run: run$n };

const GOPROXY_OFF = {
    id: 'GBG122',
    name: 'goproxy-off',
    area: 'env',
    defaultSeverity: 'warning',
    summary: 'GOPROXY=off: go cannot download any module, so a missing module fails the build late.',
    fix: 'Unset GOPROXY (the default is https://proxy.golang.org,direct); if builds must be offline (vendored), declare `GOPROXY: "off"` in the baseline with a reason.'
};
const GOPROXY_DIRECT = {
    id: 'GBG123',
    name: 'goproxy-direct-only',
    area: 'env',
    defaultSeverity: 'warning',
    summary: 'GOPROXY=direct alone: every module comes straight from its VCS, without a proxy cache (slower, and broken by vanished repositories).',
    fix: 'Use a proxy first (`https://proxy.golang.org,direct` or your mirror); if direct is required, declare `GOPROXY: direct` in the baseline with a reason.'
};
function run$m(facts, baseline) {
    if (declared(baseline, 'GOPROXY'))
        return [];
    const proxies = listElements('GOPROXY', facts.go.env.GOPROXY ?? '');
    const first = proxies[0];
    if (first === 'off') {
        return [
            keyFinding(GOPROXY_OFF, facts, 'GOPROXY', {
                message: 'GOPROXY=off: go cannot download modules; a module missing from the module cache fails the build.',
                expected: 'a module proxy (https://proxy.golang.org,direct)',
                fix: `${removeHint(facts, 'GOPROXY')}, or declare GOPROXY in the baseline if offline builds are intended`
            })
        ];
    }
    if (proxies.length > 0 && proxies.every((p) => p === 'direct')) {
        return [
            keyFinding(GOPROXY_DIRECT, facts, 'GOPROXY', {
                message: 'GOPROXY=direct: every module is fetched from its origin repository, without a proxy.',
                expected: 'a module proxy before direct',
                fix: `${removeHint(facts, 'GOPROXY')}, or declare GOPROXY in the baseline with a reason`
            })
        ];
    }
    return [];
}
const goproxyCheck = { rules: [GOPROXY_OFF, GOPROXY_DIRECT], run: run$m };

const TOOLCHAIN_SWITCH$1 = {
    id: 'GBG150',
    name: 'gotoolchain-switch',
    area: 'env',
    defaultSeverity: 'notice',
    summary: 'GOTOOLCHAIN makes `go` run a different toolchain than the one installed on PATH (downloaded from the module proxy).',
    fix: 'If the switch is intended, pin it (a `toolchain` line in go.mod, or install that Go with actions/setup-go); otherwise set GOTOOLCHAIN=local.'
};
/** The installed Go on PATH and the toolchain `go` actually ran, when they differ. */
function toolchainSwitch(facts) {
    const installed = facts.paths?.goOnPath[0]?.version;
    const running = facts.go.version;
    return installed && running && installed !== running ? { installed, running } : undefined;
}
function run$l(facts, _baseline) {
    const sw = toolchainSwitch(facts);
    if (!sw)
        return [];
    const mode = facts.go.env.GOTOOLCHAIN ?? '';
    const why = /^go1/.test(mode)
        ? `GOTOOLCHAIN=${mode} names that toolchain`
        : `GOTOOLCHAIN=${mode} lets go.mod or go.work (go or toolchain line) ask for a newer Go`;
    return [
        keyFinding(TOOLCHAIN_SWITCH$1, facts, 'GOTOOLCHAIN', {
            message: `The go on PATH is ${sw.installed}, but it runs ${sw.running} from ${facts.go.env.GOROOT ?? 'the module cache'}: ${why}.`,
            expected: `the installed ${sw.installed}`,
            fix: `install ${sw.running} (actions/setup-go with go-version-file: go.mod) so nothing is downloaded, or set GOTOOLCHAIN=local to build with ${sw.installed}`
        })
    ];
}
const gotoolchainCheck = { rules: [TOOLCHAIN_SWITCH$1], run: run$l };

const GOROOT_MISMATCH = {
    id: 'GBG140',
    name: 'goroot-mismatch',
    area: 'env',
    defaultSeverity: 'error',
    summary: "The `go` found on PATH does not live in the GOROOT it reports: it compiles with another installation's standard library and tools.",
    fix: 'Unset GOROOT (go finds its own), or put `$GOROOT/bin` first on PATH.'
};
function run$k(facts, _baseline) {
    const paths = facts.paths;
    const onPath = paths?.goOnPath[0];
    // A GOTOOLCHAIN switch reports the downloaded toolchain's GOROOT on purpose (GBG150 explains it).
    if (!paths || !onPath || toolchainSwitch(facts))
        return [];
    if (paths.gorootGo === onPath.realPath)
        return [];
    const goroot = facts.go.env.GOROOT ?? '';
    const others = paths.goOnPath.slice(1).map((g) => g.path);
    const also = others.length ? ` Other go binaries on PATH: ${others.join(', ')}.` : '';
    return [
        keyFinding(GOROOT_MISMATCH, facts, 'GOROOT', {
            message: `The go on PATH is ${onPath.path}${onPath.realPath !== onPath.path ? ` (${onPath.realPath})` : ''}${onPath.version ? `, ${onPath.version},` : ''} but it reports GOROOT=${goroot}, whose bin/go is ${paths.gorootGo ?? 'missing'}.${also}`,
            expected: onPath.goroot ? `GOROOT=${onPath.goroot}` : 'the GOROOT of the go on PATH',
            fix: `${removeHint(facts, 'GOROOT')}, or put ${goroot}/bin first on PATH`
        })
    ];
}
const gorootCheck = { rules: [GOROOT_MISMATCH], run: run$k };

const GOPATH_MODE = {
    id: 'GBG120',
    name: 'go111module-off',
    area: 'env',
    defaultSeverity: 'error',
    summary: 'GO111MODULE=off inside a module: go ignores go.mod and go.sum and builds in GOPATH mode.',
    fix: 'Unset GO111MODULE (`go env -u GO111MODULE`, or remove it from the workflow env); module mode is the default.'
};
/** Whether the checked directory is inside a module or workspace. */
function inModule(facts) {
    return facts.modules.mods.length > 0 || facts.modules.work !== undefined;
}
function run$j(facts, baseline) {
    if (declared(baseline, 'GO111MODULE') || !inModule(facts))
        return [];
    if ((facts.go.env.GO111MODULE ?? '').trim().toLowerCase() !== 'off')
        return [];
    return [
        keyFinding(GOPATH_MODE, facts, 'GO111MODULE', {
            message: 'GO111MODULE=off inside a module: go ignores go.mod and go.sum and builds in GOPATH mode.',
            expected: 'GO111MODULE unset, on or auto',
            fix: removeHint(facts, 'GO111MODULE')
        })
    ];
}
const moduleModeCheck = { rules: [GOPATH_MODE], run: run$j };

/**
 * go env against the baseline (GBG110-111) and the built-in recommended policy (GBG120-150).
 * GBG101/GBG102 (checksum bypass, -mod=mod) live in env.ts and are part of the same policy.
 */
const baselineEnvChecks = [
    driftCheck,
    moduleModeCheck,
    goinsecureCheck,
    goproxyCheck,
    gocacheCheck,
    gorootCheck,
    gobinCheck,
    gotoolchainCheck
];

/** A compact way to declare an area's rules: `const rule = defineRule('cache')`, then `rule(id, …)`. */
function defineRule(area) {
    return (id, name, defaultSeverity, summary, fix) => ({
        id,
        name,
        area,
        defaultSeverity,
        summary,
        fix
    });
}

/**
 * Build-cache checks (GBG3xx): turn CacheFacts (src/gocache) into findings. One finding per
 * problem kind with a count and a few sample paths, never one per file. Problems the gate's
 * prune removed are not reported as problems but summarised in the prune notice.
 */
const rule$2 = defineRule('cache');
const PRUNE_FIX = 'Run the gate with `prune: corrupt` (or `go-baseline-gate cache prune`) before `go build`.';
/** Rules for each problem kind, with whether `prune: corrupt` removes it. */
const PROBLEM_RULES = {
    'action-malformed': {
        removable: true,
        meta: rule$2('GBG301', 'cache-entry-malformed', 'warning', 'A cache action entry is not the single 175-byte line Go writes; Go ignores it.', PRUNE_FIX)
    },
    'output-missing': {
        removable: true,
        meta: rule$2('GBG302', 'cache-output-missing', 'warning', 'A cache action entry points at an output that does not exist (an incomplete restore).', PRUNE_FIX)
    },
    'output-size': {
        removable: true,
        meta: rule$2('GBG303', 'cache-output-truncated', 'warning', 'A cache output is not the size its action entry declares (truncated by an interrupted restore).', PRUNE_FIX)
    },
    'output-hash': {
        removable: true,
        meta: rule$2('GBG304', 'cache-output-corrupt', 'error', 'A cache output’s SHA-256 differs from its name: `go build` would link the corrupted bytes.', PRUNE_FIX + ' Use `cache-verify: full` to detect it.')
    },
    symlink: {
        removable: true,
        meta: rule$2('GBG305', 'cache-symlink', 'error', 'The cache contains a symbolic link; Go never writes one, and would read whatever it points to.', PRUNE_FIX + ' Find out what planted it.')
    },
    'not-a-file': {
        removable: true,
        meta: rule$2('GBG306', 'cache-not-a-file', 'error', 'A directory or special file sits where Go writes a regular file; `go build` can fail on it.', PRUNE_FIX)
    },
    'world-writable': {
        removable: true,
        meta: rule$2('GBG307', 'cache-world-writable', 'error', 'A cache entry is writable by any user, so its content cannot be trusted.', PRUNE_FIX + ' Run `go` with a umask that removes o+w (022).')
    },
    hardlink: {
        removable: true,
        meta: rule$2('GBG308', 'cache-hardlink', 'warning', 'A cache file has several hard links and can be changed through a path outside the cache.', PRUNE_FIX)
    },
    foreign: {
        removable: false,
        meta: rule$2('GBG309', 'cache-foreign-file', 'warning', 'The cache holds a file Go does not write (something else stores files in GOCACHE).', 'Move the file out of GOCACHE, or point the other tool at its own directory.')
    },
    unreadable: {
        removable: false,
        meta: rule$2('GBG310', 'cache-unreadable', 'error', 'The gate could not read a cache entry (permissions or I/O error).', 'Fix the ownership and permissions of GOCACHE (e.g. `chown -R "$USER" "$(go env GOCACHE)"`), or clear it with `go clean -cache`.')
    }
};
const TRIM_STALE = rule$2('GBG320', 'cache-trim-stale', 'notice', 'trim.txt says Go last trimmed the cache more than a day ago; the next `go` command trims it.', 'Nothing is broken; use `prune: stale` to trim before the build instead of during it.');
const TRIM_FUTURE = rule$2('GBG321', 'cache-trim-future', 'warning', 'trim.txt is more than an hour in the future (clock skew or a cache from another machine).', 'Use `prune: stale`, which rewrites trim.txt with the current time, or delete trim.txt.');
const TRIM_UNPARSABLE = rule$2('GBG322', 'cache-trim-unparsable', 'warning', 'trim.txt is not a Unix time in seconds as Go writes it.', 'Use `prune: stale`, which rewrites trim.txt, or delete trim.txt.');
const TRIM_INEFFECTIVE = rule$2('GBG323', 'cache-trim-ineffective', 'warning', 'trim.txt claims a recent trim, yet entries unused for longer than the age limit remain: a restored trim.txt is keeping Go from trimming.', 'Use `prune: stale` (it trims by last use and rewrites trim.txt honestly), or exclude trim.txt from the CI cache.');
const OVER_BUDGET = rule$2('GBG330', 'cache-over-budget', 'warning', 'The build cache is larger than the `max-cache-size` budget.', 'Use `prune: stale` with `max-cache-size`, or raise the budget in the baseline `cache:` section.');
const PRUNED = rule$2('GBG340', 'cache-pruned', 'notice', 'The gate pruned the build cache before the build (what and how much).', 'Nothing to do; this records what was removed.');
const PRUNE_FAILED = rule$2('GBG341', 'cache-prune-failed', 'error', 'Some cache paths could not be removed; the broken entries are still there.', 'Fix the permissions of GOCACHE, or clear it with `go clean -cache`.');
/** At most this many paths are named in a finding. */
const SAMPLE_PATHS = 3;
function samples(list) {
    const shown = list.slice(0, SAMPLE_PATHS).map((p) => `${p.path} (${p.detail})`);
    const more = list.length > SAMPLE_PATHS ? `; and ${list.length - SAMPLE_PATHS} more` : '';
    return shown.join('; ') + more;
}
function groupByKind(problems) {
    const by = new Map();
    for (const p of problems) {
        const list = by.get(p.kind);
        if (list)
            list.push(p);
        else
            by.set(p.kind, [p]);
    }
    return by;
}
function finding$2(meta, message, extra = {}) {
    return {
        rule: meta.id,
        severity: meta.defaultSeverity,
        message,
        fix: meta.fix,
        source: 'GOCACHE',
        ...extra
    };
}
/**
 * Whether each problem is healed: prune removes its kind and did not fail on its path. One set of
 * failed paths for all problems, so this stays linear in problems + failures.
 */
function healedTest(c) {
    const prune = c.prune;
    if (!prune)
        return () => false;
    const failed = new Set(prune.failed.map((f) => f.path));
    return (p) => PROBLEM_RULES[p.kind].removable && (prune.mode === 'all' || !failed.has(p.path));
}
function problemFindings(c) {
    const out = [];
    const healed = healedTest(c);
    for (const [kind, list] of groupByKind(c.problems.filter((p) => !healed(p)))) {
        const { meta } = PROBLEM_RULES[kind];
        out.push(finding$2(meta, `${list.length} cache ${list.length === 1 ? 'path' : 'paths'} with ${kind}: ${samples(list)}`, {
            location: { file: list[0].path },
            actual: `${list.length}`,
            expected: '0'
        }));
    }
    return out;
}
function trimFindings(c) {
    if (c.prune?.trimWritten || c.prune?.mode === 'all')
        return [];
    const t = c.trim;
    const file = { location: { file: `${c.root}/trim.txt` } };
    switch (t.state) {
        case 'stale':
            return [
                finding$2(TRIM_STALE, `Go last trimmed ${c.root} ${formatDuration(t.ageSeconds ?? 0)} ago.`, file)
            ];
        case 'future':
            return [
                finding$2(TRIM_FUTURE, `trim.txt is ${formatDuration(-(t.ageSeconds ?? 0))} in the future.`, file)
            ];
        case 'unparsable':
            return [
                finding$2(TRIM_UNPARSABLE, `trim.txt holds ${JSON.stringify(t.raw ?? '')}, not a Unix time.`, file)
            ];
        case 'fresh':
            return c.staleAfter > 0
                ? [
                    finding$2(TRIM_INEFFECTIVE, `trim.txt says Go trimmed ${formatDuration(t.ageSeconds ?? 0)} ago, yet ${c.staleAfter} entries are unused for longer than ${formatDuration(c.maxAgeSeconds)}.`, file)
                ]
                : [];
        default:
            return [];
    }
}
function budgetFindings(c) {
    if (c.maxSizeBytes === undefined || c.bytesAfter <= c.maxSizeBytes)
        return [];
    return [
        finding$2(OVER_BUDGET, `The build cache holds ${formatBytes$1(c.bytesAfter)}, over the budget of ${formatBytes$1(c.maxSizeBytes)}.`, {
            location: { file: c.root },
            expected: `<= ${formatBytes$1(c.maxSizeBytes)}`,
            actual: formatBytes$1(c.bytesAfter)
        })
    ];
}
function pruneFindings(c) {
    const p = c.prune;
    if (!p)
        return [];
    const out = [];
    const healed = healedTest(c);
    const healedKinds = [...groupByKind(c.problems.filter((x) => healed(x)))]
        .map(([kind, list]) => `${list.length} ${kind}`)
        .join(', ');
    out.push(finding$2(PRUNED, `prune: ${p.mode} removed ${p.entries} cache entries (${formatBytes$1(p.bytes)}): ${p.corrupt} broken${healedKinds ? ` (${healedKinds})` : ''}, ${p.stale} stale, ${p.overBudget} over the size budget; trim.txt ${p.trimWritten ? 'rewritten' : 'unchanged'}.`, { location: { file: c.root }, actual: String(p.bytes) }));
    if (p.failed.length > 0)
        out.push(finding$2(PRUNE_FAILED, `${p.failed.length} cache paths could not be removed: ${samples(p.failed)}`, { location: { file: p.failed[0].path } }));
    return out;
}
const cacheChecks = [
    {
        rules: [
            ...Object.values(PROBLEM_RULES).map((r) => r.meta),
            TRIM_STALE,
            TRIM_FUTURE,
            TRIM_UNPARSABLE,
            TRIM_INEFFECTIVE,
            OVER_BUDGET,
            PRUNED,
            PRUNE_FAILED
        ],
        run(facts) {
            const c = facts.cache;
            if (!c)
                return [];
            return [...problemFindings(c), ...trimFindings(c), ...budgetFindings(c), ...pruneFindings(c)];
        }
    }
];

const MODFILE_NOT_CHECKED = {
    id: 'GBG200',
    name: 'modfile-not-checked',
    area: 'modfile',
    defaultSeverity: 'warning',
    summary: 'A go.mod was found where the gate cannot read it (a directory name that is not valid UTF-8): its module was not checked.',
    fix: 'Rename the directory to a valid UTF-8 name (Go rejects such names in import paths too), or check that module separately.'
};
function run$i(facts) {
    return (facts.modules.unchecked ?? []).map((u) => ({
        rule: MODFILE_NOT_CHECKED.id,
        severity: MODFILE_NOT_CHECKED.defaultSeverity,
        message: `${u.file} was not checked: ${u.reason}`,
        fix: MODFILE_NOT_CHECKED.fix
    }));
}
const modfileUncheckedCheck = { rules: [MODFILE_NOT_CHECKED], run: run$i };

function parseGoSum(text) {
    const entries = new Set();
    let malformed;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const f = lines[i].split(/[ \t\r\n\v\f]+/).filter((x) => x !== '');
        if (f.length === 0)
            continue;
        if (f.length === 3)
            entries.add(`${f[0]} ${f[1]}`);
        else
            malformed ??= { line: i + 1, fields: f.length };
    }
    return malformed ? { entries, malformed } : { entries };
}
/** Whether go.sum has the go.mod hash of path@version (what loading the module graph needs). */
function hasGoModSum(sum, path, version) {
    return sum.entries.has(`${path} ${version}/go.mod`);
}
/** Whether go.sum has the zip hash of path@version (what building its packages needs). */
function hasZipSum(sum, path, version) {
    return sum.entries.has(`${path} ${version}`);
}

/**
 * Go string literal helpers: `strconv.Unquote` for double-quoted strings (go.mod quoted paths)
 * and `%q`-style quoting for error messages, so messages read like the go command's.
 */
const SIMPLE_ESCAPES = {
    a: 7,
    b: 8,
    f: 12,
    n: 10,
    r: 13,
    t: 9,
    v: 11,
    '\\': 92,
    '"': 34
};
const HEX_LENGTH = { x: 2, u: 4, U: 8 };
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');
/**
 * Unquotes a Go interpreted string literal (`"..."`). Returns undefined on invalid syntax,
 * like `strconv.Unquote` returning `ErrSyntax`. `\x` and octal escapes produce bytes; invalid
 * UTF-8 decodes to U+FFFD (what `encoding/json` prints for such strings).
 */
function goUnquote(literal) {
    if (literal.length < 2 || !literal.startsWith('"') || !literal.endsWith('"'))
        return undefined;
    const body = literal.slice(1, -1);
    if (!body.includes('\\'))
        return body.includes('"') || body.includes('\n') ? undefined : body;
    const bytes = [];
    for (let i = 0; i < body.length;) {
        const c = body[i];
        if (c === '"' || c === '\n')
            return undefined;
        if (c !== '\\') {
            const cp = body.codePointAt(i);
            const ch = String.fromCodePoint(cp);
            bytes.push(...encoder.encode(ch));
            i += ch.length;
            continue;
        }
        const esc = body[i + 1];
        if (esc === undefined)
            return undefined;
        if (esc in SIMPLE_ESCAPES) {
            bytes.push(SIMPLE_ESCAPES[esc]);
            i += 2;
        }
        else if (esc in HEX_LENGTH) {
            const n = HEX_LENGTH[esc];
            const hex = body.slice(i + 2, i + 2 + n);
            if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex))
                return undefined;
            const value = parseInt(hex, 16);
            if (esc === 'x')
                bytes.push(value);
            else if (value > 0x10ffff || (value >= 0xd800 && value < 0xe000))
                return undefined;
            else
                bytes.push(...encoder.encode(String.fromCodePoint(value)));
            i += 2 + n;
        }
        else if (esc >= '0' && esc <= '7') {
            const oct = body.slice(i + 1, i + 4);
            if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255)
                return undefined;
            bytes.push(parseInt(oct, 8));
            i += 4;
        }
        else {
            return undefined;
        }
    }
    return decoder.decode(new Uint8Array(bytes));
}
/** Whether Go's `unicode.IsPrint` holds: letters, marks, numbers, punctuation, symbols, ASCII space. */
function isGoPrint(cp) {
    if (cp === 0x20)
        return true;
    return PRINTABLE.test(String.fromCodePoint(cp));
}
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
function escapeRune(cp, quote) {
    const ch = String.fromCodePoint(cp);
    if (ch === quote || ch === '\\')
        return '\\' + ch;
    const simple = Object.entries(SIMPLE_ESCAPES).find(([k, v]) => v === cp && k !== '\\' && k !== '"');
    if (isGoPrint(cp))
        return ch;
    if (simple)
        return '\\' + simple[0];
    if (cp < 0x80)
        return '\\x' + cp.toString(16).padStart(2, '0');
    if (cp < 0x10000)
        return '\\u' + cp.toString(16).padStart(4, '0');
    return '\\U' + cp.toString(16).padStart(8, '0');
}
/** Go's `%q` of a string. */
function goQuote(s) {
    let out = '"';
    for (const ch of s)
        out += escapeRune(ch.codePointAt(0), '"');
    return out + '"';
}
/** Go's `%q` of a rune: `'x'`, `'\ufeff'`. */
function goQuoteRune(cp) {
    return `'${escapeRune(cp, "'")}'`;
}

function spanOf(start, end) {
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
function linePos(line) {
    return spanOf(line.start, line.end);
}
function tokenPos(token) {
    return spanOf(token.start, token.end);
}

/**
 * Module versions the way golang.org/x/mod/semver and x/mod/module see them: `v1.2.3`,
 * short forms `v1`/`v1.2` (canonicalised to `v1.0.0`/`v1.2.0`), prereleases, `+incompatible`,
 * and the major-version suffix of module paths (`/v2`, `gopkg.in/x.v3`).
 */
const IDENT_PART = /^[0-9A-Za-z-]+$/;
function parse(v) {
    const m = /^v(0|[1-9][0-9]*)(?:\.(0|[1-9][0-9]*)(?:\.(0|[1-9][0-9]*)(-[^+]*)?(\+.*)?)?)?$/.exec(v);
    if (!m)
        return undefined;
    const [, major, minor, patch, pre, build] = m;
    if (minor === undefined) {
        return {
            major: major,
            minor: '0',
            patch: '0',
            short: '.0.0',
            prerelease: '',
            build: ''
        };
    }
    if (patch === undefined) {
        return { major: major, minor, patch: '0', short: '.0', prerelease: '', build: '' };
    }
    if (pre !== undefined && !validParts(pre.slice(1), true))
        return undefined;
    if (build !== undefined && !validParts(build.slice(1), false))
        return undefined;
    return {
        major: major,
        minor,
        patch,
        short: '',
        prerelease: pre ?? '',
        build: build ?? ''
    };
}
function validParts(s, noLeadingZero) {
    return s.split('.').every((p) => IDENT_PART.test(p) && !(noLeadingZero && /^0[0-9]+$/.test(p)));
}
function isValidSemver(v) {
    return parse(v) !== undefined;
}
/** semver.Canonical: `v1.2` -> `v1.2.0`, build metadata dropped; '' if invalid. */
function canonicalSemver(v) {
    const p = parse(v);
    if (!p)
        return '';
    if (p.build)
        return v.slice(0, v.length - p.build.length);
    return p.short ? v + p.short : v;
}
/** module.CanonicalVersion: like canonicalSemver but keeps `+incompatible`. */
function canonicalModuleVersion(v) {
    const cv = canonicalSemver(v);
    return parse(v)?.build === '+incompatible' ? cv + '+incompatible' : cv;
}
function semverMajor(v) {
    const p = parse(v);
    return p ? v.slice(0, 1 + p.major.length) : '';
}
function compareInt(x, y) {
    if (x === y)
        return 0;
    if (x.length !== y.length)
        return x.length < y.length ? -1 : 1;
    return x < y ? -1 : 1;
}
function comparePrerelease(x, y) {
    if (x === y)
        return 0;
    if (x === '')
        return 1;
    if (y === '')
        return -1;
    const xs = x.slice(1).split('.');
    const ys = y.slice(1).split('.');
    for (let i = 0; i < xs.length && i < ys.length; i++) {
        const dx = xs[i];
        const dy = ys[i];
        if (dx === dy)
            continue;
        const ix = /^[0-9]+$/.test(dx);
        const iy = /^[0-9]+$/.test(dy);
        if (ix !== iy)
            return ix ? -1 : 1;
        if (ix)
            return compareInt(dx, dy);
        return dx < dy ? -1 : 1;
    }
    return xs.length < ys.length ? -1 : xs.length > ys.length ? 1 : 0;
}
/** semver.Compare: invalid versions sort before valid ones and are equal to each other. */
function compareSemver(v, w) {
    const pv = parse(v);
    const pw = parse(w);
    if (!pv || !pw)
        return (pv ? 1 : 0) - (pw ? 1 : 0);
    return (compareInt(pv.major, pw.major) ||
        compareInt(pv.minor, pw.minor) ||
        compareInt(pv.patch, pw.patch) ||
        comparePrerelease(pv.prerelease, pw.prerelease));
}
/** module.SplitPathVersion: the `/vN` (or gopkg.in `.vN`) suffix of a module path. */
function splitPathVersion(path) {
    if (path.startsWith('gopkg.in/'))
        return splitGopkgIn(path);
    let i = path.length;
    let dot = false;
    while (i > 0 && /[0-9.]/.test(path[i - 1])) {
        if (path[i - 1] === '.')
            dot = true;
        i--;
    }
    if (i <= 1 || i === path.length || path[i - 1] !== 'v' || path[i - 2] !== '/') {
        return { prefix: path, pathMajor: '', ok: true };
    }
    const prefix = path.slice(0, i - 2);
    const pathMajor = path.slice(i - 2);
    if (dot || pathMajor.length <= 2 || pathMajor[2] === '0' || pathMajor === '/v1') {
        return { prefix: path, pathMajor: '', ok: false };
    }
    return { prefix, pathMajor, ok: true };
}
function splitGopkgIn(path) {
    let i = path.length;
    if (path.endsWith('-unstable'))
        i -= '-unstable'.length;
    while (i > 0 && /[0-9]/.test(path[i - 1]))
        i--;
    if (i <= 1 || path[i - 1] !== 'v' || path[i - 2] !== '.')
        return { prefix: path, pathMajor: '', ok: false };
    const prefix = path.slice(0, i - 2);
    const pathMajor = path.slice(i - 2);
    if (pathMajor.length <= 2 || (pathMajor[2] === '0' && pathMajor !== '.v0')) {
        return { prefix: path, pathMajor: '', ok: false };
    }
    return { prefix, pathMajor, ok: true };
}
/** module.CheckPathMajor: undefined when `v` matches the path's major suffix, else Go's reason. */
function checkPathMajor(v, pathMajor) {
    let pm = pathMajor;
    if (pm.startsWith('.v') && pm.endsWith('-unstable'))
        pm = pm.slice(0, -'-unstable'.length);
    if (v.startsWith('v0.0.0-') && pm === '.v1')
        return undefined;
    const m = semverMajor(v);
    if (pm === '') {
        if (m === 'v0' || m === 'v1' || parse(v)?.build === '+incompatible')
            return undefined;
        pm = 'v0 or v1';
    }
    else if (pm.startsWith('/') || pm.startsWith('.')) {
        if (m === pm.slice(1))
            return undefined;
        pm = pm.slice(1);
    }
    return `should be ${pm}, not ${m}`;
}

/**
 * Directive helpers shared by go.mod and go.work (port of the parts of x/mod/modfile/rule.go
 * both files use): quoted strings, module versions, `go`, `toolchain`, `godebug`, `replace`.
 * A handler throws `DirectiveError` with Go's message; the caller records it at the line start.
 */
class DirectiveError {
    message;
    constructor(message) {
        this.message = message;
    }
}
/** `1.23`, `1.23.0`, `1.23rc1` — the go line syntax (modfile.GoVersionRE). */
const GO_VERSION_RE = /^([1-9][0-9]*)\.(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?$/;
const LAX_GO_VERSION_RE = /^v?(([1-9][0-9]*)\.(0|[1-9][0-9]*))([^0-9].*)$/;
/** Toolchain names: `default` or anything starting `go1` then end or `.` (modfile.ToolchainRE). */
const TOOLCHAIN_RE = /^default$|^go1($|\.)/;
/** parseString: unquotes `"..."`; other quote characters are reserved. */
function parseString(token) {
    if (token.startsWith('"')) {
        const value = goUnquote(token);
        return value === undefined ? { err: 'invalid syntax' } : { value };
    }
    if (/["'`]/.test(token))
        return { err: 'unquoted string cannot contain quote' };
    return { value: token };
}
/** parseString for a path argument, failing with Go's `invalid quoted string` message. */
function parsePathArg(token) {
    const r = parseString(token);
    if ('err' in r)
        throw new DirectiveError(`invalid quoted string: ${r.err}`);
    return r.value;
}
function directivePrefix(verb, path) {
    return path ? `${verb} ${path}: ` : `${verb}: `;
}
/**
 * parseVersion: a module version argument. `canonical` (Go's nil fixer) requires a version that
 * canonicalises (`v1.2` becomes `v1.2.0`); otherwise the text is kept (retract's fixer).
 */
function parseVersion(verb, path, token, canonical) {
    const r = parseString(token);
    if ('err' in r) {
        throw new DirectiveError(`${directivePrefix(verb, path)}version ${goQuote(token)} invalid: ${r.err}`);
    }
    if (!canonical)
        return r.value;
    const cv = canonicalModuleVersion(r.value);
    if (cv === '') {
        throw new DirectiveError(`${directivePrefix(verb, path)}version ${goQuote(r.value)} invalid: must be of the form v1.2.3`);
    }
    return cv;
}
/** The `/vN` suffix of a module path, or Go's `invalid module path`. */
function modulePathMajor(path) {
    const { pathMajor, ok } = splitPathVersion(path);
    if (!ok)
        throw new DirectiveError('invalid module path');
    return pathMajor;
}
function checkMajor(verb, path, version, pathMajor) {
    const reason = checkPathMajor(version, pathMajor);
    if (reason !== undefined) {
        throw new DirectiveError(`${verb} ${path}: version ${goQuote(version)} invalid: ${reason}`);
    }
}
function parseGoDirective(line, args, lax) {
    if (args.length !== 1)
        throw new DirectiveError('go directive expects exactly one argument');
    let version = args[0];
    if (!GO_VERSION_RE.test(version)) {
        const m = lax ? LAX_GO_VERSION_RE.exec(version) : null;
        if (!m)
            throw new DirectiveError(`invalid go version '${version}': must match format 1.23.0`);
        version = m[1];
    }
    return { version, pos: linePos(line) };
}
function parseToolchainDirective(line, args) {
    if (args.length !== 1)
        throw new DirectiveError('toolchain directive expects exactly one argument');
    const name = args[0];
    if (!TOOLCHAIN_RE.test(name)) {
        throw new DirectiveError(`invalid toolchain version '${name}': must match format go1.23.0 or default`);
    }
    return { name, pos: linePos(line) };
}
function parseGodebug(line, args) {
    const arg = args[0];
    if (args.length !== 1 || arg === undefined || /["`',]/.test(arg) || !arg.includes('=')) {
        throw new DirectiveError('usage: godebug key=value');
    }
    const eq = arg.indexOf('=');
    return { key: arg.slice(0, eq), value: arg.slice(eq + 1), pos: linePos(line) };
}
/** IsDirectoryPath: `.`/`..`-relative or rooted (Unix, Windows, drive letter) paths. */
function isDirectoryPath(ns) {
    return (ns === '.' ||
        ns.startsWith('./') ||
        ns.startsWith('.\\') ||
        ns === '..' ||
        ns.startsWith('../') ||
        ns.startsWith('..\\') ||
        ns.startsWith('/') ||
        ns.startsWith('\\') ||
        /^[A-Za-z]:/.test(ns));
}
/** parseReplace: `old [v] => new [v]` or `old [v] => ../dir`. */
function parseReplace(line, args, verb, opts) {
    const arrow = args.length >= 2 && args[1] === '=>' ? 1 : 2;
    if (args.length < arrow + 2 || args.length > arrow + 3 || args[arrow] !== '=>') {
        throw new DirectiveError(`usage: ${verb} module/path [v1.2.3] => other/module v1.4\n\t or ${verb} module/path [v1.2.3] => ../local/directory`);
    }
    const s = parsePathArg(args[0]);
    let pathMajor;
    try {
        pathMajor = modulePathMajor(s);
    }
    catch (e) {
        throw new DirectiveError(`${verb} ${s}: ${e.message}`);
    }
    const old = { path: s };
    if (arrow === 2) {
        old.version = parseVersion(verb, s, args[1], true);
        checkMajor(verb, s, old.version, pathMajor);
    }
    const ns = parsePathArg(args[arrow + 1]);
    const repl = { path: ns };
    if (args.length === arrow + 2) {
        if (!isDirectoryPath(ns)) {
            if (ns.includes('@')) {
                throw new DirectiveError("replacement module must match format 'path version', not 'path@version'");
            }
            throw new DirectiveError('replacement module without version must be directory path (rooted or starting with . or ..)');
        }
        if (!(opts.windows ?? process.platform === 'win32') && ns.includes('\\')) {
            throw new DirectiveError('replacement directory appears to be Windows path (on a non-windows system)');
        }
    }
    else {
        repl.version = parseVersion(verb, ns, args[arrow + 2], true);
        if (isDirectoryPath(ns)) {
            throw new DirectiveError(`replacement module directory path ${goQuote(ns)} cannot have version`);
        }
    }
    const newToken = line.tokens[line.tokens.length - args.length + arrow + 1];
    return {
        old,
        new: repl,
        pos: linePos(line),
        newPos: newToken ? tokenPos(newToken) : linePos(line)
    };
}
/** Runs `handle` for one directive line, recording a DirectiveError at the line start like Go. */
function collectError(errors, at, handle) {
    try {
        handle();
    }
    catch (e) {
        if (!(e instanceof DirectiveError))
            throw e;
        errors.push({ line: at.line, column: at.column, message: e.message });
    }
}

/** Formats one error the way Go's modfile.Error does: the column only when it is past 1. */
function formatModfileError(file, e) {
    const where = e.column > 1 ? `${file}:${e.line}:${e.column}` : `${file}:${e.line}`;
    return `${where}: ${e.message}`;
}
/**
 * A go.mod/go.work file the go command would reject. `errors` holds every error Go would print,
 * in Go's order, each with its 1-based line and column; `message` is Go's text, one per line.
 */
class ModfileSyntaxError extends Error {
    file;
    errors;
    constructor(file, errors) {
        super(errors.map((e) => formatModfileError(file, e)).join('\n'));
        this.file = file;
        this.errors = errors;
        this.name = 'ModfileSyntaxError';
    }
}

/**
 * The syntax layer of go.mod / go.work files, following golang.org/x/mod/modfile (read.go):
 * lines, `verb ( ... )` blocks, whole-line and end-of-line comments, quoted strings, each with
 * its position. The semantic layer (gomod.ts, gowork.ts) interprets the tokens.
 */
/** Thrown inside the lexer/parser to stop at the first syntax error, as Go's parser panics. */
class SyntaxAbort {
    entry;
    constructor(entry) {
        this.entry = entry;
    }
}
const PUNCT = new Set(['\n', '(', ')', '[', ']', '{', '}', ',']);
const NOT_IDENT = new Set([0x20, 0x28, 0x29, 0x5b, 0x5d, 0x7b, 0x7d, 0x2c]);
function isIdent(cp) {
    if (cp > 0x20 && cp < 0x7f)
        return !NOT_IDENT.has(cp);
    return cp > 0x7f && isGoPrint(cp);
}
function isEOL(k) {
    return k === 'eof' || k === 'eolcomment' || k === '\n';
}
const noComments = () => ({ before: [], suffix: [] });
/** Lexer and parser state for one file (port of modfile's `input`). */
class Input {
    text;
    i = 0;
    line = 1;
    column = 1;
    token;
    tokenStart = 0;
    tokenPos;
    suffixComments = [];
    constructor(text) {
        this.text = text;
    }
    pos() {
        return { line: this.line, column: this.column, offset: this.i };
    }
    error(message, at = this.pos()) {
        throw new SyntaxAbort({ line: at.line, column: at.column, message });
    }
    eof() {
        return this.i >= this.text.length;
    }
    peekRune() {
        return this.eof() ? 0 : this.text.codePointAt(this.i);
    }
    peekPrefix(prefix) {
        return this.text.startsWith(prefix, this.i);
    }
    readRune() {
        const cp = this.text.codePointAt(this.i);
        this.i += cp > 0xffff ? 2 : 1;
        if (cp === 10) {
            this.line++;
            this.column = 1;
        }
        else {
            this.column++;
        }
        return cp;
    }
    startToken() {
        this.tokenStart = this.i;
        this.tokenPos = this.pos();
    }
    endToken(kind) {
        let text = this.text.slice(this.tokenStart, this.i);
        if (kind === 'comment' || kind === 'eolcomment') {
            text = text.endsWith('\r\n') ? text.slice(0, -2) : text.replace(/\n$/, '');
        }
        this.token = { kind, text, start: this.tokenPos, end: this.pos() };
    }
    peek() {
        return this.token.kind;
    }
    lex() {
        const tok = this.token;
        this.readToken();
        return tok;
    }
    readToken() {
        while (!this.eof()) {
            const c = this.peekRune();
            if (c === 0x20 || c === 0x09 || c === 0x0d) {
                this.readRune();
                continue;
            }
            if (this.peekPrefix('//')) {
                this.startToken();
                const lineStart = this.text.lastIndexOf('\n', this.i - 1) + 1;
                const suffix = /[^ \t\r]/.test(this.text.slice(lineStart, this.i));
                this.readRune();
                this.readRune();
                while (!this.eof() && this.readRune() !== 10) {
                    // consume the comment through its newline
                }
                if (!suffix) {
                    this.endToken('comment');
                    return;
                }
                this.endToken('eolcomment');
                this.suffixComments.push({ start: this.token.start, token: this.token.text, suffix: true });
                return;
            }
            if (this.peekPrefix('/*'))
                this.error('mod files must use // comments (not /* */ comments)');
            break;
        }
        this.startToken();
        if (this.eof()) {
            this.endToken('eof');
            return;
        }
        const c = this.peekRune();
        const ch = String.fromCodePoint(c);
        if (PUNCT.has(ch)) {
            this.readRune();
            this.endToken(ch);
            return;
        }
        if (ch === '"' || ch === '`') {
            this.readString(ch);
            return;
        }
        if (!isIdent(c))
            this.error(`unexpected input character ${goQuoteRune(c)}`);
        while (isIdent(this.peekRune())) {
            if (this.peekPrefix('//'))
                break;
            if (this.peekPrefix('/*'))
                this.error('mod files must use // comments (not /* */ comments)');
            this.readRune();
        }
        this.endToken('ident');
    }
    readString(quote) {
        const q = quote.codePointAt(0);
        this.readRune();
        for (;;) {
            if (this.eof())
                this.error('unexpected EOF in string', this.tokenPos);
            if (this.peekRune() === 10)
                this.error('unexpected newline in string');
            const c = this.readRune();
            if (c === q)
                break;
            if (c === 0x5c && quote !== '`') {
                if (this.eof())
                    this.error('unexpected EOF in string', this.tokenPos);
                this.readRune();
            }
        }
        this.endToken('string');
    }
}
function toToken(t) {
    return { kind: t.kind, text: t.text, start: t.start, end: t.end };
}
function emptyComment(c) {
    return c.token === '' && !c.suffix && c.start.offset === -1;
}
const BLANK = () => ({
    start: { line: 0, column: 0, offset: -1 },
    token: '',
    suffix: false
});
class Parser {
    in_;
    file;
    stmts = [];
    constructor(in_, file) {
        this.in_ = in_;
        this.file = file;
    }
    parseFile() {
        let cb;
        for (;;) {
            switch (this.in_.peek()) {
                case '\n':
                    this.in_.lex();
                    if (cb) {
                        this.stmts.push(cb);
                        cb = undefined;
                    }
                    break;
                case 'comment': {
                    const tok = this.in_.lex();
                    cb ??= { type: 'comments', start: tok.start, comments: noComments() };
                    cb.comments.before.push({ start: tok.start, token: tok.text, suffix: false });
                    break;
                }
                case 'eof':
                    if (cb)
                        this.stmts.push(cb);
                    return;
                default:
                    this.parseStmt();
                    if (cb) {
                        this.stmts[this.stmts.length - 1].comments.before = cb.comments.before;
                        cb = undefined;
                    }
            }
        }
    }
    parseStmt() {
        const first = this.in_.lex();
        const start = first.start;
        let end = first.end;
        const tokens = [toToken(first)];
        for (;;) {
            const tok = this.in_.lex();
            if (isEOL(tok.kind)) {
                this.stmts.push({
                    type: 'line',
                    start,
                    end,
                    tokens,
                    inBlock: false,
                    comments: noComments()
                });
                return;
            }
            if (tok.kind === '(') {
                const next = this.in_.peek();
                if (isEOL(next)) {
                    this.stmts.push(this.parseLineBlock(start, tokens, tok));
                    return;
                }
                if (next === ')') {
                    const rparen = this.in_.lex();
                    if (isEOL(this.in_.peek())) {
                        this.in_.lex();
                        this.stmts.push({
                            type: 'block',
                            start,
                            tokens,
                            lparen: { pos: tok.start, comments: noComments() },
                            lines: [],
                            rparen: { pos: rparen.start, comments: noComments() },
                            comments: noComments()
                        });
                        return;
                    }
                    tokens.push(toToken(tok), toToken(rparen));
                }
                else {
                    tokens.push(toToken(tok));
                }
                continue;
            }
            tokens.push(toToken(tok));
            end = tok.end;
        }
    }
    parseLineBlock(start, tokens, lparen) {
        const block = {
            type: 'block',
            start,
            tokens,
            lparen: { pos: lparen.start, comments: noComments() },
            lines: [],
            rparen: { pos: lparen.start, comments: noComments() },
            comments: noComments()
        };
        let comments = [];
        for (;;) {
            switch (this.in_.peek()) {
                case 'eolcomment':
                    this.in_.lex();
                    break;
                case '\n': {
                    this.in_.lex();
                    const last = comments[comments.length - 1];
                    if ((comments.length === 0 && block.lines.length > 0) || (last && last.token !== '')) {
                        comments.push(BLANK());
                    }
                    break;
                }
                case 'comment': {
                    const tok = this.in_.lex();
                    comments.push({ start: tok.start, token: tok.text, suffix: false });
                    break;
                }
                case 'eof':
                    this.in_.error(`syntax error (unterminated block started at ${this.file}:${start.line}:${start.column})`);
                // eslint-disable-next-line no-fallthrough
                case ')': {
                    const rparen = this.in_.lex();
                    if (comments.length === 1 && emptyComment(comments[0]))
                        comments = [];
                    block.rparen = { pos: rparen.start, comments: { before: comments, suffix: [] } };
                    if (!isEOL(this.in_.peek()))
                        this.in_.error('syntax error (expected newline after closing paren)');
                    this.in_.lex();
                    return block;
                }
                default: {
                    const line = this.parseLine();
                    line.comments.before = comments;
                    block.lines.push(line);
                    comments = [];
                }
            }
        }
    }
    parseLine() {
        const first = this.in_.lex();
        let end = first.end;
        const tokens = [toToken(first)];
        for (;;) {
            const tok = this.in_.lex();
            if (isEOL(tok.kind)) {
                return {
                    type: 'line',
                    start: first.start,
                    end,
                    tokens,
                    inBlock: true,
                    comments: noComments()
                };
            }
            tokens.push(toToken(tok));
            end = tok.end;
        }
    }
}
/** Attaches each end-of-line comment to the single-line expression just before it (assignComments). */
function assignSuffixComments(stmts, suffix, file) {
    const post = [];
    const one = (pos) => ({
        ...pos,
        column: pos.column + 1,
        offset: pos.offset + 1
    });
    for (const s of stmts) {
        if (s.type === 'comments')
            post.push({ start: s.start, end: s.start, comments: s.comments });
        else if (s.type === 'line')
            post.push({ start: s.start, end: s.end, comments: s.comments });
        else {
            post.push({ start: s.lparen.pos, end: one(s.lparen.pos), comments: s.lparen.comments });
            for (const l of s.lines)
                post.push({ start: l.start, end: l.end, comments: l.comments });
            post.push({ start: s.rparen.pos, end: one(s.rparen.pos), comments: s.rparen.comments });
            post.push({ start: s.start, end: one(s.rparen.pos), comments: s.comments });
        }
    }
    const pending = [...suffix];
    for (let i = post.length - 1; i >= 0; i--) {
        const x = post[i];
        if (x.start.line !== x.end.line)
            continue;
        const taken = [];
        while (pending.length > 0 &&
            x.end.offset <= pending[pending.length - 1].start.offset) {
            taken.push(pending.pop());
        }
        if (taken.length > 0)
            x.comments.suffix.push(...taken.reverse());
    }
    file.before.push(...pending);
}
/**
 * Parses the syntax of a go.mod/go.work file. Throws `SyntaxAbort` at the first syntax error
 * (as Go does); callers wrap it into a `ModfileSyntaxError`.
 */
function parseSyntax(text, file) {
    const input = new Input(text);
    input.readToken();
    const parser = new Parser(input, file);
    parser.parseFile();
    const syntax = { name: file, stmts: parser.stmts, comments: noComments() };
    assignSuffixComments(syntax.stmts, input.suffixComments, syntax.comments);
    return syntax;
}

/** Shared driver of the semantic layers: syntax errors to ModfileSyntaxError, statements to directives. */
/** Parses the statements of a file's syntax into `add(block, line, verb, args)` calls. */
function walkDirectives(syntax, blockVerbs, strict, errors, add) {
    for (const x of syntax.stmts) {
        if (x.type === 'line') {
            const [verb, ...args] = x.tokens.map((t) => t.text);
            add(undefined, x, verb, args);
        }
        else if (x.type === 'block') {
            const verb = x.tokens[0]?.text;
            if (x.tokens.length > 1 || !blockVerbs.has(verb)) {
                if (strict) {
                    const type = x.tokens.map((t) => t.text).join(' ');
                    errors.push({
                        line: x.start.line,
                        column: x.start.column,
                        message: `unknown block type: ${type}`
                    });
                }
                continue;
            }
            for (const l of x.lines)
                add(x, l, verb, l.tokens.map((t) => t.text));
        }
    }
}
/** Runs the syntax parser, turning its first error into a ModfileSyntaxError. */
function parseSyntaxOrThrow(text, file) {
    try {
        return parseSyntax(text, file);
    }
    catch (e) {
        if (e instanceof SyntaxAbort)
            throw new ModfileSyntaxError(file, [e.entry]);
        throw e;
    }
}

/**
 * The semantic layer for go.mod (port of x/mod/modfile rule.go `parseToFile` with Go's nil
 * version fixer, which is what `go mod edit` and the main module use). Every node keeps its `pos`.
 */
const BLOCK_VERBS$1 = new Set([
    'module',
    'godebug',
    'require',
    'exclude',
    'replace',
    'retract',
    'tool',
    'ignore'
]);
const LAX_VERBS = new Set(['go', 'module', 'retract', 'require', 'ignore']);
function isIndirect(line) {
    const first = line.comments.suffix[0];
    if (!first)
        return false;
    const f = first.token.replace(/^\/\//, '').trim().split(/\s+/).filter(Boolean);
    return (f.length === 1 && f[0] === 'indirect') || (f.length > 1 && f[0] === 'indirect;');
}
/** parseDirectiveComment: the line's comments, or the block's when the line has none. */
function directiveComment(block, line) {
    let comments = line.comments;
    if (block && comments.before.length === 0 && comments.suffix.length === 0)
        comments = block.comments;
    return [...comments.before, ...comments.suffix]
        .filter((c) => c.token.startsWith('//'))
        .map((c) => c.token.slice(2).trim())
        .join('\n');
}
const DEPRECATED_RE = /(?:^|\n\n)Deprecated: *([\s\S]*?)(?:$|\n\n)/;
function parseVersionInterval(verb, args) {
    let toks = args;
    if (toks.length === 0 || toks[0] === '(')
        throw new DirectiveError("expected '[' or version");
    if (toks[0] !== '[') {
        const v = parseVersion(verb, '', toks[0], false);
        return { low: v, high: v, rest: toks.slice(1) };
    }
    toks = toks.slice(1);
    if (toks.length === 0)
        throw new DirectiveError("expected version after '['");
    const low = parseVersion(verb, '', toks[0], false);
    toks = toks.slice(1);
    if (toks.length === 0 || toks[0] !== ',')
        throw new DirectiveError("expected ',' after version");
    toks = toks.slice(1);
    if (toks.length === 0)
        throw new DirectiveError("expected version after ','");
    const high = parseVersion(verb, '', toks[0], false);
    toks = toks.slice(1);
    if (toks.length === 0 || toks[0] !== ']')
        throw new DirectiveError("expected ']' after version");
    return { low, high, rest: toks.slice(1) };
}
class ModBuilder {
    f;
    opts;
    errors = [];
    constructor(f, opts) {
        this.f = f;
        this.opts = opts;
    }
    add(block, line, verb, args) {
        if (this.opts.lax && !LAX_VERBS.has(verb))
            return;
        collectError(this.errors, line.start, () => this.directive(block, line, verb, args));
    }
    directive(block, line, verb, args) {
        const f = this.f;
        switch (verb) {
            case 'go':
                if (f.go)
                    throw new DirectiveError('repeated go statement');
                f.go = parseGoDirective(line, args, this.opts.lax === true);
                return;
            case 'toolchain':
                if (f.toolchain)
                    throw new DirectiveError('repeated toolchain statement');
                f.toolchain = parseToolchainDirective(line, args);
                return;
            case 'module': {
                if (f.module)
                    throw new DirectiveError('repeated module statement');
                const deprecated = DEPRECATED_RE.exec(directiveComment(block, line))?.[1];
                f.module = { path: '', pos: linePos(line), ...(deprecated ? { deprecated } : {}) };
                if (args.length !== 1)
                    throw new DirectiveError('usage: module module/path');
                f.module.path = parsePathArg(args[0]);
                return;
            }
            case 'godebug':
                f.godebug.push(parseGodebug(line, args));
                return;
            case 'require':
            case 'exclude': {
                if (args.length !== 2)
                    throw new DirectiveError(`usage: ${verb} module/path v1.2.3`);
                const path = parsePathArg(args[0]);
                const version = parseVersion(verb, path, args[1], true);
                checkMajor(verb, path, version, modulePathMajor(path));
                if (verb === 'require')
                    f.require.push({ path, version, indirect: isIndirect(line), pos: linePos(line) });
                else
                    f.exclude.push({ path, version, pos: linePos(line) });
                return;
            }
            case 'replace':
                f.replace.push(parseReplace(line, args, verb, this.opts));
                return;
            case 'retract':
                this.retract(block, line, args);
                return;
            case 'tool':
            case 'ignore':
                if (args.length !== 1)
                    throw new DirectiveError(`${verb} directive expects exactly one argument`);
                f[verb].push({ path: parsePathArg(args[0]), pos: linePos(line) });
                return;
            default:
                throw new DirectiveError(`unknown directive: ${verb}`);
        }
    }
    retract(block, line, args) {
        const rationale = directiveComment(block, line);
        let vi;
        try {
            vi = parseVersionInterval('retract', args);
        }
        catch (e) {
            if (this.opts.lax)
                return;
            throw e;
        }
        if (vi.rest.length > 0 && !this.opts.lax) {
            throw new DirectiveError(`unexpected token after version: ${goQuote(vi.rest[0])}`);
        }
        this.f.retract.push({ low: vi.low, high: vi.high, rationale, pos: linePos(line) });
    }
}
/**
 * Parses a go.mod file like the go command (`modfile.Parse` with no version fixer).
 * Throws ModfileSyntaxError with Go's errors, lines and columns when Go would reject the file.
 */
function parseGoMod(text, file, opts = {}) {
    const syntax = parseSyntaxOrThrow(text, file);
    const f = {
        file,
        godebug: [],
        require: [],
        exclude: [],
        replace: [],
        retract: [],
        tool: [],
        ignore: [],
        syntax
    };
    const b = new ModBuilder(f, opts);
    walkDirectives(syntax, BLOCK_VERBS$1, !opts.lax, b.errors, (block, line, verb, args) => b.add(block, line, verb, args));
    if (b.errors.length > 0)
        throw new ModfileSyntaxError(file, b.errors);
    return f;
}

/**
 * The semantic layer for go.work (port of x/mod/modfile work.go `ParseWork`).
 * Every node keeps its `pos`.
 */
const BLOCK_VERBS = new Set(['godebug', 'use', 'replace']);
function addWorkDirective(f, line, verb, args, opts) {
    switch (verb) {
        case 'go':
            if (f.go)
                throw new DirectiveError('repeated go statement');
            f.go = parseGoDirective(line, args, false);
            return;
        case 'toolchain':
            if (f.toolchain)
                throw new DirectiveError('repeated toolchain statement');
            f.toolchain = parseToolchainDirective(line, args);
            return;
        case 'godebug':
            f.godebug.push(parseGodebug(line, args));
            return;
        case 'use':
            if (args.length !== 1)
                throw new DirectiveError(`usage: ${verb} local/dir`);
            f.use.push({ path: parsePathArg(args[0]), pos: linePos(line) });
            return;
        case 'replace':
            f.replace.push(parseReplace(line, args, verb, opts));
            return;
        default:
            throw new DirectiveError(`unknown directive: ${verb}`);
    }
}
/** Parses a go.work file like the go command. Throws ModfileSyntaxError where Go would fail. */
function parseGoWork(text, file, opts = {}) {
    const syntax = parseSyntaxOrThrow(text, file);
    const f = { file, godebug: [], use: [], replace: [], syntax };
    const errors = [];
    walkDirectives(syntax, BLOCK_VERBS, true, errors, (_block, line, verb, args) => collectError(errors, line.start, () => addWorkDirective(f, line, verb, args, opts)));
    if (errors.length > 0)
        throw new ModfileSyntaxError(file, errors);
    return f;
}

/** A finding location on a go.mod/go.work node (`file` is already relative to the repository root). */
function at(file, pos) {
    return {
        file,
        line: pos.line,
        column: pos.column,
        endLine: pos.endLine,
        endColumn: pos.endColumn
    };
}
/** A finding of `rule` at its default severity (the engine applies baseline overrides). */
function finding$1(rule, f) {
    return { rule: rule.id, severity: rule.defaultSeverity, ...f };
}
/** `-C DIR ` for a file below the repository root, so the fix runs from the root. */
function dirFlag(file) {
    const i = file.lastIndexOf('/');
    return i < 0 ? '' : `-C ${file.slice(0, i)} `;
}

function goFlagsMod(goflags) {
    const m = /(?:^|\s)--?mod=(\S+)/.exec(goflags ?? '');
    return m?.[1];
}
/**
 * cmd/go setDefaultBuildMod: vendor/ and go >= 1.14 mean -mod=vendor, unless vendor/modules.txt
 * was written for the other mode (`## workspace` marks `go work vendor`): go then ignores vendor/
 * ("Outside workspace mode, but vendor directory is for a workspace.").
 */
function vendorMode(mod, env) {
    const flag = goFlagsMod(env.GOFLAGS);
    if (flag !== undefined)
        return flag === 'vendor';
    return (mod.hasVendorDir === true &&
        compareGoVersions(mod.parsed.go?.version ?? '1.16', '1.14') >= 0 &&
        mod.vendor?.workspace !== true);
}
/** vendor/ that go skips by default because modules.txt was written for the other mode. */
function vendorIgnored(facts) {
    if (goFlagsMod(facts.go.env.GOFLAGS) !== undefined)
        return [];
    const work = facts.modules.work;
    if (work) {
        return work.dir &&
            work.hasVendorDir === true &&
            compareGoVersions(work.parsed.go?.version ?? '1.18', '1.14') >= 0 &&
            work.vendor?.workspace !== true
            ? [
                {
                    dir: work.dir,
                    reason: 'In workspace mode, but vendor directory is not for a workspace'
                }
            ]
            : [];
    }
    return facts.modules.mods
        .filter((m) => m.main &&
        m.hasVendorDir === true &&
        compareGoVersions(m.parsed.go?.version ?? '1.16', '1.14') >= 0 &&
        m.vendor?.workspace === true)
        .map((m) => ({
        dir: m.dir,
        reason: 'Outside workspace mode, but vendor directory is for a workspace.'
    }));
}
/** Whether go loads the workspace from its vendor directory (-mod=vendor, or vendor/ and go >= 1.14). */
function workspaceVendorMode(facts) {
    const work = facts.modules.work;
    if (!work)
        return false;
    const flag = goFlagsMod(facts.go.env.GOFLAGS);
    if (flag !== undefined)
        return flag === 'vendor';
    return (work.hasVendorDir === true &&
        compareGoVersions(work.parsed.go?.version ?? '1.18', '1.14') >= 0 &&
        work.vendor?.workspace === true);
}

const GOSUM_MISSING = {
    id: 'GBG240',
    name: 'gosum-missing',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'go.mod has requirements but there is no go.sum next to it: go build fails with "missing go.sum entry".',
    fix: 'Run `go mod tidy` and commit go.sum.'
};
const GOSUM_MALFORMED = {
    id: 'GBG242',
    name: 'gosum-malformed',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'A go.sum line does not have three fields: go fails with "malformed go.sum: wrong number of fields" as soon as it reads it.',
    fix: 'Fix or delete the line, then run `go mod tidy` (the one go command that skips such lines) and commit go.sum.'
};
const GOSUM_INCOMPLETE = {
    id: 'GBG241',
    name: 'gosum-entry-missing',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'go.sum lacks the checksum lines of a requirement: go build fails with "missing go.sum entry" when it loads that module (an error when a package of the module imports it, a warning when only the preflight can tell).',
    fix: 'Run `go mod tidy` (or `go mod download MODULE`) and commit go.sum.'
};
/**
 * The replace lines of a module by old path: the last one for each exact version and the last one
 * for all versions (go uses the last of duplicates; `go mod tidy` rejects them anyway). Built once
 * per module, so looking up every requirement is linear in requirements plus replaces.
 */
function replaceIndex(m) {
    const byVersion = new Map();
    const anyVersion = new Map();
    for (const r of m.parsed.replace) {
        if (r.old.version === undefined)
            anyVersion.set(r.old.path, r);
        else
            byVersion.set(`${r.old.path} ${r.old.version}`, r);
    }
    return (path, version) => {
        const r = (byVersion.size > 0 ? byVersion.get(`${path} ${version}`) : undefined) ?? anyVersion.get(path);
        if (!r)
            return { path, version, replaced: false };
        if (r.new.version === undefined || isDirectoryPath(r.new.path))
            return undefined;
        return { path: r.new.path, version: r.new.version, replaced: true };
    };
}
/** Workspace modules and go.work directory replacements: they need no checksums (once per run). */
function localModules(facts) {
    const w = facts.modules.work;
    const local = new Set(w ? facts.modules.mods.map((x) => x.parsed.module?.path) : []);
    for (const r of w?.parsed.replace ?? [])
        if (r.new.version === undefined)
            local.add(r.old.path);
    return local;
}
function check$1(facts, m, local) {
    const w = facts.modules.work;
    const effective = replaceIndex(m);
    const needed = [];
    for (const r of m.parsed.require) {
        if (local.has(r.path))
            continue;
        const eff = effective(r.path, r.version);
        if (eff)
            needed.push({ r, eff });
    }
    if (needed.length === 0)
        return [];
    const sumFile = m.sumFile ?? m.file.replace(/go\.mod$/, 'go.sum');
    const goDir = `go ${dirFlag(m.file)}`;
    const cmd = (args) => `${goDir}${args}`;
    // In a workspace go takes a missing line from go.work.sum, or downloads it and writes it
    // there, even under -mod=readonly: only the module built alone (GOWORK=off) needs it.
    const alone = w
        ? ` Only a build of this module alone (GOWORK=off) fails; the workspace uses ${w.file.replace(/go\.work$/, 'go.work.sum')}.`
        : '';
    const severity = w ? { severity: 'notice' } : {};
    if (!m.goSum) {
        return [
            {
                ...finding$1(GOSUM_MISSING, {
                    message: `${m.file} requires ${needed.length} module(s) but ${sumFile} does not exist.${alone}`,
                    location: at(m.file, needed[0].r.pos),
                    fix: cmd('mod tidy')
                }),
                ...severity
            }
        ];
    }
    const own = m.goSum;
    if (own.malformed) {
        // go stops at the first malformed line; the missing lines after it are not the problem yet.
        const { line, fields } = own.malformed;
        return [
            finding$1(GOSUM_MALFORMED, {
                message: `malformed go.sum:\n${sumFile}:${line}: wrong number of fields ${fields}`,
                location: { file: sumFile, line },
                expected: '3 fields: module version hash',
                actual: `${fields} field(s)`,
                fix: `fix or delete ${sumFile}:${line}, then ${cmd('mod tidy')}`
            })
        ];
    }
    const out = [];
    const imported = importedModules(m);
    // Below go 1.17 go loads the whole module graph, so it reads every requirement's go.mod.
    const fullGraph = m.parsed.go === undefined || compareGoVersions(m.parsed.go.version, '1.17') < 0;
    // The parts every finding of this module shares, made once (each finding's message refers to
    // them rather than holding its own copy).
    const hasNo = `: ${sumFile} has no "`;
    const lineEnd = `" line.${alone}`;
    const maybe = ` No package of ${m.parsed.module?.path ?? 'this module'} imports it for ${GOOS_GOARCH(facts)}, so go fails only if the build loads one of its packages through a dependency or other build tags (the preflight checks the whole build).`;
    const download = `${goDir}mod download `;
    for (const { r, eff } of needed) {
        const modLine = hasGoModSum(own, eff.path, eff.version);
        // Direct requirements provide imported packages: their module zips are verified too.
        const zipLine = r.indirect || hasZipSum(own, eff.path, eff.version);
        if (modLine && zipLine)
            continue;
        const what = !modLine ? `${eff.path} ${eff.version}/go.mod` : `${eff.path} ${eff.version}`;
        const replaced = eff.replaced ? ` (replaced by ${eff.path}@${eff.version})` : '';
        // Go reads a checksum only for what the build loads: certain when a package of the module
        // imports this one (or, for a go.mod line, when go loads the whole graph); otherwise go may
        // never read it (a build-tag-only import, a requirement of a pruned graph).
        const certain = imported.has(r.path) || (!modLine && fullGraph);
        out.push({
            rule: GOSUM_INCOMPLETE.id,
            severity: w ? 'notice' : certain ? GOSUM_INCOMPLETE.defaultSeverity : 'warning',
            message: `${r.path}@${r.version}${replaced}: missing go.sum entry${!modLine ? ' for go.mod file' : ''}${hasNo}${what}${lineEnd}${certain ? '' : maybe}`,
            location: at(m.file, r.pos),
            actual: 'no checksum line',
            expected: `${what} h1:...`,
            // Go's own hint names the required path; go resolves the replacement itself.
            fix: `${download}${r.path}`
        });
    }
    return out;
}
const GOOS_GOARCH = (facts) => `${facts.go.env.GOOS ?? '?'}/${facts.go.env.GOARCH ?? '?'}`;
/**
 * The required modules that provide a package the module's own packages or tests import: the
 * longest requirement path that is a prefix of the import path (path-component-wise), as go
 * resolves it. Empty when the imports were not collected.
 */
function importedModules(m) {
    const out = new Set();
    if (!m.imports?.length)
        return out;
    const own = m.parsed.module?.path;
    const paths = new Set(m.parsed.require.map((r) => r.path));
    for (const imp of m.imports ?? []) {
        for (let p = imp; p !== ''; p = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '') {
            if (p === own)
                break;
            if (paths.has(p)) {
                out.add(p);
                break;
            }
        }
    }
    return out;
}
function run$h(facts) {
    if (workspaceVendorMode(facts))
        return []; // go reads the workspace's vendor/, no checksums
    const local = localModules(facts);
    return facts.modules.mods
        .filter((m) => m.main && !vendorMode(m, facts.go.env))
        .flatMap((m) => check$1(facts, m, local));
}
const goSumCheck = {
    rules: [GOSUM_MISSING, GOSUM_INCOMPLETE, GOSUM_MALFORMED],
    run: run$h
};

const MODFILE_FLAG = {
    id: 'GBG209',
    name: 'goflags-modfile-unusable',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'GOFLAGS has -modfile=FILE that go refuses (missing file, no .mod extension, no main module, or workspace mode): every go command fails.',
    fix: 'Point -modfile at an existing FILE.mod relative to the working directory (it replaces go.mod; FILE.sum replaces go.sum), set GOWORK=off for it, or drop it from GOFLAGS.'
};
function run$g(facts) {
    const m = facts.modules.modfile;
    if (!m?.error)
        return [];
    const work = facts.modules.work;
    return [
        finding$1(MODFILE_FLAG, {
            message: `go: ${m.error} (GOFLAGS=${facts.go.env.GOFLAGS ?? ''})`,
            ...(work && /workspace mode/.test(m.error) ? { location: { file: work.file } } : {}),
            actual: `-modfile=${m.flag}`,
            source: facts.go.sources.GOFLAGS?.kind ?? 'GOFLAGS',
            fix: /workspace mode/.test(m.error)
                ? 'Set GOWORK=off for this job (go reads go.work otherwise), or drop -modfile from GOFLAGS.'
                : MODFILE_FLAG.fix
        })
    ];
}
const modfileFlagCheck = { rules: [MODFILE_FLAG], run: run$g };

const PARSE_ERROR = {
    id: 'GBG203',
    name: 'modfile-parse-error',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'A go.mod or go.work file does not parse: every go command in that module fails.',
    fix: 'Fix the line the error points at (run `go mod edit -fmt` to see the same error locally).'
};
function run$f(facts) {
    return facts.modules.errors.map((e) => finding$1(PARSE_ERROR, {
        message: `${e.file}:${e.line}${e.column > 1 ? `:${e.column}` : ''}: ${e.message}`,
        location: { file: e.file, line: e.line, column: e.column },
        fix: PARSE_ERROR.fix
    }));
}
const parseErrorCheck = { rules: [PARSE_ERROR], run: run$f };

/** gover.FromToolchain: `go1.22.3` -> `1.22.3`, custom suffixes after ` `, `\t`, `-` stripped. */
function fromToolchain(name) {
    if (/[\\/]/.test(name) || !name.startsWith('go'))
        return undefined;
    const v = name.slice(2).split(/[ \t-]/)[0];
    return parseGoVersion(v) ? v : undefined;
}
/** The file whose go/toolchain lines Go consults: go.work, else the main module's go.mod. */
function governingFile(facts) {
    const work = facts.modules.work;
    if (work)
        return { file: work.file, go: work.parsed.go, toolchain: work.parsed.toolchain };
    const main = facts.modules.mods.find((m) => m.main);
    if (!main)
        return undefined;
    return { file: main.file, go: main.parsed.go, toolchain: main.parsed.toolchain };
}
/** Undefined when GOTOOLCHAIN or the running version cannot be interpreted (other rules report that). */
function selectToolchain(facts) {
    const local = facts.go.version.replace(/^go/, '');
    if (!parseGoVersion(local))
        return undefined;
    const gotoolchain = facts.go.env.GOTOOLCHAIN ?? '';
    let minToolchain = `go${local}`;
    let minVers = local;
    let mode;
    if (gotoolchain === 'auto' || gotoolchain === 'path' || gotoolchain === '') {
        mode = gotoolchain === '' ? '' : gotoolchain;
    }
    else {
        const [min, suffix] = gotoolchain.split('+', 2);
        if (suffix !== undefined && suffix !== 'auto' && suffix !== 'path')
            return undefined;
        if (min !== 'local') {
            const v = fromToolchain(min);
            if (!v)
                return undefined;
            minToolchain = min;
            minVers = v;
        }
        mode = suffix ?? '';
    }
    const sel = {
        gotoolchain,
        mode,
        local,
        target: minToolchain,
        targetVersion: minVers
    };
    const gov = governingFile(facts);
    if (mode === '' || !gov)
        return sel;
    sel.file = gov.file;
    const tc = gov.toolchain;
    if (tc && tc.name !== 'default') {
        const v = fromToolchain(tc.name);
        if (v && compareGoVersions(v, sel.targetVersion) > 0) {
            Object.assign(sel, {
                target: tc.name,
                targetVersion: v,
                reason: { kind: 'toolchain', directive: tc }
            });
        }
    }
    if (tc?.name !== 'default' &&
        gov.go &&
        compareGoVersions(gov.go.version, sel.targetVersion) > 0) {
        const v = gov.go.version;
        const lang = parseGoVersion(v);
        const dotZero = lang && lang.patch < 0 && lang.kind === '' && compareGoVersions(v, '1.21') >= 0;
        Object.assign(sel, {
            target: `go${v}${dotZero ? '.0' : ''}`,
            targetVersion: v,
            reason: { kind: 'go', directive: gov.go }
        });
    }
    return sel;
}

const GO_OUT_OF_RANGE = {
    id: 'GBG206',
    name: 'go-line-outside-policy',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'A go line is outside the range the baseline allows (`go.version`).',
    fix: 'Change the go line (`go mod edit -go=VERSION`) or widen `go.version` in the baseline.'
};
const TOOLCHAIN_POLICY = {
    id: 'GBG207',
    name: 'toolchain-line-policy',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'A toolchain line is missing (baseline requires it), present (baseline forbids it), or outside `go.toolchainVersion`.',
    fix: 'Add or change it with `go mod edit -toolchain=goX.Y.Z`, remove it with `go mod edit -toolchain=none`, or update the baseline.'
};
const GOTOOLCHAIN_MODE = {
    id: 'GBG208',
    name: 'gotoolchain-mode-policy',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'GOTOOLCHAIN uses a mode the baseline does not allow (`go.gotoolchain`).',
    fix: 'Set GOTOOLCHAIN in the workflow to an allowed mode (e.g. `local`), or allow the mode in the baseline.'
};
/** local, auto, path, version, version+auto, version+path — the modes a baseline can allow. */
function gotoolchainMode(value) {
    const [min, suffix] = value.split('+', 2);
    if (value === 'auto' || value === 'path')
        return value;
    if (min === 'local')
        return suffix ?? 'local';
    return suffix ? `version+${suffix}` : 'version';
}
function files(facts) {
    const out = facts.modules.mods
        .filter((m) => m.main !== false)
        .map((m) => ({
        file: m.file,
        go: m.parsed.go,
        toolchain: m.parsed.toolchain,
        pos: m.parsed.module?.pos
    }));
    const w = facts.modules.work;
    if (w)
        out.unshift({ file: w.file, go: w.parsed.go, toolchain: w.parsed.toolchain, pos: undefined });
    return out;
}
function run$e(facts, baseline) {
    const policy = baseline.go;
    const out = [];
    const source = baseline.path ? `baseline ${baseline.path}` : 'built-in policy';
    for (const f of files(facts)) {
        const range = policy.version?.value;
        if (range && f.go && goVersionInRange(f.go.version, range) === false) {
            out.push(finding$1(GO_OUT_OF_RANGE, {
                message: `${f.file}: go ${f.go.version} is outside the allowed range ${range}.`,
                location: at(f.file, f.go.pos),
                expected: range,
                actual: f.go.version,
                source,
                fix: GO_OUT_OF_RANGE.fix
            }));
        }
        const rule = policy.toolchain?.value;
        const where = f.toolchain
            ? at(f.file, f.toolchain.pos)
            : f.pos
                ? at(f.file, f.pos)
                : { file: f.file };
        const add = (message, expected) => out.push(finding$1(TOOLCHAIN_POLICY, {
            message: `${f.file}: ${message}`,
            location: where,
            expected,
            actual: f.toolchain?.name ?? 'no toolchain line',
            source,
            fix: TOOLCHAIN_POLICY.fix
        }));
        if (rule === 'required' && !f.toolchain)
            add('the baseline requires a toolchain line.', 'a toolchain line');
        if (rule === 'forbidden' && f.toolchain)
            add(`toolchain ${f.toolchain.name} is forbidden by the baseline.`, 'no toolchain line');
        const tr = policy.toolchainVersion?.value;
        const tv = f.toolchain ? fromToolchain(f.toolchain.name) : undefined;
        if (tr &&
            f.toolchain &&
            f.toolchain.name !== 'default' &&
            (tv === undefined || goVersionInRange(tv, tr) !== true)) {
            add(`toolchain ${f.toolchain.name} is outside the allowed range ${tr}.`, tr);
        }
    }
    const allowed = policy.gotoolchain?.value;
    const value = facts.go.env.GOTOOLCHAIN ?? '';
    if (allowed && allowed.length > 0 && !allowed.includes(gotoolchainMode(value))) {
        out.push(finding$1(GOTOOLCHAIN_MODE, {
            message: `GOTOOLCHAIN=${value} (mode ${gotoolchainMode(value)}) is not one of the allowed modes: ${allowed.join(', ')}.`,
            ...(policy.gotoolchain?.location ? { location: policy.gotoolchain.location } : {}),
            expected: allowed.join(' | '),
            actual: value,
            source: facts.go.sources.GOTOOLCHAIN?.kind ?? 'go env',
            fix: GOTOOLCHAIN_MODE.fix
        }));
    }
    return out;
}
const policyCheck = {
    rules: [GO_OUT_OF_RANGE, TOOLCHAIN_POLICY, GOTOOLCHAIN_MODE],
    run: run$e
};

function replaceTargets(facts) {
    const out = [];
    const w = facts.modules.work;
    for (const target of w?.replaceDirs ?? [])
        out.push({ file: w?.file ?? '', target });
    for (const m of facts.modules.mods) {
        if (m.main === false)
            continue;
        for (const target of m.replaceDirs ?? [])
            out.push({ file: m.file, target });
    }
    return out;
}
/**
 * Whether go loads the replaced module: a main module requires it (at the replaced version, when
 * the replace names one). Go never reads a replacement of a module outside the build, so a
 * replace to a missing directory is harmless there. A main module before go 1.17 lists no full
 * requirement set (no graph pruning): every replace counts then.
 */
function replaceUsed(facts, target) {
    const { path, version } = target.replace.old;
    return buildRequires(facts).some((m) => m.all || (version === undefined ? m.versions.has(path) : m.versions.get(path)?.has(version)));
}
const requiresIndex = new WeakMap();
/** The main modules' requirements by path, built once per run (replaceUsed runs per replace). */
function buildRequires(facts) {
    let index = requiresIndex.get(facts.modules);
    if (!index) {
        index = facts.modules.mods
            .filter((m) => m.main)
            .map((m) => {
            const all = compareGoVersions(m.parsed.go?.version ?? '1.16', '1.17') < 0;
            const versions = new Map();
            if (!all) {
                for (const r of m.parsed.require) {
                    let set = versions.get(r.path);
                    if (!set)
                        versions.set(r.path, (set = new Set()));
                    set.add(r.version);
                }
            }
            return { all, versions };
        });
        requiresIndex.set(facts.modules, index);
    }
    return index;
}

const REPLACE_GO_TOO_NEW = {
    id: 'GBG223',
    name: 'replace-go-too-new',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'A directory replacement (`replace x => ./dir`) has a go line newer than the go that will run, and GOTOOLCHAIN does not allow switching: go fails with "module ./dir requires go >= …".',
    fix: 'Use that Go version in the job, allow switching with GOTOOLCHAIN=auto, or lower the go line of the replacement module.'
};
function run$d(facts) {
    const sel = selectToolchain(facts);
    // Under +auto / +path go switches to a newer toolchain instead of failing.
    if (!sel || sel.mode !== '')
        return [];
    const running = sel.targetVersion;
    return replaceTargets(facts)
        .filter(({ target }) => target.go !== undefined && compareGoVersions(target.go, running) > 0)
        .filter(({ target }) => replaceUsed(facts, target))
        .map(({ file, target }) => finding$1(REPLACE_GO_TOO_NEW, {
        message: `module ${target.replace.new.path} requires go >= ${target.go} (running go ${running}; GOTOOLCHAIN=${sel.gotoolchain})`,
        location: at(file, target.replace.newPos),
        expected: `go <= ${running}`,
        actual: `go ${target.go}`,
        source: `GOTOOLCHAIN=${sel.gotoolchain}`,
        fix: `Use Go ${target.go} or newer in this job, set GOTOOLCHAIN=auto to let go download it, or lower the go line of ${target.replace.new.path}/go.mod.`
    }));
}
const replaceGoTooNewCheck = { rules: [REPLACE_GO_TOO_NEW], run: run$d };

/** GBG222: `replace` in a module that the main module requires as a dependency (Go ignores it there). */
const REPLACE_IGNORED = {
    id: 'GBG222',
    name: 'replace-in-dependency',
    area: 'modfile',
    defaultSeverity: 'notice',
    summary: 'A replace directive sits in a module that is built as a dependency, not as the main module: Go ignores it there (the module built alone still uses it).',
    fix: 'Move the replace into the main module go.mod (or go.work), or remove it.'
};
/** Where a replace leads: an absolute directory, or module@version. */
function target(dir, r) {
    return r.new.version === undefined ? resolve(dir, r.new.path) : `${r.new.path}@${r.new.version}`;
}
function run$c(facts) {
    if (facts.modules.work)
        return []; // in a workspace every used module's replaces apply
    const main = facts.modules.mods.find((m) => m.main);
    // Only another go.mod of the build can be a dependency: no set of every requirement without one.
    if (!main || facts.modules.mods.length < 2)
        return [];
    const required = new Set(main.parsed.require.map((r) => r.path));
    const mainTargets = new Set(main.parsed.replace.map((r) => `${r.old.path}@${r.old.version ?? ''} ${target(main.dir, r)}`));
    const out = [];
    for (const m of facts.modules.mods) {
        const path = m.parsed.module?.path;
        if (m === main || !path || !required.has(path))
            continue;
        for (const r of m.parsed.replace) {
            // Not a difference: the main module already has the same replace, or the line replaces
            // the main module itself (which the build takes from the repository anyway).
            if (mainTargets.has(`${r.old.path}@${r.old.version ?? ''} ${target(m.dir, r)}`))
                continue;
            if (r.old.path === main.parsed.module?.path)
                continue;
            out.push(finding$1(REPLACE_IGNORED, {
                message: `${m.file}: replace ${r.old.path} has no effect when building ${main.parsed.module?.path ?? main.file}: ${path} is a dependency there (${main.file}), and only the main module's replaces apply.`,
                location: at(m.file, r.pos),
                fix: REPLACE_IGNORED.fix
            }));
        }
    }
    return out;
}
const replaceIgnoredCheck = { rules: [REPLACE_IGNORED], run: run$c };

const REPLACE_MISSING = {
    id: 'GBG221',
    name: 'replace-target-missing',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'A replace directive points at a directory that does not exist or has no go.mod: go fails to load the replaced module.',
    fix: 'Fix the path (it is relative to the go.mod directory), commit the directory, or drop the replace.'
};
function run$b(facts) {
    return replaceTargets(facts)
        .filter(({ target }) => !target.hasGoMod && replaceUsed(facts, target))
        .map(({ file, target }) => finding$1(REPLACE_MISSING, {
        message: target.exists
            ? `${file}: replace ${target.replace.old.path} => ${target.replace.new.path}: the directory has no go.mod.`
            : `${file}: replace ${target.replace.old.path} => ${target.replace.new.path}: replacement directory ${target.replace.new.path} does not exist.`,
        location: at(file, target.replace.newPos),
        actual: target.replace.new.path,
        fix: REPLACE_MISSING.fix
    }));
}
const replaceMissingCheck = { rules: [REPLACE_MISSING], run: run$b };

/** GBG220: a `replace` pointing at a local directory outside the repository (works on a laptop, not in CI). */
const REPLACE_OUTSIDE_REPO = {
    id: 'GBG220',
    name: 'replace-outside-repository',
    area: 'modfile',
    defaultSeverity: 'warning',
    summary: 'A replace directive points at a directory outside the repository: the build depends on files CI does not check out.',
    fix: 'Replace with a module version (`old => new vX.Y.Z`), vendor the code into the repository, or drop the replace.'
};
function run$a(facts) {
    return replaceTargets(facts)
        .filter(({ target }) => replaceUsed(facts, target))
        .filter(({ target }) => {
        const rel = relative$1(facts.root, target.dir);
        return rel === '..' || rel.startsWith('../') || rel.startsWith('..\\') || isAbsolute$1(rel);
    })
        .map(({ file, target }) => finding$1(REPLACE_OUTSIDE_REPO, {
        message: `${file}: replace ${target.replace.old.path} => ${target.replace.new.path} points outside the repository (${target.dir}).`,
        location: at(file, target.replace.newPos),
        actual: target.replace.new.path,
        expected: 'a directory inside the repository or a module version',
        fix: REPLACE_OUTSIDE_REPO.fix
    }));
}
const replaceOutsideCheck = { rules: [REPLACE_OUTSIDE_REPO], run: run$a };

const TOOLCHAIN_BELOW_GO = {
    id: 'GBG204',
    name: 'toolchain-not-above-go',
    area: 'modfile',
    defaultSeverity: 'notice',
    summary: 'The toolchain line is not newer than the go line, so Go ignores it.',
    fix: 'Remove the toolchain line (`go mod edit -toolchain=none`) or raise it above the go line.'
};
const TOOLCHAIN_NOT_RELEASE = {
    id: 'GBG205',
    name: 'toolchain-not-a-release',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'The toolchain line names no downloadable Go release (e.g. `go1.22` instead of `go1.22.0`, or an unparsable name): switching to it fails.',
    fix: 'Name a full release, e.g. `go mod edit -toolchain=go1.22.0`.'
};
function sources(facts) {
    const files = facts.modules.mods.map((m) => ({
        file: m.file,
        go: m.parsed.go,
        toolchain: m.parsed.toolchain
    }));
    const w = facts.modules.work;
    if (w)
        files.unshift({ file: w.file, go: w.parsed.go, toolchain: w.parsed.toolchain });
    return files;
}
function run$9(facts) {
    const out = [];
    const sel = selectToolchain(facts);
    for (const { file, go, toolchain } of sources(facts)) {
        if (!toolchain || toolchain.name === 'default')
            continue;
        const v = fromToolchain(toolchain.name);
        const parsed = v === undefined ? undefined : parseGoVersion(v);
        // Go ignores a toolchain line at or below the go line (gover.Compare on the versions).
        if (v !== undefined && go && compareGoVersions(v, go.version) <= 0) {
            out.push(finding$1(TOOLCHAIN_BELOW_GO, {
                message: `${file}: toolchain ${toolchain.name} is not newer than go ${go.version}; Go ignores it.`,
                location: at(file, toolchain.pos),
                actual: toolchain.name,
                expected: `newer than go ${go.version}, or no toolchain line`,
                fix: file.endsWith('go.work')
                    ? `go ${dirFlag(file)}work edit -toolchain=none`
                    : `go ${dirFlag(file)}mod edit -toolchain=none`
            }));
            continue;
        }
        // Since Go 1.21 releases are named 1.N.0; `go1.22` has no patch and is no toolchain.
        if (!parsed ||
            (parsed.patch < 0 && parsed.kind === '' && compareGoVersions(v, '1.21') >= 0)) {
            // An error only when go would switch to it now; otherwise the build goes on with the
            // running go, and the line breaks only a job whose go is older (a notice).
            const switching = sel?.reason?.kind === 'toolchain' && sel.file === file;
            out.push({
                ...finding$1(TOOLCHAIN_NOT_RELEASE, {
                    message: switching
                        ? `${file}: toolchain ${toolchain.name} is not a Go release that go can switch to: go: download ${toolchain.name}: toolchain not available (GOTOOLCHAIN=${sel?.gotoolchain}).`
                        : `${file}: toolchain ${toolchain.name} is not a Go release that go can switch to (unused now: the running go ${facts.go.version} is newer).`,
                    location: at(file, toolchain.pos),
                    actual: toolchain.name,
                    expected: 'a release name such as go1.22.0',
                    fix: `go ${dirFlag(file)}${file.endsWith('go.work') ? 'work' : 'mod'} edit -toolchain=${v !== undefined && parsed ? `go${v}.0` : 'none'}`
                }),
                ...(switching ? {} : { severity: 'notice' })
            });
        }
    }
    return out;
}
const toolchainLineCheck = { rules: [TOOLCHAIN_BELOW_GO, TOOLCHAIN_NOT_RELEASE], run: run$9 };

/**
 * GBG230: vendor/modules.txt inconsistent with go.mod, the checks `go build -mod=vendor` makes
 * (cmd/go modload.checkVendorConsistency), reported on the go.mod line.
 */
const VENDOR_INCONSISTENT = {
    id: 'GBG230',
    name: 'inconsistent-vendoring',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'vendor/modules.txt does not match go.mod: go build fails with "inconsistent vendoring".',
    fix: 'Run `go mod vendor` and commit vendor/ (or remove vendor/ and build with -mod=mod).'
};
const describe$1 = (m) => (m.version ? `${m.path}@${m.version}` : m.path);
function check(m, root) {
    // vendor/ sits in the module root (also with -modfile=FILE elsewhere).
    const rel = relative$1(root, m.dir).split(sep).join('/');
    const vendorFile = `${rel === '' ? '' : `${rel}/`}vendor/modules.txt`;
    const modules = m.vendor?.modules ?? [];
    const meta = new Map(modules.map((v) => [`${v.path}@${v.version}`, v]));
    const out = [];
    const add = (message, location) => out.push(finding$1(VENDOR_INCONSISTENT, {
        message: `inconsistent vendoring: ${message}`,
        location,
        fix: `go ${rel === '' ? '' : `-C ${rel} `}mod vendor`
    }));
    for (const r of m.parsed.require) {
        if (!meta.get(`${r.path}@${r.version}`)?.explicit) {
            add(`${r.path}@${r.version}: is explicitly required in go.mod, but not marked as explicit in ${vendorFile}`, at(m.file, r.pos));
        }
    }
    const seen = new Set();
    for (const r of m.parsed.replace) {
        const key = `${r.old.path}@${r.old.version ?? ''}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const vr = meta.get(key)?.replacement;
        if (!vr) {
            add(`${describe$1(r.old)}: is replaced in go.mod, but not marked as replaced in ${vendorFile}`, at(m.file, r.pos));
        }
        else if (vr.path !== r.new.path || (vr.version ?? '') !== (r.new.version ?? '')) {
            add(`${describe$1(r.old)}: is replaced by ${describe$1(r.new)} in go.mod, but marked as replaced by ${describe$1(vr)} in ${vendorFile}`, at(m.file, r.pos));
        }
    }
    const required = new Set(m.parsed.require.map((r) => `${r.path}@${r.version}`));
    const replaced = new Set(m.parsed.replace.map((r) => `${r.old.path}@${r.old.version ?? ''}`));
    for (const v of modules) {
        const key = `${v.path}@${v.version}`;
        if (v.explicit && v.hasPackages && !required.has(key)) {
            add(`${describe$1(v)}: is marked as explicit in ${vendorFile}, but not explicitly required in go.mod`, { file: vendorFile, line: v.line });
        }
        if (v.replacement && !replaced.has(key) && !replaced.has(`${v.path}@`)) {
            add(`${describe$1(v)}: is marked as replaced in ${vendorFile}, but not replaced in go.mod`, {
                file: vendorFile,
                line: v.line
            });
        }
    }
    return out;
}
/** `go work vendor` checks: every workspace module against the workspace's vendor/modules.txt. */
function checkWorkspace(facts) {
    const work = facts.modules.work;
    if (!work?.dir)
        return [];
    const workDir = work.dir;
    const rel = relative$1(facts.root, workDir).split(sep).join('/');
    const vendorFile = `${rel === '' ? '' : `${rel}/`}vendor/modules.txt`;
    const modules = work.vendor?.modules ?? [];
    const meta = new Map(modules.map((v) => [`${v.path}@${v.version}`, v]));
    const out = [];
    const add = (message, location) => out.push(finding$1(VENDOR_INCONSISTENT, {
        message: `inconsistent vendoring in ${rel === '' ? '.' : rel}: ${message}`,
        location,
        fix: `go ${rel === '' ? '' : `-C ${rel} `}work vendor`
    }));
    const own = new Set(facts.modules.mods.map((m) => m.parsed.module?.path));
    const required = new Set();
    for (const m of facts.modules.mods) {
        for (const r of m.parsed.require) {
            if (own.has(r.path))
                continue; // workspace modules are not vendored
            required.add(`${r.path}@${r.version}`);
            if (!meta.get(`${r.path}@${r.version}`)?.explicit) {
                add(`${r.path}@${r.version}: is explicitly required in go.mod, but not marked as explicit in ${vendorFile}`, at(m.file, r.pos));
            }
        }
    }
    // Replacements: go.work's win over the modules' (by path); directories compare resolved.
    const byWork = new Set(work.parsed.replace.map((r) => r.old.path));
    const replaces = [
        ...work.parsed.replace.map((r) => ({ file: work.file, dir: workDir, r })),
        ...facts.modules.mods.flatMap((m) => m.parsed.replace
            // A workspace module is used from its directory: replaces of it are not vendored.
            .filter((r) => !byWork.has(r.old.path) && !own.has(r.old.path))
            .map((r) => ({ file: m.file, dir: m.dir, r })))
    ];
    const target = (dir, t) => t.version === undefined ? resolve(dir, t.path) : describe$1(t);
    const replaced = new Set();
    for (const { file, dir, r } of replaces) {
        const key = `${r.old.path}@${r.old.version ?? ''}`;
        if (replaced.has(key))
            continue;
        replaced.add(key);
        const vr = meta.get(key)?.replacement;
        if (!vr) {
            add(`${describe$1(r.old)}: is replaced in ${file}, but not marked as replaced in ${vendorFile}`, at(file, r.pos));
        }
        else if (target(workDir, vr) !== target(dir, r.new)) {
            add(`${describe$1(r.old)}: is replaced by ${describe$1(r.new)} in ${file}, but marked as replaced by ${describe$1(vr)} in ${vendorFile}`, at(file, r.pos));
        }
    }
    for (const v of modules) {
        const key = `${v.path}@${v.version}`;
        // go work vendor records workspace modules as `# path version => ./dir`.
        if (own.has(v.path))
            continue;
        if (v.explicit && v.hasPackages && !required.has(key)) {
            add(`${describe$1(v)}: is marked as explicit in ${vendorFile}, but not explicitly required in a go.mod`, { file: vendorFile, line: v.line });
        }
        if (v.replacement && !replaced.has(key) && !replaced.has(`${v.path}@`)) {
            add(`${describe$1(v)}: is marked as replaced in ${vendorFile}, but not replaced in the workspace`, {
                file: vendorFile,
                line: v.line
            });
        }
    }
    return out;
}
function run$8(facts) {
    if (facts.modules.work)
        return workspaceVendorMode(facts) ? checkWorkspace(facts) : [];
    return facts.modules.mods
        .filter((m) => m.main && vendorMode(m, facts.go.env))
        .filter((m) => m.parsed.go !== undefined && compareGoVersions(m.parsed.go.version, '1.14') >= 0) // older: lenient pre-1.14 checks
        .flatMap((m) => check(m, facts.root));
}
const VENDOR_PACKAGE_MISSING = {
    id: 'GBG231',
    name: 'vendored-package-missing',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'vendor/modules.txt lists a package whose directory under vendor/ is missing: in vendor mode go fails with "cannot find module providing package …".',
    fix: 'Run `go mod vendor` (in a workspace `go work vendor`) and commit vendor/ (check .gitignore does not drop the directory).'
};
function missingPackages(facts) {
    const work = facts.modules.work;
    const sources = work
        ? workspaceVendorMode(facts) && work.dir
            ? [{ dir: work.dir, missing: work.vendorMissing ?? [], cmd: 'work vendor' }]
            : []
        : facts.modules.mods
            .filter((m) => m.main && vendorMode(m, facts.go.env))
            .map((m) => ({ dir: m.dir, missing: m.vendorMissing ?? [], cmd: 'mod vendor' }));
    return sources.flatMap(({ dir, missing, cmd }) => {
        const rel = relative$1(facts.root, dir).split(sep).join('/');
        const vendorFile = `${rel === '' ? '' : `${rel}/`}vendor/modules.txt`;
        return missing.map((p) => finding$1(VENDOR_PACKAGE_MISSING, {
            message: `cannot find module providing package ${p.path}: import lookup disabled by -mod=vendor (${vendorFile} lists it, ${rel === '' ? '' : `${rel}/`}vendor/${p.path} does not exist)`,
            location: { file: vendorFile, line: p.line },
            actual: 'no directory',
            fix: `go ${rel === '' ? '' : `-C ${rel} `}${cmd}`
        }));
    });
}
const VENDOR_IGNORED = {
    id: 'GBG232',
    name: 'vendor-dir-ignored',
    area: 'modfile',
    defaultSeverity: 'warning',
    summary: 'vendor/ exists but vendor/modules.txt was written for the other mode (go mod vendor vs go work vendor): go ignores vendor/ and downloads modules instead.',
    fix: 'Re-vendor for the mode the job builds in: `go work vendor` in a workspace, `go mod vendor` without one (or GOWORK=off).'
};
function ignored(facts) {
    return vendorIgnored(facts).map(({ dir, reason }) => {
        const rel = relative$1(facts.root, dir).split(sep).join('/');
        const ws = facts.modules.work !== undefined;
        return finding$1(VENDOR_IGNORED, {
            message: `${rel === '' ? '' : `${rel}/`}vendor/ is not used: ${reason} go builds with -mod=readonly, downloading every module (offline builds fail).`,
            location: { file: `${rel === '' ? '' : `${rel}/`}vendor/modules.txt`, line: 1 },
            expected: ws ? '## workspace (go work vendor)' : 'no ## workspace line (go mod vendor)',
            actual: ws ? 'no ## workspace line' : '## workspace',
            fix: `go ${rel === '' ? '' : `-C ${rel} `}${ws ? 'work vendor' : 'mod vendor'}`
        });
    });
}
const vendorConsistencyCheck = {
    rules: [VENDOR_INCONSISTENT, VENDOR_PACKAGE_MISSING, VENDOR_IGNORED],
    run: (facts) => [...run$8(facts), ...missingPackages(facts), ...ignored(facts)]
};

const WORKSPACE_DRIFT = {
    id: 'GBG212',
    name: 'workspace-dependency-drift',
    area: 'modfile',
    defaultSeverity: 'notice',
    summary: 'Modules of the workspace require different versions of the same dependency: the workspace builds with the highest (as `go list -m all` shows), each module alone with its own. Off unless the baseline sets its severity.',
    fix: 'Align the requirements: `go get DEP@VERSION` in each listed module (then `go mod tidy`).'
};
function run$7(facts, baseline) {
    // Normal workspace behaviour, not a problem: reported only when the baseline asks for it.
    if (!facts.modules.work || baseline.rules[WORKSPACE_DRIFT.id] === undefined)
        return [];
    const byPath = new Map();
    const own = new Set(facts.modules.mods.map((m) => m.parsed.module?.path));
    for (const m of facts.modules.mods) {
        for (const r of m.parsed.require) {
            if (own.has(r.path))
                continue; // workspace modules replace each other; their versions do not matter
            const list = byPath.get(r.path) ?? [];
            list.push({ file: m.file, version: r.version, line: r.pos.line, pos: r.pos });
            byPath.set(r.path, list);
        }
    }
    const out = [];
    for (const [path, reqs] of [...byPath].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const versions = [...new Set(reqs.map((r) => r.version))].sort(compareSemver);
        if (versions.length < 2)
            continue;
        const selected = versions[versions.length - 1];
        const listing = reqs.map((r) => `${r.file}:${r.line} ${r.version}`).join(', ');
        for (const r of reqs.filter((x) => x.version !== selected)) {
            out.push(finding$1(WORKSPACE_DRIFT, {
                message: `${path}: ${r.file} requires ${r.version} but the workspace selects ${selected} (${listing}).`,
                location: at(r.file, r.pos),
                expected: selected,
                actual: r.version,
                fix: `go ${dirFlag(r.file)}get ${path}@${selected}`
            }));
        }
    }
    return out;
}
const workspaceDriftCheck = { rules: [WORKSPACE_DRIFT], run: run$7 };

const indexes = new WeakMap();
/** The first module of `facts.modules.mods` in each directory (as `mods.find` would pick it). */
function modByDir(facts, dir) {
    const mods = facts.modules.mods;
    let index = indexes.get(mods);
    if (!index) {
        index = new Map();
        for (const m of mods)
            if (!index.has(m.dir))
                index.set(m.dir, m);
        indexes.set(mods, index);
    }
    return index.get(dir);
}

const WORKSPACE_GO_BELOW_MODULE = {
    id: 'GBG210',
    name: 'workspace-go-below-module',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: "The go.work go line is lower than a used module's go line: go commands fail in the workspace.",
    fix: 'Run `go work use` (it raises the go.work go line), or lower the module go line.'
};
function run$6(facts) {
    const work = facts.modules.work;
    if (!work?.uses)
        return [];
    // Without a go line, go.work means go 1.18.
    const workGo = work.parsed.go?.version ?? '1.18';
    const lists = work.parsed.go
        ? `${work.file} lists go ${workGo}`
        : `${work.file} implicitly requires go 1.18`;
    const out = [];
    for (const u of work.uses) {
        const mod = modByDir(facts, u.dir);
        const go = mod?.parsed.go;
        if (!mod || !go || compareGoVersions(go.version, workGo) <= 0)
            continue;
        // Before Go 1.21 a go line was no requirement: go checks only lines from 1.21 on.
        if (compareGoVersions(go.version, '1.21') < 0)
            continue;
        out.push(finding$1(WORKSPACE_GO_BELOW_MODULE, {
            message: `module ${u.use.path.replace(/^\.\//, '')} listed in ${work.file} file requires go >= ${go.version} (${mod.file}:${go.pos.line}), but ${lists}; to update it: go work use`,
            location: at(work.file, work.parsed.go?.pos ?? u.use.pos),
            expected: `go >= ${go.version}`,
            actual: `go ${workGo}`,
            fix: `go ${dirFlag(work.file)}work use`
        }));
    }
    return out;
}
const workspaceGoCheck = { rules: [WORKSPACE_GO_BELOW_MODULE], run: run$6 };

/**
 * Workspace errors go raises while loading go.work (cmd/go modload): GBG213 one module path used
 * by two `use` directories, GBG214 workspace modules replacing one module differently (unless
 * go.work replaces it), GBG215 a go.work replace of a workspace module at all versions.
 */
const WORKSPACE_DUPLICATE = {
    id: 'GBG213',
    name: 'workspace-module-duplicate',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'Two go.work `use` directories hold the same module path: go fails with "module … appears multiple times in workspace".',
    fix: 'Drop one of the directories with `go work edit -dropuse=DIR`, or give the modules different paths.'
};
const WORKSPACE_REPLACE_CONFLICT = {
    id: 'GBG214',
    name: 'workspace-replace-conflict',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'Workspace modules replace one module differently and go.work does not replace it: go fails with "conflicting replacements for …".',
    fix: 'Replace it once in go.work (`go work edit -replace MODULE=TARGET`), or align the replaces in the go.mod files.'
};
const WORKSPACE_MODULE_REPLACED = {
    id: 'GBG215',
    name: 'workspace-module-replaced',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'go.work replaces a module of the workspace at all versions: go fails with "workspace module … is replaced at all versions in the go.work file".',
    fix: 'Remove the replace from go.work (`go work edit -dropreplace=MODULE`), or name the version it replaces.'
};
const describe = (m) => (m.version ? `${m.path}@${m.version}` : m.path);
function duplicates(facts) {
    const work = facts.modules.work;
    if (!work?.uses)
        return [];
    const seen = new Map();
    const out = [];
    for (const u of work.uses) {
        const mod = modByDir(facts, u.dir);
        const path = mod?.parsed.module?.path;
        if (!path)
            continue;
        const first = seen.get(path);
        if (first === undefined) {
            seen.set(path, u.use.path);
            continue;
        }
        out.push(finding$1(WORKSPACE_DUPLICATE, {
            message: `module ${path} appears multiple times in workspace (use ${first} and use ${u.use.path} in ${work.file})`,
            location: at(work.file, u.use.pos),
            actual: u.use.path,
            fix: `go ${dirFlag(work.file)}work edit -dropuse=${u.use.path}`
        }));
    }
    return out;
}
function conflicts(facts) {
    const work = facts.modules.work;
    if (!work)
        return [];
    const root = facts.root;
    const byWork = new Set(work.parsed.replace.map((r) => r.old.path));
    // Go resolves directory targets against each module's directory before comparing them.
    const target = (dir, r) => r.new.version === undefined && !isAbsolute$1(r.new.path)
        ? resolve(dir, r.new.path)
        : describe(r.new);
    const shown = (t) => (isAbsolute$1(t) ? relative$1(root, t) || '.' : t);
    const seen = new Map();
    const out = [];
    // Modules in go.work `use` order, as go loads them.
    const order = (work.uses ?? [])
        .map((u) => modByDir(facts, u.dir))
        .filter((m) => m !== undefined);
    for (const m of [...new Set(order)]) {
        const own = new Set();
        for (const r of m.parsed.replace) {
            if (byWork.has(r.old.path))
                continue;
            const key = describe(r.old);
            const t = target(m.dir, r);
            const prev = seen.get(key);
            if (prev && !own.has(key) && prev.target !== t) {
                out.push(finding$1(WORKSPACE_REPLACE_CONFLICT, {
                    message: `conflicting replacements for ${key}:\n\t${shown(prev.target)} (${prev.file})\n\t${shown(t)} (${m.file})\nuse "go work edit -replace ${key}=[override]" to resolve`,
                    location: at(m.file, r.newPos),
                    expected: shown(prev.target),
                    actual: shown(t),
                    fix: `go ${dirFlag(work.file)}work edit -replace ${key}=${isAbsolute$1(prev.target) && work.dir
                        ? relative$1(work.dir, prev.target).replace(/^(?!\.)/, './')
                        : prev.target}`
                }));
            }
            own.add(key);
            seen.set(key, { target: t, file: m.file });
        }
    }
    return out;
}
function replacedWorkspaceModules(facts) {
    const work = facts.modules.work;
    if (!work)
        return [];
    const paths = new Set(facts.modules.mods.map((m) => m.parsed.module?.path));
    return work.parsed.replace
        .filter((r) => r.old.version === undefined && paths.has(r.old.path))
        .map((r) => finding$1(WORKSPACE_MODULE_REPLACED, {
        message: `workspace module ${r.old.path} is replaced at all versions in the go.work file. To fix, remove the replacement from the go.work file or specify the version at which to replace the module.`,
        location: at(work.file, r.pos),
        actual: `replace ${r.old.path} => ${describe(r.new)}`,
        fix: `go ${dirFlag(work.file)}work edit -dropreplace=${r.old.path}`
    }));
}
const workspaceModulesCheck = {
    rules: [WORKSPACE_DUPLICATE, WORKSPACE_REPLACE_CONFLICT, WORKSPACE_MODULE_REPLACED],
    run: (facts) => [...duplicates(facts), ...conflicts(facts), ...replacedWorkspaceModules(facts)]
};

const USE_MISSING = {
    id: 'GBG211',
    name: 'workspace-use-missing',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'A go.work `use` directory does not exist or contains no go.mod: go commands fail in the workspace.',
    fix: 'Fix the path, commit the module, or drop the line with `go work edit -dropuse=DIR`.'
};
function run$5(facts) {
    const work = facts.modules.work;
    return (work?.uses ?? [])
        .filter((u) => !u.hasGoMod)
        .map((u) => finding$1(USE_MISSING, {
        message: u.exists
            ? `${work?.file}: use ${u.use.path}: the directory has no go.mod.`
            : `${work?.file}: use ${u.use.path}: the directory does not exist.`,
        location: at(work?.file ?? '', u.use.pos),
        actual: u.use.path,
        fix: `Fix the path, commit the module, or drop the line: go ${dirFlag(work?.file ?? '')}work edit -dropuse=${u.use.path}`
    }));
}
const workspaceUseCheck = { rules: [USE_MISSING], run: run$5 };

/** go.mod / go.work / vendor checks (GBG2xx, beyond GBG201/GBG202 in toolchain.ts). */
const modfileChecks = [
    parseErrorCheck,
    modfileFlagCheck,
    toolchainLineCheck,
    policyCheck,
    workspaceGoCheck,
    workspaceUseCheck,
    workspaceModulesCheck,
    workspaceDriftCheck,
    replaceOutsideCheck,
    replaceMissingCheck,
    replaceIgnoredCheck,
    replaceGoTooNewCheck,
    vendorConsistencyCheck,
    goSumCheck,
    modfileUncheckedCheck
];

/**
 * GBG250–GBG255: what Go's own loader said in the preflight (`go list -e -deps -test ./...`,
 * collected by src/facts/preflight.ts), as findings at the file and line Go names, in Go's words.
 * Where Go names no position (a module-level error), the finding goes to the go.mod / go.work
 * line about that module, so it lines up with the static rules and deduplicates against them.
 */
const rule$1 = defineRule('modfile');
const PREFLIGHT_LOAD = rule$1('GBG250', 'preflight-load-error', 'error', 'Go could not load the module graph or a package (go list in the preflight): go build fails the same way.', 'Fix the file and line Go names; `go list -deps -test ./...` in the working directory shows the same error.');
const PREFLIGHT_GOSUM = rule$1('GBG251', 'preflight-gosum-missing', 'error', 'Go needs a checksum that go.sum lacks ("missing go.sum entry"), including transitive and // indirect requirements.', 'Run `go mod tidy` (or the `go mod download` / `go get` command Go suggests) and commit go.sum.');
const PREFLIGHT_VENDOR = rule$1('GBG252', 'preflight-inconsistent-vendoring', 'error', 'Go reports inconsistent vendoring: vendor/modules.txt disagrees with go.mod (or go.work).', 'Run `go mod vendor` (or `go work vendor` in a workspace) and commit vendor/.');
const PREFLIGHT_PACKAGE = rule$1('GBG253', 'preflight-package-missing', 'error', 'Go cannot find the module or vendored directory providing an imported package.', 'Add the requirement (`go get PACKAGE`), or run `go mod vendor` when the build uses vendor/.');
const PREFLIGHT_TOOLCHAIN = rule$1('GBG254', 'preflight-toolchain', 'error', 'Go refuses the go / toolchain line with the toolchain this job runs (GOTOOLCHAIN=local or path).', 'Install the Go version Go names (actions/setup-go with go-version-file), or lower the go / toolchain line.');
const PREFLIGHT_INCOMPLETE = rule$1('GBG255', 'preflight-incomplete', 'warning', 'The preflight could not finish (go list timed out or could not run), so Go was not asked.', 'Run `go list -deps -test ./...` in the working directory to see why; or set `preflight: off`.');
const PACKAGE_MISSING = /cannot find module providing package|no required module provides package|is not in std|is not in GOROOT|does not contain package|is not in vendor\/modules\.txt|is replaced but not required|package \S+ is not in/;
const TOOLCHAIN = /requires go >= |cannot find "go[^"]*" in PATH|toolchain not available|invalid GOTOOLCHAIN|switching to go\S+ is disallowed/;
function loc(file, pos) {
    return pos ? { file, line: pos.line, column: pos.column } : { file };
}
/** The main go.mod for the working directory (the one governing it, else the first main one). */
function mainMod(facts) {
    const mains = facts.modules.mods.filter((m) => m.main);
    return mains.find((m) => m.dir === facts.dir) ?? mains[0];
}
const lineIndexes = new WeakMap();
const cleanDir = (p) => p.replace(/\/+$/, '');
function lineIndex(parsed) {
    let index = lineIndexes.get(parsed);
    if (!index) {
        index = { replaceByOld: new Map(), replaceByNew: new Map(), requireByPath: new Map() };
        for (const r of parsed.replace) {
            if (!index.replaceByOld.has(r.old.path))
                index.replaceByOld.set(r.old.path, r.pos);
            const dir = cleanDir(r.new.path);
            if (!index.replaceByNew.has(dir))
                index.replaceByNew.set(dir, r.pos);
        }
        for (const r of parsed.require ?? []) {
            if (!index.requireByPath.has(r.path))
                index.requireByPath.set(r.path, r.pos);
        }
        lineIndexes.set(parsed, index);
    }
    return index;
}
/** The main modules, the one governing the working directory first (it may come twice). */
function orderedMains(facts) {
    const mains = facts.modules.mods.filter((m) => m.main);
    return [...mains.filter((m) => m.dir === facts.dir), ...mains];
}
/** The require or replace line naming `modPath` in a main module or go.work (replace wins). */
function moduleLine(facts, modPath) {
    const work = facts.modules.work;
    const wr = work && lineIndex(work.parsed).replaceByOld.get(modPath);
    if (work && wr)
        return loc(work.file, wr);
    const ordered = orderedMains(facts);
    for (const m of ordered) {
        const rep = lineIndex(m.parsed).replaceByOld.get(modPath);
        if (rep)
            return loc(m.file, rep);
    }
    for (const m of ordered) {
        const req = lineIndex(m.parsed).requireByPath.get(modPath);
        if (req)
            return loc(m.file, req);
    }
    return undefined;
}
/**
 * The requirement whose module path is the longest prefix of a package path (path element by
 * path element): the package path and its parents, longest first, looked up.
 */
function providingModule(facts, pkg) {
    const mains = facts.modules.mods.filter((x) => x.main).map((m) => lineIndex(m.parsed));
    for (let p = pkg; p !== ''; p = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '') {
        if (mains.some((m) => m.requireByPath.has(p)))
            return p;
    }
    return undefined;
}
/** A go.mod / go.work named by its base name in a message, resolved to the file in the facts. */
function namedModFile(facts, which) {
    const work = facts.modules.work;
    if (/go\.work$/.test(which) && work)
        return { file: work.file, go: work.parsed.go?.pos, toolchain: work.parsed.toolchain?.pos };
    const m = mainMod(facts);
    return m ? { file: m.file, go: m.parsed.go?.pos, toolchain: m.parsed.toolchain?.pos } : undefined;
}
/** Where Go's error belongs when Go names no position. */
function fallback(facts) {
    const work = facts.modules.work;
    if (work)
        return { file: work.file };
    const m = mainMod(facts);
    return m ? { file: m.file } : undefined;
}
function toolchainFinding(facts, issue) {
    const msg = issue.message;
    let location = issue.file
        ? { file: issue.file, line: issue.line, column: issue.column }
        : undefined;
    if (!location) {
        const local = /(?:^|: )module (\S+) requires go >= /.exec(msg);
        const listed = /^module (\S+) listed in go\.work file requires go >= /.exec(msg);
        const named = /^(\S+\.(?:mod|work)) requires go >= /.exec(msg);
        const wanted = /"(go[^"]+)"|download (go\S+) for/.exec(msg);
        const work = facts.modules.work;
        if (listed && work) {
            location = loc(work.file, work.parsed.go?.pos);
        }
        else if (local) {
            location = replaceDirLine(facts, local[1]);
        }
        else if (named && !/(^|\/)go\.(mod|work)$/.test(named[1])) {
            // Another file read instead of go.mod (GOFLAGS=-modfile=alt.mod): Go names it.
            location = { file: relative(facts, named[1]) };
        }
        else if (named) {
            const f = namedModFile(facts, named[1]);
            if (f)
                location = loc(f.file, f.go);
        }
        else if (wanted) {
            const name = (wanted[1] ?? wanted[2]);
            const f = namedModFile(facts, work ? 'go.work' : 'go.mod');
            if (f) {
                const m = work ? work.parsed : mainMod(facts)?.parsed;
                const onToolchain = m?.toolchain?.name === name;
                location = loc(f.file, onToolchain ? f.toolchain : (f.go ?? f.toolchain));
            }
        }
    }
    return make(PREFLIGHT_TOOLCHAIN, issue, location ?? fallback(facts));
}
/** A path Go printed (relative to the working directory), relative to the repository root. */
function relative(facts, file) {
    const abs = path.resolve(facts.dir, file);
    const rel = path.relative(facts.root, abs);
    return rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/');
}
/** The replace line (go.work or a main go.mod) whose replacement is the directory `dir`. */
function replaceDirLine(facts, dir) {
    const work = facts.modules.work;
    const wr = work && lineIndex(work.parsed).replaceByNew.get(cleanDir(dir));
    if (work && wr)
        return loc(work.file, wr);
    for (const m of facts.modules.mods.filter((x) => x.main)) {
        const r = lineIndex(m.parsed).replaceByNew.get(cleanDir(dir));
        if (r)
            return loc(m.file, r);
    }
    return undefined;
}
function gosumFinding(facts, issue) {
    const msg = issue.message;
    const providing = /missing go\.sum entry for module providing package (\S+)/.exec(msg);
    // `A@v requires\n\tB@v: missing go.sum entry for go.mod file`: the line that pulls B in is A's.
    const chain = /^(\S+?)@\S+ requires\s/.exec(msg);
    const mod = /^(\S+?)@\S+?(?: \(replaced by [^)]*\))?: missing go\.sum entry/.exec(msg);
    let location;
    if (providing) {
        const m = providingModule(facts, providing[1]);
        if (m)
            location = moduleLine(facts, m);
    }
    else if (chain)
        location = moduleLine(facts, chain[1]);
    else if (mod)
        location = moduleLine(facts, mod[1]);
    if (!location && issue.file)
        location = { file: issue.file, line: issue.line, column: issue.column };
    return make(PREFLIGHT_GOSUM, issue, location ?? fallback(facts));
}
/** One finding per module line of an "inconsistent vendoring" report. */
function vendorFindings(facts, issue) {
    const lines = issue.message.split('\n').map((l) => l.trim());
    const head = lines[0];
    const dir = /^inconsistent vendoring in (.+):$/.exec(head)?.[1];
    const details = lines.slice(1).filter((l) => /^\S+@\S*: /.test(l));
    const modulesTxt = dir ? vendorFile(facts, dir) : undefined;
    if (details.length === 0) {
        return [make(PREFLIGHT_VENDOR, issue, modulesTxt ?? fallback(facts), head)];
    }
    return details.map((d) => {
        const modPath = /^(\S+?)@/.exec(d)[1];
        const location = moduleLine(facts, modPath) ?? modulesTxt ?? fallback(facts);
        return make(PREFLIGHT_VENDOR, issue, location, `inconsistent vendoring: ${d}`);
    });
}
function vendorFile(facts, dir) {
    const work = facts.modules.work;
    if (work?.dir === dir)
        return { file: work.file.replace(/go\.work$/, 'vendor/modules.txt') };
    const m = facts.modules.mods.find((x) => x.dir === dir);
    return m ? { file: m.file.replace(/go\.mod$/, 'vendor/modules.txt') } : undefined;
}
/** A module-level error (`M@v: …`, `M@v (replaced by X): …`): at the line about M. */
function moduleLevel(facts, issue) {
    const m = /^(\S+?)@\S+?(?: \(replaced by [^)]*\))?: /.exec(issue.message);
    if (m)
        return moduleLine(facts, m[1]);
    // `conflicting replacements for M:`, `workspace module M is replaced at all versions …`
    const r = /^conflicting replacements for (\S+?):?(?:\s|$)/.exec(issue.message) ??
        /^workspace module (\S+) is replaced/.exec(issue.message);
    if (r)
        return moduleLine(facts, r[1]);
    return useLine(facts, issue.message);
}
const cleanUse = (p) => p.replace(/^\.\//, '').replace(/\/+$/, '');
const useIndex = new WeakMap();
/** The go.work's `use` lines by directory (the first of each), built once per file: Go may print
 * one error per use line, and a search per error would be quadratic. */
function usesByDir(work) {
    let index = useIndex.get(work);
    if (!index) {
        index = new Map();
        for (const u of work.use) {
            const key = cleanUse(u.path);
            if (!index.has(key))
                index.set(key, u);
        }
        useIndex.set(work, index);
    }
    return index;
}
/**
 * A workspace error about one `use` directory (`module ./a listed in go.work file …`) or one
 * module path (`module example.com/a appears multiple times in workspace`): at its use line.
 */
function useLine(facts, msg) {
    const work = facts.modules.work;
    if (!work)
        return undefined;
    const dirMatch = /module (\S+) listed in go\.work/.exec(msg);
    if (dirMatch) {
        const u = usesByDir(work.parsed).get(cleanUse(dirMatch[1]));
        if (u)
            return loc(work.file, u.pos);
    }
    const modMatch = /module (\S+) appears multiple times in workspace/.exec(msg);
    if (modMatch) {
        const dirs = new Set(facts.modules.mods.filter((m) => m.parsed.module?.path === modMatch[1]).map((m) => m.dir));
        const uses = (work.uses ?? []).filter((u) => dirs.has(u.dir));
        const second = uses[1] ?? uses[0];
        if (second)
            return loc(work.file, second.use.pos);
    }
    return undefined;
}
function make(rule, issue, location, message) {
    const more = issue.more > 0 ? ` (and ${issue.more} more place(s))` : '';
    const clean = location
        ? Object.fromEntries(Object.entries(location).filter(([, v]) => v !== undefined))
        : undefined;
    return {
        rule: rule.id,
        severity: rule.defaultSeverity,
        message: `go list: ${message ??
            issue.message
                .split('\n')
                .map((l) => l.trim())
                .join(' ')}${more}`,
        ...(clean && clean.file ? { location: clean } : {}),
        fix: rule.fix
    };
}
/** Maps one issue Go printed to findings. */
function issueFindings(facts, issue) {
    const msg = issue.message;
    if (/inconsistent vendoring/.test(msg))
        return vendorFindings(facts, issue);
    if (/missing go\.sum entry/.test(msg))
        return [gosumFinding(facts, issue)];
    if (TOOLCHAIN.test(msg))
        return [toolchainFinding(facts, issue)];
    const at = issue.file
        ? { file: issue.file, line: issue.line, column: issue.column }
        : undefined;
    if (PACKAGE_MISSING.test(msg)) {
        return [make(PREFLIGHT_PACKAGE, issue, at ?? moduleLevel(facts, issue) ?? fallback(facts))];
    }
    // Module-level errors (a replacement directory that does not exist, …) belong to the
    // go.mod line about the module even when Go prints the importing file's position.
    return [make(PREFLIGHT_LOAD, issue, moduleLevel(facts, issue) ?? at ?? fallback(facts))];
}
function run$4(facts) {
    const p = facts.preflight;
    if (!p || p.skipped)
        return [];
    if (p.timedOutAfterS !== undefined) {
        return [
            {
                rule: PREFLIGHT_INCOMPLETE.id,
                severity: PREFLIGHT_INCOMPLETE.defaultSeverity,
                message: `preflight: \`${p.command}\` timed out after ${p.timedOutAfterS} s; Go's loader was not asked.`,
                fix: PREFLIGHT_INCOMPLETE.fix
            }
        ];
    }
    const out = p.issues.flatMap((i) => issueFindings(facts, i));
    if (p.failed !== undefined && out.length === 0) {
        out.push({
            rule: PREFLIGHT_INCOMPLETE.id,
            severity: PREFLIGHT_INCOMPLETE.defaultSeverity,
            message: `preflight: \`${p.command}\` failed without an error Go attributes: ${p.failed}`,
            fix: PREFLIGHT_INCOMPLETE.fix
        });
    }
    return out;
}
const preflightCheck = {
    rules: [
        PREFLIGHT_LOAD,
        PREFLIGHT_GOSUM,
        PREFLIGHT_VENDOR,
        PREFLIGHT_PACKAGE,
        PREFLIGHT_TOOLCHAIN,
        PREFLIGHT_INCOMPLETE
    ],
    run: run$4
};
const PREFLIGHT_IDS = new Set(preflightCheck.rules.map((r) => r.id));
/**
 * One finding per file, line and concern: a preflight finding is dropped when a static rule
 * already reports an error at the same file and line (the static one carries the specific
 * fix), and repeated preflight findings at one place collapse into the first. Linear.
 */
function dedupePreflight(findings) {
    const key = (f) => `${f.location?.file ?? ''}\0${f.location?.line ?? ''}`;
    const staticErrors = new Set(findings.filter((f) => !PREFLIGHT_IDS.has(f.rule) && f.severity === 'error').map(key));
    const seen = new Set();
    return findings.filter((f) => {
        if (!PREFLIGHT_IDS.has(f.rule) || f.location?.line === undefined)
            return true;
        const k = key(f);
        if (staticErrors.has(k))
            return false;
        const own = `${k}\0${f.rule}\0${f.message}`;
        if (seen.has(own))
            return false;
        seen.add(own);
        return true;
    });
}
/** A preflight run in which Go loaded every package without an error and checked everything. */
function cleanPreflight(p) {
    return (p !== undefined &&
        p.skipped === undefined &&
        p.timedOutAfterS === undefined &&
        p.failed === undefined &&
        p.notChecked === undefined &&
        p.exitCode === 0 &&
        p.issues.length === 0);
}
/**
 * Go has the last word: when the preflight ran clean (Go's loader accepted the module files and
 * loaded every package, with the job's environment and nothing left unchecked), a static
 * go.mod/go.work/go.sum error cannot make `go build` fail on loading, so it is reported as a
 * notice that says so. Runs before the baseline's overrides, so an explicit severity there wins.
 */
function deferToGo(findings, p, isModfileRule) {
    if (!cleanPreflight(p))
        return findings;
    return findings.map((f) => f.severity === 'error' && !PREFLIGHT_IDS.has(f.rule) && isModfileRule(f.rule)
        ? {
            ...f,
            severity: 'notice',
            message: `${f.message} (Go's loader accepted the module files in the preflight: go build does not fail on this here.)`
        }
        : f);
}

const rule = defineRule('cache');
const MODULE_MODIFIED = rule('GBG350', 'module-cache-modified', 'error', 'A module in the restored GOMODCACHE differs from the hash Go recorded when it downloaded it (`go mod verify`): the build would compile modified dependency source.', 'Run the gate with `prune: corrupt` (it removes the damaged modules so Go downloads them again), or run `go clean -modcache`; then find out what wrote into the cached module.');
const MODULE_HEALED = rule('GBG351', 'module-cache-healed', 'notice', 'The gate removed modified modules from the restored GOMODCACHE; Go downloads them again.', 'Nothing to do; the next saved cache holds the clean modules.');
const MODULE_REMOVE_FAILED = rule('GBG352', 'module-cache-remove-failed', 'error', 'A modified module could not be removed from GOMODCACHE; the build would still use it.', 'Fix the permissions of GOMODCACHE, or run `go clean -modcache` before the build.');
const MODULE_UNVERIFIED = rule('GBG353', 'module-cache-unverified', 'notice', '`go mod verify` could not check the restored module cache.', 'Run `go mod verify` in the job to see why (an invalid go.mod is reported by the GBG2xx rules).');
const NO_CACHE_SERVICE = rule('GBG360', 'cache-service-unavailable', 'warning', '`cache: true`, but the runner offers no cache service: nothing was restored and nothing will be saved.', 'Run on a runner with the Actions cache service (GitHub-hosted, or a self-hosted runner of github.com), or set `cache: false`.');
const SAMPLES = 3;
function list(mods, detail) {
    const shown = mods.slice(0, SAMPLES).map((m) => `${m.path}@${m.version} (${detail(m)})`);
    return shown.join('; ') + (mods.length > SAMPLES ? `; and ${mods.length - SAMPLES} more` : '');
}
function finding(meta, message, extra = {}) {
    return {
        rule: meta.id,
        severity: meta.defaultSeverity,
        message,
        fix: meta.fix,
        source: 'GOMODCACHE',
        ...extra
    };
}
function moduleFindings(store) {
    const m = store.modules;
    const v = m?.verify;
    if (!m || !v)
        return [];
    if (v.status === 'failed')
        return [finding(MODULE_UNVERIFIED, `go mod verify failed: ${v.message ?? 'no output'}`)];
    const out = [];
    const kept = v.damaged.filter((d) => !d.removed && !d.removeError);
    const removed = v.damaged.filter((d) => d.removed);
    const failed = v.damaged.filter((d) => d.removeError);
    const where = { location: { file: m.path } };
    if (kept.length > 0)
        out.push(finding(MODULE_MODIFIED, `${kept.length} restored ${kept.length === 1 ? 'module differs' : 'modules differ'} from go.sum: ${list(kept, (d) => d.detail)}`, { ...where, expected: '0', actual: String(kept.length) }));
    if (removed.length > 0)
        out.push(finding(MODULE_HEALED, `removed ${removed.length} modified ${removed.length === 1 ? 'module' : 'modules'} from ${m.path}: ${list(removed, (d) => d.detail)}`, where));
    if (failed.length > 0)
        out.push(finding(MODULE_REMOVE_FAILED, `${failed.length} modified ${failed.length === 1 ? 'module' : 'modules'} could not be removed: ${list(failed, (d) => d.removeError ?? '')}`, where));
    return out;
}
const storeChecks = [
    {
        rules: [
            MODULE_MODIFIED,
            MODULE_HEALED,
            MODULE_REMOVE_FAILED,
            MODULE_UNVERIFIED,
            NO_CACHE_SERVICE
        ],
        run(facts) {
            const store = facts.store;
            if (!store)
                return [];
            if (!store.available)
                return [
                    {
                        rule: NO_CACHE_SERVICE.id,
                        severity: NO_CACHE_SERVICE.defaultSeverity,
                        message: 'cache: true, but ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL are not set: the build cache was not restored and will not be saved.',
                        fix: NO_CACHE_SERVICE.fix
                    }
                ];
            return moduleFindings(store);
        }
    }
];

const GO_TOO_NEW = {
    id: 'GBG201',
    name: 'go-version-unavailable',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'A go.mod/go.work `go` line is newer than the Go toolchain that will run, and GOTOOLCHAIN does not allow switching: every go command fails.',
    fix: 'Install that Go version in the workflow (actions/setup-go with go-version-file: go.mod), or allow switching with GOTOOLCHAIN=auto, or lower the go line.'
};
/**
 * The go lines Go compares with the running go at startup: go.work's in workspace mode (a
 * module's go line above go.work's is GBG210, which Go reports first), else the main go.mod's.
 */
function goLines(facts) {
    const out = [];
    const work = facts.modules.work;
    if (work)
        return work.parsed.go ? [{ file: work.file, go: work.parsed.go }] : [];
    for (const m of facts.modules.mods) {
        if (m.main && m.parsed.go)
            out.push({ file: m.file, go: m.parsed.go });
    }
    return out;
}
function run$3(facts) {
    const sel = selectToolchain(facts);
    // With +auto or +path, go switches to a newer toolchain instead (GBG202 reports that).
    if (!sel || sel.mode !== '')
        return [];
    const running = sel.targetVersion;
    return goLines(facts)
        .filter(({ go }) => compareGoVersions(go.version, running) > 0)
        .map(({ file, go }) => ({
        rule: GO_TOO_NEW.id,
        severity: GO_TOO_NEW.defaultSeverity,
        message: `${file} requires go >= ${go.version} (running go ${running}; GOTOOLCHAIN=${sel.gotoolchain})`,
        location: at(file, go.pos),
        expected: `go <= ${running}`,
        actual: `go ${go.version}`,
        source: `GOTOOLCHAIN=${sel.gotoolchain}`,
        fix: `Use Go ${go.version} or newer in this job (actions/setup-go with go-version-file: ${file}), or set GOTOOLCHAIN=auto to let go download it, or lower the go line of ${file}.`
    }));
}
const goTooNewCheck = { rules: [GO_TOO_NEW], run: run$3 };

const TOOLCHAIN_NOT_IN_PATH = {
    id: 'GBG216',
    name: 'toolchain-not-in-path',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'GOTOOLCHAIN=path (or goX+path) makes go run the toolchain the go/toolchain line asks for from PATH, and no such executable is there: go fails with `cannot find "go1.X.Y" in PATH`.',
    fix: 'Install that Go in the job (actions/setup-go with go-version-file), put a go1.X.Y executable on PATH, or use GOTOOLCHAIN=auto / local.'
};
/** The toolchain go would look up on PATH and fail to find, if any. */
function missingPathToolchain(facts) {
    const sel = selectToolchain(facts);
    const found = facts.paths?.toolchainsOnPath;
    if (!sel || sel.mode !== 'path' || found === undefined)
        return undefined;
    if (sel.target === `go${sel.local}`)
        return undefined; // the running go itself
    return found.includes(sel.target) ? undefined : sel.target;
}
function run$2(facts) {
    const missing = missingPathToolchain(facts);
    const sel = selectToolchain(facts);
    if (!missing || !sel)
        return [];
    const file = sel.file ?? 'go.mod';
    return [
        {
            rule: TOOLCHAIN_NOT_IN_PATH.id,
            severity: TOOLCHAIN_NOT_IN_PATH.defaultSeverity,
            message: `go: cannot find "${missing}" in PATH (GOTOOLCHAIN=${sel.gotoolchain}${sel.reason ? `; ${file} asks for it` : ''})`,
            ...(sel.reason && sel.file ? { location: at(sel.file, sel.reason.directive.pos) } : {}),
            expected: `${missing} on PATH`,
            actual: 'not on PATH',
            source: `GOTOOLCHAIN=${sel.gotoolchain}`,
            fix: `Install ${missing} in the job (actions/setup-go with go-version-file: ${file}) or put a ${missing} executable on PATH; or set GOTOOLCHAIN=auto to download it.`
        }
    ];
}
const toolchainPathCheck = { rules: [TOOLCHAIN_NOT_IN_PATH], run: run$2 };

const TOOLCHAIN_SWITCH = {
    id: 'GBG202',
    name: 'toolchain-switch',
    area: 'modfile',
    defaultSeverity: 'warning',
    summary: 'The go or toolchain line asks for a newer Go than the one installed, so go switches toolchains at startup (GOTOOLCHAIN=auto downloads it; GOTOOLCHAIN=path needs it in PATH).',
    fix: 'Install the Go version the go.mod asks for (actions/setup-go with go-version-file: go.mod) so the job runs the toolchain it was set up with.'
};
function run$1(facts) {
    const sel = selectToolchain(facts);
    if (!sel?.reason || !sel.file || sel.mode === '')
        return [];
    if (missingPathToolchain(facts))
        return []; // GBG216: not a switch but a failure
    const { kind, directive } = sel.reason;
    const line = kind === 'go' ? `go ${sel.targetVersion}` : `toolchain ${sel.target}`;
    const how = sel.mode === 'auto'
        ? `would download ${sel.target} from the module proxy`
        : `would run ${sel.target} from PATH (and fail if it is not installed)`;
    return [
        {
            rule: TOOLCHAIN_SWITCH.id,
            severity: TOOLCHAIN_SWITCH.defaultSeverity,
            message: `${sel.file} sets ${line}, newer than the running go ${sel.local}: go ${how} (GOTOOLCHAIN=${sel.gotoolchain}).`,
            location: at(sel.file, directive.pos),
            expected: `go ${sel.local}`,
            actual: sel.target,
            source: `GOTOOLCHAIN=${sel.gotoolchain}`,
            fix: `Set up ${sel.target} in the workflow (actions/setup-go with go-version-file: ${sel.file}), or pin GOTOOLCHAIN=local to fail fast instead of switching.`
        }
    ];
}
const toolchainSwitchCheck = { rules: [TOOLCHAIN_SWITCH], run: run$1 };

/** Toolchain selection checks: the go/toolchain lines against the running go and GOTOOLCHAIN. */
const toolchainChecks = [goTooNewCheck, toolchainSwitchCheck, toolchainPathCheck];

/** Every check, in report order of areas. Add a check to its area's list, not here. */
const allChecks = [
    ...envChecks,
    ...baselineEnvChecks,
    ...toolchainChecks,
    ...modfileChecks,
    preflightCheck,
    ...cacheChecks,
    ...storeChecks
];

const RANK = { error: 3, warning: 2, notice: 1 };
/** Ordinal string order: stable across locales, and without the ICU collator's start-up cost. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Most severe first, then by file, line and column, then rule ID: a stable order for every sink. */
function compareFindings(a, b) {
    return (RANK[b.severity] - RANK[a.severity] ||
        compareStrings(a.location?.file ?? '\uffff', b.location?.file ?? '\uffff') ||
        (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
        compareStrings(a.rule, b.rule));
}
/**
 * A violation is a finding at or above `fail-on`. Under `enforce` any violation fails;
 * under `warn` (and `record`) nothing fails. `warn` is also the result when only findings
 * below `fail-on` (but at least warnings) exist.
 */
function decide(findings, mode, failOn) {
    const counts = { errors: 0, warnings: 0, notices: 0 };
    for (const f of findings) {
        if (f.severity === 'error')
            counts.errors++;
        else if (f.severity === 'warning')
            counts.warnings++;
        else
            counts.notices++;
    }
    const violations = findings.filter((f) => RANK[f.severity] >= RANK[failOn]).length;
    let result = 'pass';
    if (violations > 0)
        result = mode === 'enforce' ? 'fail' : 'warn';
    else if (counts.errors + counts.warnings > 0)
        result = 'warn';
    return { result, violations, counts };
}

/**
 * Where each `go env` value came from, following Go's precedence (cmd/go/internal/cfg):
 * a non-empty process environment variable, then the `go env -w` file (GOENV; the last line for a
 * key wins), then $GOROOT/go.env (the first line wins), then Go's default. Reads files; runs nothing.
 */
/** Keys Go computes itself: neither the environment nor a config file can set them. */
const COMPUTED = new Set([
    'GOENV',
    'GOEXE',
    'GOGCCFLAGS',
    'GOHOSTARCH',
    'GOHOSTOS',
    'GOMOD',
    'GOTELEMETRY',
    'GOTELEMETRYDIR',
    'GOTOOLDIR',
    'GOVERSION'
]);
/** Keys whose default is another key's value. */
const DERIVED = { GONOPROXY: 'GOPRIVATE', GONOSUMDB: 'GOPRIVATE' };
/** Parses a go env file the way Go does: `KEY=value` lines whose key starts with A-Z; others are skipped. */
function parseGoEnvFile(text, firstWins) {
    const entries = new Map();
    text.split('\n').forEach((line, i) => {
        const eq = line.indexOf('=');
        if (eq < 0 || !/^[A-Z]/.test(line))
            return;
        const key = line.slice(0, eq);
        if (firstWins && entries.has(key))
            return;
        entries.set(key, { value: line.slice(eq + 1), line: i + 1 });
    });
    return entries;
}
async function readEnvFile(file, firstWins) {
    if (!file)
        return new Map();
    try {
        return parseGoEnvFile((await readRegularFile(file)).toString('utf8'), firstWins);
    }
    catch {
        return new Map();
    }
}
/** The process environment value of a key (names are case-insensitive on Windows). */
function lookupEnv(env, key) {
    if (process.platform !== 'win32')
        return env[key];
    const name = Object.keys(env).find((k) => k.toUpperCase() === key);
    return name === undefined ? undefined : env[name];
}
/** The GOENV file in use, or undefined when disabled (`GOENV=off`) or unknown. */
function goEnvFile(goEnv) {
    const f = goEnv.GOENV;
    return f && f !== 'off' ? f : undefined;
}
async function attributeEnvSources(goEnv, processEnv) {
    const userFile = goEnvFile(goEnv);
    const rootFile = goEnv.GOROOT ? path__default.join(goEnv.GOROOT, 'go.env') : undefined;
    const [user, root] = await Promise.all([
        readEnvFile(userFile, false),
        readEnvFile(rootFile, true)
    ]);
    const direct = (key) => {
        if (key === 'GOENV')
            return lookupEnv(processEnv, key) ? { kind: 'environment' } : { kind: 'default' };
        if (COMPUTED.has(key))
            return { kind: 'default' };
        if (lookupEnv(processEnv, key))
            return { kind: 'environment' };
        const u = user.get(key);
        if (u && userFile)
            return { kind: 'goenv-file', file: userFile, line: u.line };
        const r = root.get(key);
        if (r && rootFile)
            return { kind: 'goroot-go.env', file: rootFile, line: r.line };
        return { kind: 'default' };
    };
    const sources = {};
    for (const key of Object.keys(goEnv)) {
        const own = direct(key);
        const from = DERIVED[key];
        if (own.kind === 'default' && from && goEnv[key] !== '' && goEnv[key] === goEnv[from]) {
            sources[key] = { ...direct(from), derivedFrom: from };
        }
        else {
            sources[key] = own;
        }
    }
    return sources;
}

/** GOOS and GOARCH values that a file name suffix can name (go/build's lists). */
const KNOWN_OS = new Set('aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris wasip1 windows zos'.split(' '));
const KNOWN_ARCH = new Set('386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64 mips64le mips64p32 mips64p32le ppc ppc64 ppc64le riscv riscv64 s390 s390x sparc sparc64 wasm'.split(' '));
const UNIX = new Set('aix android darwin dragonfly freebsd hurd illumos ios linux netbsd openbsd solaris'.split(' '));
const SKIP_DIRS$1 = new Set(['vendor', 'testdata', 'node_modules']);
/** Import sections sit at the top of a file; a longer header is not read. */
const HEADER_BYTES = 256 * 1024;
/** Beyond this many files the scan gives up (the caller then treats every line as uncertain). */
const MAX_FILES = 200_000;
/** The build tags satisfied by this go env (GOOS, GOARCH, unix, gc, cgo, go1.N, -tags). */
function buildTags(env) {
    const goos = env.GOOS ?? '';
    const tags = new Set([goos, env.GOARCH ?? '', 'gc']);
    if (UNIX.has(goos))
        tags.add('unix');
    if (goos === 'android')
        tags.add('linux');
    if (goos === 'illumos')
        tags.add('solaris');
    if (goos === 'ios')
        tags.add('darwin');
    if (env.CGO_ENABLED === '1')
        tags.add('cgo');
    const minor = /^go1\.(\d+)/.exec(env.GOVERSION ?? '')?.[1];
    for (let i = 1; i <= Number(minor ?? 0); i++)
        tags.add(`go1.${i}`);
    for (const m of (env.GOFLAGS ?? '').matchAll(/(?:^|\s)--?tags[= ]([^\s]+)/g)) {
        for (const t of (m[1] ?? '').split(','))
            if (t)
                tags.add(t);
    }
    return tags;
}
/** go/build's file-name rule: `name_GOOS_GOARCH.go`, `name_GOOS.go`, `name_GOARCH.go` (+ `_test`). */
function nameMatches(file, tags) {
    const base = file.slice(0, file.indexOf('.') < 0 ? undefined : file.indexOf('.'));
    const i = base.indexOf('_');
    if (i < 0)
        return true;
    let rest = base.slice(i);
    if (rest.endsWith('_test'))
        rest = rest.slice(0, -'_test'.length);
    const l = rest.split('_');
    const n = l.length;
    const last = l[n - 1] ?? '';
    const prev = l[n - 2] ?? '';
    if (n >= 3 && KNOWN_OS.has(prev) && KNOWN_ARCH.has(last))
        return tags.has(prev) && tags.has(last);
    if (n >= 2 && (KNOWN_OS.has(last) || KNOWN_ARCH.has(last)))
        return tags.has(last);
    return true;
}
/**
 * Evaluates a `//go:build` expression; undefined when it cannot be parsed (the caller then
 * treats the file as unknown).
 */
function evalGoBuild(expr, tags) {
    const toks = expr.match(/\|\||&&|!|\(|\)|[\w.]+|\S/g) ?? [];
    let i = 0;
    const or = () => {
        let v = and();
        while (toks[i] === '||') {
            i++;
            const r = and();
            if (v === undefined || r === undefined)
                return undefined;
            v = v || r;
        }
        return v;
    };
    const and = () => {
        let v = not();
        while (toks[i] === '&&') {
            i++;
            const r = not();
            if (v === undefined || r === undefined)
                return undefined;
            v = v && r;
        }
        return v;
    };
    const not = () => {
        const t = toks[i++];
        if (t === '!') {
            const v = not();
            return v === undefined ? undefined : !v;
        }
        if (t === '(') {
            const v = or();
            if (toks[i++] !== ')')
                return undefined;
            return v;
        }
        return t !== undefined && /^[\w.]+$/.test(t) ? tags.has(t) : undefined;
    };
    const v = or();
    return i === toks.length ? v : undefined;
}
/** Evaluates `// +build` lines (space = or, comma = and, `!` = not; lines are and-ed). */
function evalPlusBuild(lines, tags) {
    return lines.every((line) => line
        .split(/\s+/)
        .filter(Boolean)
        .some((term) => term.split(',').every((t) => (t.startsWith('!') ? !tags.has(t.slice(1)) : tags.has(t)))));
}
/** Strips comments (keeping string literals) from Go source. */
function stripComments(src) {
    let out = '';
    let i = 0;
    while (i < src.length) {
        const c = src[i];
        if (c === '/' && src[i + 1] === '/') {
            const nl = src.indexOf('\n', i);
            i = nl < 0 ? src.length : nl;
        }
        else if (c === '/' && src[i + 1] === '*') {
            const end = src.indexOf('*/', i + 2);
            out += ' ';
            i = end < 0 ? src.length : end + 2;
        }
        else if (c === '"' || c === '`' || c === "'") {
            let j = i + 1;
            while (j < src.length && src[j] !== c) {
                if (c !== '`' && src[j] === '\\')
                    j++;
                if (c !== '`' && src[j] === '\n')
                    break;
                j++;
            }
            out += src.slice(i, j + 1);
            i = j + 1;
        }
        else {
            out += c;
            i++;
        }
    }
    return out;
}
/**
 * The file's imports, or undefined when its build constraint excludes it (`false`) or cannot be
 * read (`undefined` as well: an unknown file contributes nothing).
 */
function fileImports(src, tags) {
    const lines = src.split('\n');
    const plus = [];
    let goBuild;
    for (const raw of lines) {
        const line = raw.trim();
        if (line === '')
            continue;
        if (!line.startsWith('//'))
            break;
        const gb = /^\/\/go:build\s+(.*)$/.exec(line);
        if (gb)
            goBuild = gb[1];
        const pb = /^\/\/\s*\+build\s+(.*)$/.exec(line);
        if (pb)
            plus.push(pb[1] ?? '');
    }
    const ok = goBuild !== undefined
        ? evalGoBuild(goBuild, tags)
        : plus.length > 0
            ? evalPlusBuild(plus, tags)
            : true;
    if (ok !== true)
        return undefined;
    const code = stripComments(src);
    const pkg = /^\s*package\s+[\p{L}_][\p{L}\p{N}_]*\s*;?/u.exec(code);
    if (!pkg)
        return undefined;
    const imports = [];
    let rest = code.slice(pkg[0].length);
    for (;;) {
        const m = /^\s*import\s*(\(([^)]*)\)|[^\n;]*)\s*;?/.exec(rest);
        if (!m)
            break;
        for (const s of (m[2] ?? m[1] ?? '').matchAll(/"((?:[^"\\\n]|\\.)*)"|`([^`]*)`/g)) {
            const p = s[1] ?? s[2];
            if (p && p !== 'C')
                imports.push(p);
        }
        rest = rest.slice(m[0].length);
    }
    return imports;
}
/**
 * Every import path of the module rooted at `dir` (its packages and their tests), skipping
 * vendor/, testdata/, dot and underscore directories and nested modules. Undefined when the
 * module is too large to scan.
 */
async function moduleImports(dir, env) {
    const tags = buildTags(env);
    const found = new Set();
    let files = 0;
    const walk = async (d, top) => {
        let entries;
        try {
            entries = await readdir(d, { withFileTypes: true });
        }
        catch {
            return true;
        }
        if (!top && entries.some((e) => e.name === 'go.mod' && e.isFile()))
            return true; // nested module
        const subdirs = [];
        const reads = [];
        for (const e of entries) {
            const n = e.name;
            if (n.startsWith('.') || n.startsWith('_'))
                continue;
            if (e.isDirectory()) {
                if (!SKIP_DIRS$1.has(n))
                    subdirs.push(join(d, n));
            }
            else if (e.isFile() && n.endsWith('.go') && nameMatches(n, tags)) {
                if (++files > MAX_FILES)
                    return false;
                reads.push(readRegularFile(join(d, n), Number.MAX_SAFE_INTEGER)
                    .then((buf) => {
                    const text = buf.subarray(0, HEADER_BYTES).toString('utf8');
                    for (const p of fileImports(text, tags) ?? [])
                        found.add(p);
                })
                    .catch(() => undefined));
            }
        }
        await Promise.all(reads);
        for (const s of subdirs)
            if (!(await walk(s, false)))
                return false;
        return true;
    };
    if (!(await walk(dir, true)))
        return undefined;
    return [...found].sort();
}

/**
 * File names that are not valid UTF-8. Node's string paths are UTF-8: such a name read as a
 * string becomes U+FFFD and no longer names the file, so the gate cannot read what lies under it
 * through its usual (string) paths. The walk finds go.mod files there with Buffer paths and
 * reports each as not checked (GBG200), instead of skipping it silently. Go itself builds such a
 * nested module (`go build` inside it works), but rejects a package of the enclosing module there
 * ("malformed import path ...: invalid UTF-8").
 */
/** A name as Go prints one: valid UTF-8 as is, each invalid byte as `\xNN`, controls escaped. */
function displayName(name) {
    let out = '';
    for (let i = 0; i < name.length;) {
        const b = name[i];
        const len = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 0;
        const seq = len ? name.subarray(i, i + len) : undefined;
        if (seq && seq.length === len && isUtf8(seq)) {
            out += b < 0x20 || b === 0x7f ? `\\x${b.toString(16).padStart(2, '0')}` : seq.toString('utf8');
            i += len;
        }
        else {
            out += `\\x${b.toString(16).padStart(2, '0')}`;
            i++;
        }
    }
    return out;
}
const SEP = Buffer.from('/');
/**
 * Every go.mod at or under `dir` (a Buffer path), skipping what the module walk skips; `shown`
 * is how `dir` is displayed. Unreadable directories are listed as not checked too.
 */
async function modFilesUnder(dir, shown, skip) {
    const found = [];
    const reason = 'its path is not valid UTF-8';
    const walk = async (d, s) => {
        let entries;
        try {
            entries = await readdir(d, { withFileTypes: true, encoding: 'buffer' });
        }
        catch (e) {
            found.push({
                file: `${s}/`,
                reason: `the directory cannot be read (${e.code ?? 'error'})`
            });
            return;
        }
        if (entries.some((e) => e.isFile() && e.name.equals(GO_MOD))) {
            found.push({ file: `${s}/go.mod`, reason });
        }
        for (const e of entries) {
            if (!e.isDirectory())
                continue;
            const name = displayName(e.name);
            if (skip(name))
                continue;
            await walk(Buffer.concat([d, SEP, e.name]), `${s}/${name}`);
        }
    };
    await walk(dir, shown);
    return found;
}
const GO_MOD = Buffer.from('go.mod');

/**
 * vendor/modules.txt, read the way cmd/go's readVendorList does: `# path version [=> new [v]]`
 * headers, `## explicit; go 1.21` annotations, and package lines (a module is "listed" only
 * when at least one of its packages is vendored).
 */
function parseVendorModules(text) {
    const modules = [];
    const byKey = new Map();
    let current;
    let workspace = false;
    text.split('\n').forEach((raw, i) => {
        const line = raw.replace(/\r$/, '');
        if (line.trim() === '## workspace')
            workspace = true;
        if (line.startsWith('# ')) {
            current = header(line.trim().split(/\s+/), i + 1, byKey);
            if (current && !modules.includes(current))
                modules.push(current);
            return;
        }
        if (!current)
            return;
        const annotations = line.startsWith('## ') ? line.slice(3) : undefined;
        if (annotations !== undefined) {
            for (const entry of annotations.split(';').map((e) => e.trim())) {
                if (entry === 'explicit')
                    current.explicit = true;
                if (entry.startsWith('go '))
                    current.goVersion = entry.slice(3);
            }
            return;
        }
        const f = line.trim().split(/\s+/).filter(Boolean);
        if (f.length === 1) {
            current.hasPackages = true;
            current.packages.push({ path: f[0], line: i + 1 });
        }
    });
    return { modules, workspace };
}
function header(f, line, byKey) {
    if (f.length < 3)
        return undefined;
    let rest;
    const path = f[1];
    let version = '';
    if (isValidSemver(f[2])) {
        version = f[2];
        rest = f.slice(3);
    }
    else if (f[2] === '=>') {
        rest = f.slice(2);
    }
    else {
        return undefined;
    }
    const key = `${path}@${version}`;
    const mod = byKey.get(key) ?? {
        path,
        version,
        explicit: false,
        hasPackages: false,
        packages: [],
        line
    };
    byKey.set(key, mod);
    if (rest.length >= 2 && rest[0] === '=>') {
        if (rest.length === 2)
            mod.replacement = { path: rest[1] };
        else if (rest.length === 3 && isValidSemver(rest[2])) {
            mod.replacement = { path: rest[1], version: rest[2] };
        }
    }
    return mod;
}

const SKIP_DIRS = new Set(['vendor', 'testdata', 'node_modules']);
async function readText(file) {
    try {
        return (await readRegularFile(file)).toString('utf8');
    }
    catch {
        return undefined;
    }
}
async function isDir$1(path) {
    try {
        return (await stat(path)).isDirectory();
    }
    catch {
        return false;
    }
}
async function isFile(path) {
    try {
        return (await stat(path)).isFile();
    }
    catch {
        return false;
    }
}
/** File system calls of a DirProbe in flight at once. */
const PROBES = 32;
/** At most `limit` calls of the returned runner in flight at once; the rest wait their turn. */
function limiter(limit) {
    let active = 0;
    // A queue read from `head` (Array.prototype.shift copies the rest of a long array: 100,000
    // waiting calls made it quadratic).
    let waiting = [];
    let head = 0;
    return async (fn) => {
        if (active >= limit)
            await new Promise((resolve) => waiting.push(resolve));
        active++;
        try {
            return await fn();
        }
        finally {
            active--;
            if (head < waiting.length) {
                const next = waiting[head++];
                if (head === waiting.length) {
                    waiting = [];
                    head = 0;
                }
                next();
            }
        }
    };
}
/**
 * The directory questions of one run (replace targets, use lines, vendored packages), each path
 * asked once and at most PROBES at a time: thousands of replace lines must not become thousands
 * of stat calls at once, nor one per line when they share directories. A directory whose parent
 * is missing is missing too, without a call of its own (paths here are normalized, so the system
 * walks exactly these parents): 10,000 replacements under one missing directory cost one stat.
 */
class DirProbe {
    dirs = new Map();
    files = new Map();
    run = limiter(PROBES);
    isDir(dir) {
        let known = this.dirs.get(dir);
        if (known === undefined) {
            const parent = dirname(dir);
            const up = parent === dir ? Promise.resolve(true) : this.isDir(parent);
            known = up.then((there) => there && this.run(() => isDir$1(dir)));
            this.dirs.set(dir, known);
        }
        return known;
    }
    /** `dir/name` is a regular file (or a link to one); asked only when `dir` exists. */
    hasFile(dir, name) {
        const file = join(dir, name);
        let known = this.files.get(file);
        if (known === undefined) {
            known = this.isDir(dir).then((there) => there && this.run(() => isFile(file)));
            this.files.set(file, known);
        }
        return known;
    }
    /** Runs a read (or any file call) within the same limit. */
    limit(fn) {
        return this.run(fn);
    }
}
/** Parses one file, recording a parse or read error instead of throwing. */
async function parseFile(root, abs, parse, errors) {
    const file = displayPath(abs, root);
    const text = await readText(abs);
    if (text === undefined) {
        errors.push({ file, line: 1, column: 1, message: `cannot read ${file}` });
        return undefined;
    }
    try {
        return parse(text, file);
    }
    catch (e) {
        if (!(e instanceof ModfileSyntaxError))
            throw e;
        for (const err of e.errors)
            errors.push({ file, ...err });
        return undefined;
    }
}
/** The go line of a replacement's go.mod (its own parse errors are go's to report, not ours). */
async function goLine(file) {
    const text = await readText(file);
    if (text === undefined)
        return undefined;
    try {
        return parseGoMod(text, file).go?.version;
    }
    catch {
        return undefined;
    }
}
async function replaceDirs(base, replaces, probe) {
    // The go line of each distinct replacement go.mod, read once.
    const goLines = new Map();
    return Promise.all(replaces
        .filter((r) => r.new.version === undefined && isDirectoryPath(r.new.path))
        .map(async (replace) => {
        const dir = resolve(base, replace.new.path);
        // hasFile asks isDir first anyway: a missing directory (thousands of replacements to
        // removed directories) costs no file question of its own.
        const exists = await probe.isDir(dir);
        const hasGoMod = exists && (await probe.hasFile(dir, 'go.mod'));
        let go;
        if (hasGoMod) {
            const file = join(dir, 'go.mod');
            let line = goLines.get(file);
            if (line === undefined)
                goLines.set(file, (line = probe.limit(() => goLine(file))));
            go = await line;
        }
        return { replace, dir, exists, hasGoMod, ...(go ? { go } : {}) };
    }));
}
/** Package lines whose directory under vendor/ is missing (go: cannot find module providing package). */
async function missingVendored(dir, vendor, probe) {
    if (!vendor)
        return undefined;
    const pkgs = vendor.modules.flatMap((m) => m.packages);
    const present = await Promise.all(pkgs.map((p) => probe.isDir(resolve(dir, 'vendor', ...p.path.split('/')))));
    return pkgs.filter((_, i) => !present[i]);
}
async function readMod(root, dir, main, errors, probe, modFile = join(dir, 'go.mod')) {
    const parsed = await parseFile(root, modFile, (t, f) => parseGoMod(t, f), errors);
    if (!parsed)
        return undefined;
    const sumPath = modFile.replace(/\.mod$/, '.sum');
    const [sumText, vendorText, hasVendorDir, replaced] = await Promise.all([
        readText(sumPath),
        readText(join(dir, 'vendor', 'modules.txt')),
        isDir$1(join(dir, 'vendor')),
        replaceDirs(dir, parsed.replace, probe)
    ]);
    const vendor = vendorText === undefined ? undefined : parseVendorModules(vendorText);
    const missing = await missingVendored(dir, vendor, probe);
    return {
        file: parsed.file,
        dir,
        parsed,
        main,
        ...(sumText !== undefined ? { goSum: parseGoSum(sumText) } : {}),
        sumFile: displayPath(sumPath, root),
        ...(vendor ? { vendor } : {}),
        ...(missing ? { vendorMissing: missing } : {}),
        hasVendorDir,
        replaceDirs: replaced
    };
}
/** The nearest directory at or above `dir` holding `name`, like the go command's search. */
async function findUp(dir, name) {
    for (let d = dir;; d = dirname(d)) {
        if (await isFile(join(d, name)))
            return join(d, name);
        if (dirname(d) === d)
            return undefined;
    }
}
/**
 * Every directory under `dir` containing a go.mod, skipping vendor/testdata/node_modules/dot dirs.
 * go.mod files under a name that is not valid UTF-8 go to `unchecked` (see src/facts/names.ts).
 */
async function findModDirs(dir, root, unchecked) {
    const found = [];
    const skip = (name) => SKIP_DIRS.has(name) || name.startsWith('.');
    const walk = async (d) => {
        let entries;
        try {
            entries = await readdir(d, { withFileTypes: true, encoding: 'buffer' });
        }
        catch {
            return;
        }
        if (entries.some((e) => e.isFile() && e.name.toString() === 'go.mod'))
            found.push(d);
        const subdirs = entries.filter((e) => e.isDirectory() && !skip(displayName(e.name)));
        await Promise.all(subdirs.map(async (e) => {
            if (isUtf8(e.name))
                return walk(join(d, e.name.toString()));
            const shown = `${d === root ? '' : `${displayPath(d, root)}/`}${displayName(e.name)}`;
            const under = Buffer.concat([Buffer.from(`${d}/`), e.name]);
            for (const u of await modFilesUnder(under, shown, skip))
                unchecked.push(u);
        }));
    };
    await walk(dir);
    return found.sort();
}
/** The go.work in use: GOWORK when set (`off` disables), else the nearest one above dir. */
async function workFilePath(dir, env) {
    const gowork = env.GOWORK;
    if (gowork === 'off')
        return undefined;
    if (gowork)
        return isAbsolute$1(gowork) ? gowork : resolve(dir, gowork);
    if ('GOWORK' in env)
        return undefined; // go env reports '' when the search found nothing
    return findUp(dir, 'go.work');
}
async function moduleLayout(dir, env) {
    const d = resolve(dir);
    const workPath = await workFilePath(d, env);
    if (workPath)
        return { workPath };
    const mainGoMod = await findUp(d, 'go.mod');
    return mainGoMod ? { mainGoMod } : {};
}
/**
 * One module and no workspace governs the directory, and GOFLAGS has no -modfile: go list then
 * loads ./..., which the preflight can start before the module files are read.
 */
function isSingleModule(layout, env) {
    return (layout.workPath === undefined &&
        layout.mainGoMod !== undefined &&
        goFlagsModfile(env.GOFLAGS) === undefined);
}
async function workspaceFacts(root, workPath, errors, probe) {
    const parsed = await parseFile(root, workPath, (t, f) => parseGoWork(t, f), errors);
    if (!parsed)
        return { mods: [] };
    const workDir = dirname(workPath);
    const uses = await Promise.all(parsed.use.map(async (use) => {
        const dir = resolve(workDir, use.path);
        const [exists, hasGoMod] = await Promise.all([probe.isDir(dir), probe.hasFile(dir, 'go.mod')]);
        return { use, dir, exists, hasGoMod };
    }));
    const [sumText, vendorText, hasVendorDir] = await Promise.all([
        readText(join(workDir, 'go.work.sum')),
        readText(join(workDir, 'vendor', 'modules.txt')),
        isDir$1(join(workDir, 'vendor'))
    ]);
    const vendor = vendorText === undefined ? undefined : parseVendorModules(vendorText);
    const vendorMissing = await missingVendored(workDir, vendor, probe);
    const mods = await Promise.all(uses.filter((u) => u.hasGoMod).map((u) => readMod(root, u.dir, true, errors, probe)));
    return {
        work: {
            file: parsed.file,
            dir: workDir,
            parsed,
            uses,
            replaceDirs: await replaceDirs(workDir, parsed.replace, probe),
            hasVendorDir,
            ...(vendor ? { vendor } : {}),
            ...(vendorMissing ? { vendorMissing } : {}),
            ...(sumText !== undefined ? { sum: parseGoSum(sumText) } : {})
        },
        mods: mods.filter((m) => m !== undefined)
    };
}
/** The value of `-modfile=` in GOFLAGS (the last one wins, as for any go flag). */
function goFlagsModfile(goflags) {
    let value;
    for (const f of (goflags ?? '').split(/\s+/)) {
        const m = /^--?modfile=(.*)$/.exec(f);
        if (m)
            value = m[1];
    }
    return value;
}
/** Where `-modfile` points, or go's message when it refuses it (cmd/go modload.Init). */
async function modfileFacts(root, dir, flag, mainDir) {
    if (!flag.endsWith('.mod'))
        return { facts: { flag, error: `-modfile=${flag}: file does not have .mod extension` } };
    if (!mainDir) {
        return {
            facts: {
                flag,
                error: 'cannot find main module, but -modfile was set.\n\t-modfile cannot be used to set the module root directory.'
            }
        };
    }
    const abs = resolve(dir, flag);
    if (!(await isFile(abs)))
        return { facts: { flag, error: `open ${flag}: no such file or directory` } };
    return { abs, facts: { flag, file: displayPath(abs, root) } };
}
async function collectModuleFacts(opts) {
    const facts = await collectModuleFiles(opts);
    if (facts.work)
        return facts;
    await Promise.all(facts.mods
        .filter((m) => m.main && m.goSum && sumIncomplete(m))
        .map(async (m) => {
        const imports = await moduleImports(m.dir, opts.env);
        if (imports)
            m.imports = imports;
    }));
    return facts;
}
/** Some requirement of `m` lacks its go.mod or zip checksum line in m's go.sum. */
function sumIncomplete(m) {
    const sum = m.goSum;
    return (sum !== undefined &&
        m.parsed.require.some((r) => !hasGoModSum(sum, r.path, r.version) || !hasZipSum(sum, r.path, r.version)));
}
async function collectModuleFiles(opts) {
    const root = resolve(opts.root);
    const dir = resolve(opts.dir);
    const errors = [];
    const probe = new DirProbe();
    const { workPath, mainGoMod } = await (opts.layout ?? moduleLayout(dir, opts.env));
    const flag = goFlagsModfile(opts.env.GOFLAGS);
    if (workPath) {
        const { work, mods } = await workspaceFacts(root, workPath, errors, probe);
        return {
            ...(work ? { work } : {}),
            mods,
            errors,
            ...(flag !== undefined
                ? { modfile: { flag, error: '-modfile cannot be used in workspace mode' } }
                : {})
        };
    }
    const mainDir = mainGoMod ? dirname(mainGoMod) : undefined;
    const modfile = flag === undefined ? undefined : await modfileFacts(root, dir, flag, mainDir);
    const unchecked = [];
    const dirs = await findModDirs(dir, root, unchecked);
    if (mainDir && !dirs.includes(mainDir))
        dirs.unshift(mainDir);
    const mods = await Promise.all(dirs.map((d) => d === mainDir && modfile?.abs
        ? readMod(root, d, true, errors, probe, modfile.abs)
        : // With an unusable -modfile go stops before reading any go.mod.
            d === mainDir && modfile?.facts.error
                ? undefined
                : readMod(root, d, d === mainDir, errors, probe)));
    return {
        ...(modfile ? { modfile: modfile.facts } : {}),
        ...(opts.env.GOWORK === 'off' ? { gowork: 'off' } : {}),
        mods: mods.filter((m) => m !== undefined),
        errors,
        ...(unchecked.length ? { unchecked: unchecked.sort((a, b) => (a.file < b.file ? -1 : 1)) } : {})
    };
}

/**
 * Preflight: ask Go itself. Runs Go's own package loader once in the working directory,
 * `go list -e -deps -test -json=… ./...`, with the job's environment (GOFLAGS, GOWORK,
 * GOTOOLCHAIN, -modfile, …), and records every error it prints: package errors from the JSON
 * (with the position Go names) and, when go list fails outright, the errors on stderr.
 *
 * `offline` adds GOPROXY=off, so nothing is downloaded; a module missing from the module cache
 * is then "not checked" (recorded once in `notChecked`), never an error. `online` uses the job's
 * GOPROXY, so it downloads what `go build` would download next.
 *
 * The only part of preflight that runs go; src/checks/preflight.ts maps these facts to findings.
 */
const PREFLIGHT_TIMEOUT_S = 180;
/** A loopback address nothing listens on (port 1, tcpmux): refused at once, never the network. */
const OFFLINE_SUMDB = 'http://127.0.0.1:1';
const FIELDS = 'ImportPath,DepOnly,Error,DepsErrors';
/** Lines go prints while it works, never errors. */
const PROGRESS = /^go: (downloading|finding|extracting|found|added|upgraded|downgraded|removed) /;
/** Headers whose detail follows on lines of their own, each with a position. */
const HEADER = /^(?:go: )?(?:errors parsing \S+|malformed go\.sum):$/;
/** `file:line[:col]: text`, for the files Go names in module errors. */
const POSITION = /^((?:[A-Za-z]:)?[^\s:][^:]*?\.(?:go|mod|work|sum|txt|s|c|h|cc|cpp|m|syso)):(\d+)(?::(\d+))?: ([\s\S]*)$/;
/** A package in the main module with no buildable files: `./...` skips it, go build does not fail. */
const NO_GO_FILES = /^(?:build constraints exclude all Go files in|no non-test Go files in|no Go files in) /;
/**
 * Go needed the network: a module lookup under GOPROXY=off, or the checksum database (which
 * go asks directly when GOPROXY=off) out of reach. Not checked, never an error.
 */
const OFFLINE = /disabled by GOPROXY=off|verifying (?:module|go\.mod):.*(?:dial tcp|no such host|i\/o timeout|connection refused)/;
/** The -mod flag in a GOFLAGS value (`-mod=vendor` or `--mod=vendor`). */
function modFlag(goflags) {
    return /(?:^|\s)--?mod=(\S+)/.exec(goflags)?.[1];
}
/** Splits go list's concatenated, indented JSON objects; each closes with `}` at column 0. */
function parseGoListJSON(stdout) {
    const out = [];
    let start = 0;
    for (;;) {
        const end = stdout.indexOf('\n}', start);
        if (end < 0)
            break;
        const chunk = stdout.slice(start, end + 2);
        start = end + 2;
        try {
            out.push(JSON.parse(chunk));
        }
        catch {
            // Not an object go list printed (never expected): skip it rather than lose the rest.
        }
    }
    return out;
}
/** Splits go's stderr into error blocks: a line at column 0 starts one, indented lines continue it. */
function stderrBlocks(stderr) {
    const blocks = [];
    for (const raw of stderr.split('\n')) {
        const line = raw.replace(/\r$/, '');
        if (PROGRESS.test(line))
            continue;
        if (line.trim() === '') {
            // A blank line inside a block (inconsistent vendoring's hint) keeps it open.
            continue;
        }
        // Indented lines, and the hint Go prints after "conflicting replacements", continue a block.
        const continues = /^\s/.test(line) || /^use "go work edit/.test(line);
        if (continues && blocks.length > 0)
            blocks[blocks.length - 1].push(line);
        else
            blocks.push([line]);
    }
    return blocks
        .filter((b) => !(b.length === 1 && HEADER.test(b[0])))
        .map((b) => b.join('\n'));
}
/** `go: file:12:2: text` -> the position (resolved against cwd) and the text. */
function splitPosition(text, cwd, root) {
    const body = text.replace(/^go: /, '');
    const m = POSITION.exec(body);
    if (!m)
        return { message: body };
    const [file, line, column, rest] = [m[1], m[2], m[3], m[4]];
    return {
        message: rest,
        file: displayPath(path.resolve(cwd, file), root),
        line: Number(line),
        ...(column ? { column: Number(column) } : {})
    };
}
/**
 * Turns go list's output into issues. Pure (exported for tests): `stdout` is the JSON stream,
 * `stderr` go's error stream, `failed` whether go list exited non-zero.
 */
function parseGoListOutput(stdout, stderr, failed, cwd, root) {
    const byMessage = new Map();
    const offline = new Set();
    const add = (p, origin, importPath) => {
        if (OFFLINE.test(p.message)) {
            const subject = /^(\S+@\S+?):/.exec(p.message)?.[1] ?? importPath ?? p.message;
            offline.add(subject);
            return;
        }
        const seen = byMessage.get(p.message);
        if (seen) {
            seen.more++;
            return;
        }
        byMessage.set(p.message, {
            ...p,
            ...(importPath ? { importPath } : {}),
            more: 0,
            origin
        });
    };
    for (const pkg of parseGoListJSON(stdout)) {
        const errors = [...(pkg.Error ? [pkg.Error] : []), ...(pkg.DepsErrors ?? [])];
        for (const e of errors) {
            const err = (e.Err ?? '').trim();
            if (err === '')
                continue;
            // A directory of the main module without buildable files: `./...` skips it.
            if (e === pkg.Error && !pkg.DepOnly && NO_GO_FILES.test(err))
                continue;
            const inner = splitPosition(err, cwd, root);
            const pos = e.Pos ? splitPosition(`${e.Pos}: x`, cwd, root) : undefined;
            const where = inner.file !== undefined ? inner : { ...pos, message: inner.message, file: pos?.file };
            add({
                message: where.message,
                ...(where.file !== undefined ? { file: where.file } : {}),
                ...(where.line !== undefined ? { line: where.line } : {}),
                ...(where.column !== undefined ? { column: where.column } : {})
            }, 'json', e === pkg.Error
                ? pkg.ImportPath
                : (e.ImportStack?.[e.ImportStack.length - 1] ?? pkg.ImportPath));
        }
    }
    if (failed) {
        for (const block of stderrBlocks(stderr))
            add(splitPosition(block, cwd, root), 'stderr');
    }
    return { issues: [...byMessage.values()], offline: [...offline] };
}
/** Every package of the module in the directory. */
const ALL = './...';
/**
 * The package patterns: `./...`, except at a workspace directory that is not inside a workspace
 * module, where Go rejects `./...` ("directory prefix . does not contain modules listed in
 * go.work"): there, every workspace module below the directory (`./a/... ./b/...`).
 */
function patterns(modules, dir) {
    const work = modules.work;
    if (!work?.uses)
        return [ALL];
    const inside = (child, parent) => {
        const rel = path.relative(parent, child);
        return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
    };
    const dirs = work.uses.filter((u) => u.exists && u.hasGoMod).map((u) => u.dir);
    if (dirs.some((d) => inside(dir, d)))
        return [ALL];
    const below = dirs.filter((d) => inside(d, dir));
    if (below.length === 0)
        return [ALL];
    return [...new Set(below)].map((d) => {
        const rel = path.relative(dir, d).split(path.sep).join('/');
        return `./${rel}/...`;
    });
}
/** Whether a go.mod or go.work governs the directory (one that does not parse counts too). */
function governed(modules) {
    return modules.work !== undefined || modules.mods.some((m) => m.main) || modules.errors.length > 0;
}
function startGoList(binary, args, cwd, env, timeoutS, signal) {
    const stopped = new AbortController();
    const stop = () => stopped.abort();
    // A run that failed before go list started stops it at once.
    if (signal?.aborted)
        stop();
    else
        signal?.addEventListener('abort', stop, { once: true });
    const started = Date.now();
    const result = new Promise((resolve) => {
        execFile(binary, args, {
            cwd,
            env,
            timeout: timeoutS * 1000,
            killSignal: 'SIGKILL',
            signal: stopped.signal,
            maxBuffer: 512 * 1024 * 1024,
            encoding: 'utf8'
        }, (err, stdout, stderr) => {
            signal?.removeEventListener('abort', stop);
            if (!err)
                return resolve({ stdout, stderr, code: 0, timedOut: false });
            const e = err;
            if (stopped.signal.aborted)
                return resolve({ stdout, stderr, timedOut: false, spawn: 'stopped' });
            if (e.killed)
                return resolve({ stdout, stderr, timedOut: true });
            if (typeof e.code === 'number')
                return resolve({ stdout, stderr, code: e.code, timedOut: false });
            resolve({ stdout, stderr, timedOut: false, spawn: e.message });
        });
    });
    return { started, result, stop };
}
/** Runs the preflight; never throws (a failure to run is recorded in `failed`). */
async function collectPreflight(opts) {
    if (opts.mode === 'off')
        return undefined;
    const timeoutS = opts.timeoutS ?? PREFLIGHT_TIMEOUT_S;
    const overrides = opts.mode === 'offline' ? { GOPROXY: 'off' } : {};
    // With GOPROXY=off go asks the checksum database directly for a checksum go.sum lacks (a
    // workspace writes it to go.work.sum). Offline means no network: point the default database
    // at a closed loopback port, so such a module is "not checked" (cached lookups still verify).
    if (opts.mode === 'offline' && (opts.goSumDb ?? 'sum.golang.org') === 'sum.golang.org') {
        overrides.GOSUMDB = `sum.golang.org ${OFFLINE_SUMDB}`;
    }
    const json = compareGoVersions(opts.goVersion.replace(/^go/, '') || '1.0', '1.19') >= 0;
    const argsFor = (pkgs) => [
        'list',
        '-e',
        '-deps',
        '-test',
        json ? `-json=${FIELDS}` : '-json',
        ...pkgs
    ];
    const env = { ...opts.env, ...overrides };
    const skipped = modFlag(opts.goFlags) === 'mod'
        ? 'GOFLAGS has -mod=mod, which lets go rewrite go.mod and go.sum; preflight only reads them'
        : opts.cacheUnusable !== undefined
            ? `go needs a build cache (${opts.cacheUnusable})`
            : undefined;
    // Go's loader needs the module files only for what to list: with one module and no workspace
    // that is ./..., so go list starts now and runs while the gate reads and parses them.
    const early = skipped === undefined && (await opts.singleModule)
        ? startGoList(opts.goBinary, argsFor([ALL]), opts.dir, env, timeoutS, opts.signal)
        : undefined;
    let modules;
    try {
        modules = await opts.modules;
    }
    catch (err) {
        early?.stop();
        throw err;
    }
    const pkgs = patterns(modules, opts.dir);
    const args = argsFor(pkgs);
    const base = {
        mode: opts.mode,
        command: `go ${args.join(' ')}`,
        overrides,
        dir: opts.dir,
        durationMs: 0,
        issues: []
    };
    if (skipped !== undefined)
        return { ...base, skipped };
    if (!governed(modules)) {
        early?.stop();
        return {
            ...base,
            skipped: `no go.mod or go.work governs ${displayPath(opts.dir, opts.root)}`
        };
    }
    // The files read say what the early start assumed (they always should): its run is the one.
    let run = early;
    if (!run || pkgs.length !== 1 || pkgs[0] !== ALL) {
        run?.stop();
        run = startGoList(opts.goBinary, args, opts.dir, env, timeoutS, opts.signal);
    }
    const r = await run.result;
    const durationMs = Date.now() - run.started;
    if (r.timedOut)
        return { ...base, durationMs, timedOutAfterS: timeoutS };
    if (r.spawn !== undefined)
        return { ...base, durationMs, failed: r.spawn };
    const { issues, offline } = parseGoListOutput(r.stdout, r.stderr, r.code !== 0, opts.dir, opts.root);
    const out = {
        ...base,
        durationMs,
        ...(r.code !== undefined ? { exitCode: r.code } : {}),
        issues
    };
    if (r.code !== 0 && issues.length === 0 && offline.length === 0) {
        out.failed = r.stderr.trim().split('\n').slice(0, 3).join(' ') || `exit status ${r.code}`;
    }
    if (offline.length > 0) {
        out.notChecked = {
            reason: 'needs the network (a module not in the module cache, or a checksum lookup) and preflight is offline',
            items: offline.sort()
        };
    }
    return out;
}

async function isDir(p) {
    return (await stat(p).catch(() => undefined))?.isDirectory() ?? false;
}
async function canWrite(p) {
    return access(p, constants.W_OK).then(() => true, () => false);
}
/** Probes a directory without creating anything. */
async function probeDir(dir) {
    const st = await stat(dir).catch(() => undefined);
    if (st) {
        const isDirectory = st.isDirectory();
        return {
            path: dir,
            exists: true,
            isDirectory,
            writable: isDirectory && (await canWrite(dir)),
            creatable: false
        };
    }
    let parent = path__default.dirname(dir);
    while (!(await stat(parent).catch(() => undefined)) && path__default.dirname(parent) !== parent) {
        parent = path__default.dirname(parent);
    }
    const creatable = (await isDir(parent)) && (await canWrite(parent));
    return { path: dir, exists: false, isDirectory: false, writable: false, creatable };
}
async function describeGo(file) {
    const realPath = await realpath(file);
    const root = path__default.dirname(path__default.dirname(realPath));
    const version = await readRegularFile(path__default.join(root, 'VERSION'), 64 * 1024).then((t) => t.toString('utf8').split('\n')[0]?.trim(), () => undefined);
    return version ? { path: file, realPath, goroot: root, version } : { path: file, realPath };
}
/** Every `go` executable along PATH, in order, duplicates (same real path) removed. */
async function findGoOnPath(processEnv, platform = process.platform) {
    const found = [];
    for (const file of pathCandidates('go', processEnv, platform).filter(isExecutable)) {
        const go = await describeGo(file);
        if (!found.some((g) => g.realPath === go.realPath))
            found.push(go);
    }
    return found;
}
/** Names of executables on PATH that look like toolchains (`go1.N…`), PATHEXT stripped on Windows. */
async function findToolchainsOnPath(env) {
    const dirs = (env.PATH ?? env.Path ?? '').split(path__default.delimiter).filter(Boolean);
    const names = await Promise.all(dirs.map(async (dir) => {
        const entries = await readdir(dir).catch(() => []);
        return entries
            .filter((n) => /^go1\.\d/.test(n) && isExecutable(path__default.join(dir, n)))
            .map((n) => (process.platform === 'win32' ? n.replace(/\.exe$/i, '') : n));
    }));
    return [...new Set(names.flat())];
}
async function probeGoPaths(goEnv, processEnv) {
    const cache = goEnv.GOCACHE;
    const exe = process.platform === 'win32' ? 'go.exe' : 'go';
    const pathMode = /(^|\+)path$/.test(goEnv.GOTOOLCHAIN ?? '');
    const [gocache, goOnPath, gorootGo, toolchainsOnPath] = await Promise.all([
        cache && cache !== 'off' && path__default.isAbsolute(cache) ? probeDir(cache) : undefined,
        findGoOnPath(processEnv),
        goEnv.GOROOT ? realpath(path__default.join(goEnv.GOROOT, 'bin', exe)).catch(() => undefined) : undefined,
        pathMode ? findToolchainsOnPath(processEnv) : undefined
    ]);
    return {
        ...(gocache ? { gocache } : {}),
        goOnPath,
        ...(gorootGo ? { gorootGo } : {}),
        ...(toolchainsOnPath ? { toolchainsOnPath } : {})
    };
}

/**
 * Reads the running workflow file (see src/facts/workflow.ts for what is taken from it). The YAML
 * parser loads only when there is a workflow file to parse, so runs outside Actions do not pay
 * for it at start-up.
 */
/** A workflow file larger than this is not read. */
const MAX_WORKFLOW_BYTES = 1024 * 1024;
/** `owner/repo/.github/workflows/ci.yml@refs/heads/main` -> `.github/workflows/ci.yml`. */
function workflowPath(ref) {
    if (!ref)
        return undefined;
    const at = ref.lastIndexOf('@');
    const full = at >= 0 ? ref.slice(0, at) : ref;
    const parts = full.split('/');
    if (parts.length < 3)
        return undefined;
    const rel = parts.slice(2).join('/');
    if (!rel.startsWith('.github/') || rel.split('/').includes('..'))
        return undefined;
    return rel;
}
/**
 * Reads the workflow named by GITHUB_WORKFLOW_REF when running in GitHub Actions; undefined when
 * not in Actions, when the file is not in the checkout (another repository's reusable workflow,
 * a checkout elsewhere) or is not a regular file.
 */
async function readWorkflowFacts(env, root) {
    if (env.GITHUB_ACTIONS !== 'true')
        return undefined;
    const rel = workflowPath(env.GITHUB_WORKFLOW_REF);
    if (!rel)
        return undefined;
    for (const base of [env.GITHUB_WORKSPACE, root]) {
        if (!base)
            continue;
        const file = path.resolve(base, rel);
        if (!isInside(file, root))
            continue;
        let text;
        try {
            // Only a regular file, opened non-blocking: a FIFO put in its place is never waited on.
            text = (await readRegularFile(file, MAX_WORKFLOW_BYTES)).toString('utf8');
        }
        catch {
            continue;
        }
        const { workflowEnv } = await import('./workflow.js');
        const parsed = workflowEnv(text, env.GITHUB_JOB, {
            action: env.GITHUB_ACTION,
            actionRepository: env.GITHUB_ACTION_REPOSITORY
        });
        return { file: displayPath(file, root), ...parsed };
    }
    return undefined;
}

/**
 * Gives every finding a place in the repository, so annotations land on a line and code scanning
 * accepts every SARIF result. Pure: findings and facts in, findings out.
 *
 * An environment finding is placed where its value is set: the workflow's `env:` entry (step, job
 * or workflow level), or a `go env -w` / go.env file when that lies in the repository; else it
 * keeps the baseline line it drifts from; else it goes on the `go` line of the main go.mod (or
 * go.work), and its message says where the value really comes from. Any other finding whose
 * place is outside the repository (the build cache, a home directory) or unknown goes on that same
 * `go` line, with the real place in its message.
 */
/** A file's path relative to the root when it lies inside (not the root itself); else undefined. */
function repoFile(file, root) {
    const abs = path.resolve(root, file);
    if (!isInside(abs, root) || abs === root)
        return undefined;
    return displayPath(abs, root);
}
/**
 * `repoFile` remembered per distinct file name: findings by the thousand share a few files (every
 * go.sum finding names the same go.mod), and the path work is the same for each.
 */
function repoFiles(root) {
    const known = new Map();
    return (file) => {
        if (known.has(file))
            return known.get(file);
        const shown = repoFile(file, root);
        known.set(file, shown);
        return shown;
    };
}
/**
 * The finding's location with its file relative to the root when it lies inside (the same object
 * when it already is); undefined otherwise.
 */
function inRepo(loc, shown) {
    if (!loc?.file)
        return undefined;
    const file = shown(loc.file);
    if (file === undefined)
        return undefined;
    return file === loc.file ? loc : { ...loc, file };
}
/** The last-resort place: the `go` line (else the first line) of the main go.mod or the go.work. */
function anchorOf(facts, baseline) {
    const work = facts.modules.work;
    const main = facts.modules.mods.find((m) => m.main) ?? facts.modules.mods[0];
    const file = work?.file ?? main?.file;
    const parsed = work?.parsed ?? main?.parsed;
    if (file && parsed) {
        const pos = parsed.go?.pos;
        return pos
            ? {
                location: { file, line: pos.line, column: pos.column },
                what: `the go line of ${file}`
            }
            : { location: { file, line: 1 }, what: file };
    }
    const b = inRepo(baseline.path ? { file: baseline.path, line: 1 } : undefined, (f) => repoFile(f, facts.root));
    if (b)
        return { location: b, what: b.file };
    if (facts.workflow) {
        const line = facts.workflow.stepLine ?? 1;
        return {
            location: { file: facts.workflow.file, line },
            what: `the gate's step in ${facts.workflow.file}`
        };
    }
    return undefined;
}
/** Where an environment variable's value is set, when that is a line of a file in the repository. */
function whereSet(facts, key) {
    const source = facts.go.sources[key];
    const owner = source?.derivedFrom ?? key;
    const own = source?.derivedFrom ? facts.go.sources[owner] : source;
    const fromEnvironment = own?.kind === 'environment' || (own === undefined && facts.processEnv[owner] !== undefined);
    if (fromEnvironment) {
        const entry = facts.workflow?.env[owner];
        if (!entry || !facts.workflow)
            return undefined;
        // A literal that differs from the live value was overridden later (GITHUB_ENV, a shell):
        // that line is not where the value comes from.
        const live = facts.processEnv[owner];
        if (!entry.value.includes('${{') && live !== undefined && entry.value !== live)
            return undefined;
        return { file: facts.workflow.file, line: entry.line, column: entry.column };
    }
    if (own?.file && own.line) {
        return inRepo({ file: own.file, line: own.line }, (f) => repoFile(f, facts.root));
    }
    return undefined;
}
/** A sentence saying where the value of `key` really comes from, for a finding shown elsewhere. */
function realSource(facts, key) {
    const source = facts.go.sources[key];
    const owner = source?.derivedFrom ?? key;
    const own = source?.derivedFrom ? facts.go.sources[owner] : source;
    const text = describeSource(own) ??
        (facts.processEnv[owner] !== undefined ? 'the process environment' : 'an unknown source');
    return `${owner} is set by ${text}`;
}
/**
 * Every finding with a repository-relative location where one can be found (see the module
 * comment). Linear in the number of findings.
 */
function locateFindings(findings, facts, baseline) {
    let anchor = null; // computed once, on first need
    const getAnchor = () => {
        if (anchor === null)
            anchor = anchorOf(facts, baseline);
        return anchor;
    };
    const shown = repoFiles(facts.root);
    const out = new Array(findings.length);
    for (let i = 0; i < findings.length; i++) {
        const f = findings[i];
        const set = f.envKey !== undefined ? whereSet(facts, f.envKey) : undefined;
        if (set) {
            out[i] = { ...f, location: set };
            continue;
        }
        const own = inRepo(f.location, shown);
        if (own) {
            out[i] = own === f.location ? f : { ...f, location: own };
            continue;
        }
        const a = getAnchor();
        if (!a) {
            out[i] = f;
            continue;
        }
        const why = f.envKey !== undefined
            ? f.source !== undefined && f.message.includes(f.source)
                ? 'the value is not set in a file of this repository'
                : `${realSource(facts, f.envKey)}, not by a file of this repository`
            : f.location?.file
                ? `it concerns ${f.location.file}${f.location.line ? ` line ${f.location.line}` : ''}, outside this repository`
                : 'it has no place of its own in this repository';
        out[i] = { ...f, location: a.location, message: `${f.message} (Shown on ${a.what}: ${why}.)` };
    }
    return out;
}

const ENUMS = {
    mode: ['warn', 'enforce', 'record'],
    'fail-on': ['error', 'warning'],
    'cache-verify': ['full', 'quick', 'off'],
    prune: ['off', 'corrupt', 'stale', 'all'],
    comment: ['off', 'on-violation', 'always'],
    preflight: ['off', 'offline', 'online']
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
        baseline: explicitBaseline(raw.baseline),
        root,
        dir,
        go: optional(raw.go),
        cacheVerify: pick(raw, 'cache-verify', 'quick'),
        prune: pick(raw, 'prune', 'off'),
        maxCacheAge: optional(raw['max-cache-age']),
        maxCacheSize: optional(raw['max-cache-size']),
        comment: pick(raw, 'comment', 'off'),
        preflight: pick(raw, 'preflight', 'offline'),
        report: optional(raw.report),
        sarif: optional(raw.sarif)
    };
}

/** "Did you mean" for unknown keys: the closest candidate within a small edit distance. */
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost));
        }
        prev = row;
    }
    return prev[b.length];
}
/**
 * The candidate closest to `word` (ignoring case), if it is close enough to be a typo:
 * at most a third of the word's length in edits (and at least one).
 */
function suggest(word, candidates) {
    const w = word.toLowerCase();
    const limit = Math.max(1, Math.floor(word.length / 3));
    let best;
    for (const candidate of candidates) {
        // The distance is at least the difference in length: skip the quadratic comparison when
        // that alone is too far (a hostile key of a million characters costs nothing then).
        if (Math.abs(w.length - candidate.length) > limit)
            continue;
        const distance = editDistance(w, candidate.toLowerCase());
        if (!best || distance < best.distance)
            best = { candidate, distance };
    }
    return best && best.distance <= limit ? best.candidate : undefined;
}
/** ` (did you mean "X"?)` or the empty string. */
function didYouMean(word, candidates) {
    const s = suggest(word, candidates);
    return s === undefined ? '' : ` (did you mean "${s}"?)`;
}

/** Where each rule is documented; anchors are the lower-cased rule IDs. */
const DOCS_URL = `${DOCS_BASE_URL}/rules.md`;
const CHECK_CRASHED = {
    id: 'GBG001',
    name: 'check-crashed',
    area: 'gate',
    defaultSeverity: 'error',
    summary: 'A check failed unexpectedly; its rules were not evaluated.',
    fix: 'Report the message as a bug in go-baseline-gate; meanwhile turn the failing rule off in the baseline `rules:` section.'
};
/** All rules, sorted by ID. IDs are stable: a rule is never renumbered, only retired. */
const RULES = [CHECK_CRASHED, ...allChecks.flatMap((c) => c.rules)].sort((a, b) => compareStrings(a.id, b.id));
const BY_ID = new Map(RULES.map((r) => [r.id, r]));
function ruleById(id) {
    return BY_ID.get(id);
}
function docsUrl(rule) {
    return `${DOCS_URL}#${rule.id.toLowerCase()}`;
}
/** The closest known rule ID or name to a misspelt one, for "did you mean" messages. */
function suggestRule(text) {
    const byName = new Map(RULES.map((r) => [r.name, r.id]));
    const best = suggest(text, [...RULES.map((r) => r.id), ...byName.keys()]);
    return best === undefined ? undefined : (byName.get(best) ?? best);
}

/** The summary's environment facts: the keys that most often explain a drift. */
const ENVIRONMENT_KEYS = [
    'GOOS',
    'GOARCH',
    'GOTOOLCHAIN',
    'GOFLAGS',
    'GOPROXY',
    'GOSUMDB',
    'GOCACHE',
    'GOMODCACHE',
    'CGO_ENABLED',
    'GOROOT'
];
/** The cache stage, its code loaded only when it has work (start-up time of `cache-verify: off`). */
async function cacheStage(opts) {
    if (opts.verify === 'off' && opts.prune === 'off')
        return undefined;
    return (await import('./gate.js')).cacheStage(opts);
}
/**
 * `go env` runs in a neutral directory, so its GOWORK is '' unless GOWORK was set explicitly
 * (environment or `go env -w`): drop the empty value so module discovery searches upward from
 * the working directory, as the go command does there.
 */
function moduleEnv(goEnv) {
    if (goEnv.GOWORK !== '')
        return goEnv;
    const { GOWORK: _unused, ...rest } = goEnv;
    return rest;
}
/**
 * Facts: go first (its GOOS/GOARCH select baseline overrides), then the rest in parallel. Go's
 * loader (the preflight) is the slowest of them and only the preflight check reads it: it comes
 * back as a promise still running, so the other checks can run meanwhile; `facts.preflight` is
 * unset until the caller awaits it and calls `withPreflight`.
 */
async function collectFacts(opts, baselineFor, hooks = {}) {
    const env = hooks.env ?? process.env;
    const namedKeys = probeNamedKeys(baselinePath(opts.baseline, opts.root));
    const go = await collectGoFacts({ goBinary: opts.go, cwd: opts.dir, env, namedKeys });
    const store = await hooks.restore?.(go, opts); // Actions cache transport
    const baseline = await baselineFor(go.env);
    const cacheUnusable = go.env.GOCACHE === 'off' || go.envError !== undefined;
    if (cacheUnusable && (opts.cacheVerify !== 'off' || opts.prune !== 'off')) {
        hooks.log?.(`build cache not checked: ${go.envError ?? 'GOCACHE=off'}`);
    }
    const modEnv = moduleEnv(go.env);
    const layout = moduleLayout(opts.dir, modEnv);
    const modulesFacts = collectModuleFacts({ root: opts.root, dir: opts.dir, env: modEnv, layout });
    // Go's own loader: it starts at once when a few stats show one module and no workspace (most
    // repositories), else once the module files say what governs the dir. Stopped if the run fails.
    const stop = new AbortController();
    const preflight = collectPreflight({
        mode: opts.preflight,
        goBinary: go.binary,
        goVersion: go.version,
        goFlags: go.env.GOFLAGS ?? '',
        goSumDb: go.env.GOSUMDB,
        root: opts.root,
        dir: opts.dir,
        env,
        modules: modulesFacts,
        singleModule: layout.then((l) => isSingleModule(l, modEnv), () => false),
        signal: stop.signal,
        ...(cacheUnusable ? { cacheUnusable: go.envError ?? 'GOCACHE=off' } : {})
    });
    // Awaited by the caller, after the other facts: a failure meanwhile is not unhandled.
    preflight.catch(() => { });
    const all = Promise.all([
        attributeEnvSources(go.env, env),
        probeGoPaths(go.env, env),
        modulesFacts,
        cacheStage({
            goEnv: go.env,
            root: opts.root,
            env,
            // With the cache off or unusable there is nothing to verify (GBG130/131 report it).
            verify: cacheUnusable ? 'off' : opts.cacheVerify,
            prune: cacheUnusable ? 'off' : opts.prune,
            policy: {
                ...baseline.cache,
                ...(opts.maxCacheAge ? { maxAge: { value: opts.maxCacheAge } } : {}),
                ...(opts.maxCacheSize ? { maxSize: { value: opts.maxCacheSize } } : {})
            },
            onProgress: hooks.onCacheProgress,
            log: hooks.log
        }),
        readWorkflowFacts(env, opts.root)
    ]);
    // A failure here ends the run: go list must not outlive it (nor keep the process waiting).
    all.catch(() => stop.abort());
    const [sources, paths, modules, cache, workflow] = await all;
    go.sources = sources;
    const facts = {
        root: opts.root,
        dir: opts.dir,
        platform: process.platform,
        processEnv: { ...env },
        go,
        paths,
        modules,
        ...(cache ? { cache } : {}),
        ...(store ? { store } : {}), // Actions cache transport
        ...(workflow ? { workflow } : {})
    };
    return { facts, baseline, preflight };
}
/** The facts with the preflight's result (when it ran), its log line written. */
function withPreflight(facts, preflight, hooks) {
    if (!preflight)
        return facts;
    logPreflight(preflight, hooks.log, hooks.debug ?? hooks.log);
    // In the place the facts always had it (after modules), so every rendering of them is unchanged.
    const { cache, store, workflow, ...rest } = facts;
    return {
        ...rest,
        preflight,
        ...(cache ? { cache } : {}),
        ...(store ? { store } : {}),
        ...(workflow ? { workflow } : {})
    };
}
/** The preflight's one log line: what ran, how long, and what it could not check. */
function logPreflight(p, log, debug) {
    if (p.skipped)
        return log?.(`preflight not run: ${p.skipped}`);
    const env = Object.entries(p.overrides)
        .map(([k, v]) => `${k}=${v} `)
        .join('');
    debug?.(`preflight: ${env}${p.command} (${(p.durationMs / 1000).toFixed(1)} s)`);
    if (p.notChecked && log) {
        const shown = p.notChecked.items.slice(0, 5).join(', ');
        const more = p.notChecked.items.length > 5 ? ` and ${p.notChecked.items.length - 5} more` : '';
        log(`preflight: not checked, ${p.notChecked.reason}: ${shown}${more}`);
    }
}
/** Runs every check (or those given); a check that throws becomes one GBG001 finding instead of a crash. */
function runChecks(facts, baseline, checks = allChecks) {
    const findings = [];
    for (const check of checks) {
        try {
            // A loop, not push(...spread): a spread of more than ~120k findings overflows the stack.
            for (const f of check.run(facts, baseline))
                findings.push(f);
        }
        catch (err) {
            findings.push({
                rule: CHECK_CRASHED.id,
                severity: CHECK_CRASHED.defaultSeverity,
                message: `check ${check.rules.map((r) => r.id).join('/')} failed: ${err.message}`,
                fix: CHECK_CRASHED.fix
            });
        }
    }
    return findings;
}
/** Applies the baseline's `rules:` overrides (severity or `off`); unknown rule IDs are usage errors. */
function applyOverrides(findings, baseline) {
    for (const [id, override] of Object.entries(baseline.rules)) {
        if (!ruleById(id)) {
            const suggestion = suggestRule(id);
            throw new UsageError(`unknown rule '${id}' in the baseline's rules section${suggestion ? ` (did you mean ${suggestion}?)` : ''}`, override.location, 'run `go-baseline-gate rules` for the list of rule IDs');
        }
    }
    const out = [];
    for (const f of findings) {
        const override = baseline.rules[f.rule]?.value;
        if (override === 'off')
            continue;
        out.push(override ? { ...f, severity: override } : f);
    }
    return out.sort(compareFindings);
}
function preflightSummary(p) {
    return {
        mode: p.mode,
        command: p.command,
        durationMs: p.durationMs,
        ...(p.exitCode !== undefined ? { exitCode: p.exitCode } : {}),
        ...(p.notChecked ? { notChecked: p.notChecked } : {}),
        ...(p.skipped ? { skipped: p.skipped } : {}),
        ...(p.timedOutAfterS !== undefined ? { timedOutAfterS: p.timedOutAfterS } : {})
    };
}
/** collect facts -> check -> decide. Rendering is the caller's (CLI or action). */
async function runGate(opts, hooks = {}) {
    const started = Date.now();
    const collected = await collectFacts(opts, (goEnv) => loadBaseline({
        path: opts.baseline,
        root: opts.root,
        defaultPath: DEFAULT_BASELINE,
        goos: goEnv.GOOS ?? process.platform,
        goarch: goEnv.GOARCH ?? process.arch,
        runnerOs: (hooks.env ?? process.env).RUNNER_OS
    }), hooks);
    const { baseline } = collected;
    // The checks that do not read the preflight run while Go's loader still runs; the findings
    // keep the order of allChecks (locateFindings places each finding on its own).
    const at = allChecks.indexOf(preflightCheck);
    const early = (checks) => locateFindings(runChecks(collected.facts, baseline, checks), collected.facts, baseline);
    const before = early(allChecks.slice(0, at));
    const after = early(allChecks.slice(at + 1));
    await hooks.whileGoLoads?.(before.concat(after), opts.root, baseline.path);
    const facts = withPreflight(collected.facts, await collected.preflight, hooks);
    const own = locateFindings(runChecks(facts, baseline, [preflightCheck]), facts, baseline);
    const checked = deferToGo(before.concat(own, after), facts.preflight, (id) => ruleById(id)?.area === 'modfile');
    const findings = dedupePreflight(applyOverrides(checked, baseline));
    const decision = decide(findings, opts.mode, opts.failOn);
    const disabled = new Set(Object.entries(baseline.rules)
        .filter(([, o]) => o.value === 'off')
        .map(([id]) => id));
    const environment = {};
    for (const key of ENVIRONMENT_KEYS) {
        const value = facts.go.env[key];
        if (value !== undefined)
            environment[key] = value;
    }
    const report = {
        ...decision,
        mode: opts.mode,
        failOn: opts.failOn,
        goVersion: facts.go.version,
        goBinary: facts.go.binary,
        findings,
        baseline: baseline.path,
        rules: RULES.filter((r) => !disabled.has(r.id)),
        root: opts.root,
        dir: opts.dir,
        environment,
        ...(facts.cache ? { cache: facts.cache } : {}),
        ...(facts.preflight ? { preflight: preflightSummary(facts.preflight) } : {}),
        durationMs: Date.now() - started
    };
    return { report, facts, baseline };
}

/**
 * Escaping for every place untrusted text can land. Values from `go env`, go.mod comments, file
 * names and the baseline may contain `::`, `%`, newlines, Markdown or HTML: they must stay text.
 */
/** Message part of a workflow command (`::error ...::<data>`), as @actions/core escapes it. */
function escapeCommandData(s) {
    // The common case (nothing to escape) checked in one pass: escaping runs once per finding.
    if (!/[%\r\n]/.test(s))
        return s;
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A property value of a workflow command (`file=`, `title=`): also `:` and `,`. */
function escapeCommandProperty(s) {
    return escapeCommandData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
const HTML = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;'
};
/**
 * Text inside Markdown (tables included, not at the start of a block): Markdown punctuation
 * backslash-escaped (`|` too, for tables), `&`, `<`, `>` HTML-escaped, and newlines folded to `<br>`
 * so one value stays one cell.
 */
function escapeMarkdown(s) {
    // Backslash-escape before making entities (it would turn `&#39;` into `&\#39;`). Quotes stay:
    // they only matter inside attributes, and `it's` must read as text in the plain Markdown.
    return s
        .replace(/([\\`*_[\]{}()#+!|~])/g, '\\$1')
        .replace(/[&<>]/g, (c) => HTML[c] ?? c)
        .replace(/\r?\n|\r/g, '<br>');
}
/**
 * Inline code in Markdown that cannot be broken out of: a fence longer than any backtick run
 * inside, newlines folded, `|` escaped so a table cell stays one cell. (Code spans show `<`, `&`
 * literally, so no HTML escaping is needed or wanted inside them.)
 */
function markdownCode(s) {
    const flat = s.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
    // A loop, not Math.max(...runs): a value with very many backtick runs must not overflow the stack.
    let longest = 0;
    for (const run of flat.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/**
 * One line for a terminal: control characters (ANSI escapes, CR, LF) shown as `\xNN`, not
 * executed, so a value can neither recolour the terminal nor start a new line.
 */
function escapeTerminal(s) {
    // A test first: most text has no control character, and a test is cheaper than a replace.
    if (!TERMINAL_CONTROL.test(s))
        return s;
    return s.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000a-\u001f\u007f\u009b]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f\u009b]/;

/** GitHub shows at most this many annotations of each level per step (and 50 per job). */
const ANNOTATIONS_PER_LEVEL = 10;
function toAnnotation(f) {
    const rule = ruleById(f.rule);
    const loc = f.location;
    // Only paths inside the repository can land on a PR's diff; absolute ones stay in the message.
    const inRepo = loc && loc.file && !loc.file.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(loc.file);
    const where = loc && !inRepo ? ` [${loc.file}${loc.line ? `:${loc.line}` : ''}]` : '';
    return {
        level: f.severity,
        message: `${f.message}${where}${f.fix ? `\nfix: ${f.fix}` : ''}`,
        properties: {
            title: `${f.rule}${rule ? ` ${rule.name}` : ''}`,
            ...(inRepo && loc
                ? {
                    file: loc.file,
                    ...(loc.line ? { line: loc.line } : {}),
                    ...(loc.line && loc.column ? { col: loc.column } : {}),
                    ...(loc.endLine ? { endLine: loc.endLine } : {}),
                    ...(loc.endLine && loc.endColumn ? { endColumn: loc.endColumn } : {})
                }
                : {})
        }
    };
}
/**
 * The annotations to emit: most severe first, at most ANNOTATIONS_PER_LEVEL per level minus what
 * the step itself will print at that level (`reserved`: the failure message is an `::error` too),
 * since GitHub drops the rest silently. n log n in the number of findings (one sort).
 */
function selectAnnotations(findings, reserved = {}) {
    const used = { error: 0, warning: 0, notice: 0 };
    const limit = (s) => Math.max(0, ANNOTATIONS_PER_LEVEL - (reserved[s] ?? 0));
    const annotations = [];
    const byFinding = new Map();
    let dropped = 0;
    for (const f of [...findings].sort(compareFindings)) {
        if (used[f.severity] >= limit(f.severity)) {
            dropped++;
            continue;
        }
        used[f.severity]++;
        const a = toAnnotation(f);
        annotations.push(a);
        byFinding.set(f, a);
    }
    return { annotations, byFinding, used, dropped };
}
/** The workflow command for one annotation, escaped so untrusted text can't start another command. */
function formatAnnotation(a) {
    const props = Object.entries(a.properties)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${escapeCommandProperty(String(v))}`)
        .join(',');
    return `::${a.level}${props ? ` ${props}` : ''}::${escapeCommandData(a.message)}`;
}

/**
 * Markdown building blocks shared by the job summary and the PR comment. Every value that came
 * from a Finding, `go env`, a file name or the baseline goes through `prose` or `code` (or a fence):
 * nothing untrusted reaches the output as markup.
 */
/** Longest piece of one untrusted value we render; longer ones are cut (the JSON report keeps all). */
const MAX_VALUE = 2000;
/** Cut `s` to `max` characters (never inside a surrogate pair), marking the cut. */
function clip(s, max = MAX_VALUE) {
    if (s.length <= max)
        return s;
    const end = /[\uD800-\uDBFF]/.test(s.charAt(max - 1)) ? max - 1 : max;
    return `${s.slice(0, end)}… (${s.length - end} more characters)`;
}
/**
 * Plain text rendered as Markdown text: escaped, and with `@name` mentions broken by a zero-width
 * space so a hostile value cannot notify people or teams from a PR comment.
 */
function prose(s, opts = {}) {
    if (!s)
        return '';
    const text = opts.wrap ? breakable(clip(s)) : clip(s);
    return escapeMarkdown(text.replace(/(^|[^\w`])@(?=[\w-])/g, '$1@\u200b'));
}
/** A value shown literally in an inline code span (table-safe); empty for a missing value. */
function code(s) {
    if (s === undefined || s.trim() === '')
        return '';
    return markdownCode(clip(s));
}
/** A fenced code block that the text cannot close: the fence is longer than any backtick run in it. */
function fence(s) {
    const longest = Math.max(2, ...(s.match(/`+/g) ?? []).map((r) => r.length));
    const f = '`'.repeat(longest + 1);
    return `${f}text\n${clip(s, 4 * MAX_VALUE).replace(/\r\n?/g, '\n')}\n${f}`;
}
/** `file:line:column`, as far as known. */
function where(loc) {
    if (!loc)
        return undefined;
    let s = loc.file;
    if (loc.line)
        s += `:${loc.line}`;
    if (loc.line && loc.column)
        s += `:${loc.column}`;
    return s;
}
const ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
const SHA = /^[0-9a-f]{7,64}$/i;
const REPOSITORY = /^[\w.-]+\/[\w.-]+$/;
/** The link context of the run from the runner's environment, or undefined when incomplete. */
function linkContextFromEnv(env) {
    const event = readEvent(env);
    const head = event.pull_request?.head?.sha;
    const sha = typeof head === 'string' && SHA.test(head) ? head : env.GITHUB_SHA;
    const repository = env.GITHUB_REPOSITORY;
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    if (!sha || !SHA.test(sha) || !repository || !REPOSITORY.test(repository))
        return undefined;
    if (!/^https?:\/\/[^\s()<>]+$/.test(serverUrl))
        return undefined;
    return { serverUrl, repository, sha };
}
/** A path segment for a URL: also `(`, `)` and the other characters Markdown link syntax uses. */
function urlSegment(s) {
    return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/**
 * The file and line at the commit (`…/blob/SHA/path#L3`), for a location inside the repository;
 * undefined for an absolute path, one outside the repository, or without a link context.
 */
function blobUrl(loc, links) {
    if (!loc || !links)
        return undefined;
    const parts = loc.file.split(/[\\/]/);
    if (loc.file === '' ||
        /^([a-zA-Z]:)?[\\/]/.test(loc.file) ||
        parts.some((p) => p === '..' || p === '')) {
        return undefined;
    }
    const anchor = loc.line
        ? `#L${loc.line}${loc.endLine && loc.endLine > loc.line ? `-L${loc.endLine}` : ''}`
        : '';
    return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${parts.map(urlSegment).join('/')}${anchor}`;
}
/** `[text](url)`, or the text alone without a URL. The text must already be rendered. */
function link(text, url) {
    return url ? `[${text}](${url})` : text;
}
/** The rule ID linked to its entry in docs/rules.md (an unknown ID stays plain text). */
function ruleLink(id) {
    let out = ruleLinks.get(id);
    if (out === undefined) {
        const rule = ruleById(id);
        ruleLinks.set(id, (out = link(prose(id), rule ? docsUrl(rule) : undefined)));
    }
    return out;
}
/** ruleLink of each ID asked (a summary links the rule of every row). */
const ruleLinks = new Map();
/** The run's page, `…/actions/runs/ID`, from the runner's environment. */
function runUrl(env) {
    const links = linkContextFromEnv(env);
    const id = env.GITHUB_RUN_ID;
    if (!links || !id || !/^\d+$/.test(id))
        return undefined;
    const attempt = env.GITHUB_RUN_ATTEMPT;
    const suffix = attempt && /^\d+$/.test(attempt) && attempt !== '1' ? `/attempts/${attempt}` : '';
    return `${links.serverUrl}/${links.repository}/actions/runs/${id}${suffix}`;
}
/**
 * The verdict: the first line says pass/warn/fail and how many violations, the second the
 * settings and counts. `where` names the checked directory when it is not the repository root.
 */
function verdict(report, level, where) {
    const { errors, warnings, notices } = report.counts;
    const total = errors + warnings + notices;
    const headline = report.violations > 0
        ? `${plural(report.violations, 'violation')}`
        : total > 0
            ? `no violations, ${plural(total, 'finding')} below ${code(report.failOn)}`
            : 'no findings';
    const facts = [
        total > 0
            ? `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')}`
            : undefined,
        `mode ${code(report.mode)}`,
        `fail-on ${code(report.failOn)}`,
        report.goVersion ? code(report.goVersion) : undefined,
        where ? `in ${code(where)}` : undefined
    ].filter((f) => f !== undefined);
    return `${level} ${ICON[report.result]} go-baseline-gate: ${report.result} — ${headline}\n\n${facts.join(' · ')}`;
}
/** A GitHub-flavoured Markdown table; cells must already be rendered (see `prose`, `code`). */
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    const out = [line(header), line(header.map(() => '---'))];
    for (const r of rows)
        out.push(line(r));
    return out.join('\n');
}
/** Four columns, so the table fits a pull-request page: the JSON report has expected/actual/source. */
const FINDING_HEADER = ['Severity', 'Rule', 'Location', 'Message'];
/** Longest place shown in a table cell or fix list; longer ones keep their end (the file name). */
const MAX_PLACE = 40;
/**
 * `file:line:column` short enough for a narrow column: a long path (a build-cache file, say)
 * keeps its last characters after `…`, and a long last segment is cut in its middle. The full
 * path stays in the JSON report, SARIF and the log.
 */
function shortWhere(loc) {
    const full = where(loc);
    if (full === undefined || full.length <= MAX_PLACE)
        return full;
    /** `t` in `room` characters: its start, `…`, its end. */
    const middle = (t, room) => {
        const head = Math.floor((room - 1) / 2);
        return `${t.slice(0, head)}…${t.slice(t.length - (room - 1 - head))}`;
    };
    const slash = full.lastIndexOf('/', full.length - 2);
    if (slash < 0)
        return middle(full, MAX_PLACE);
    const name = full.slice(slash + 1);
    if (name.length > MAX_PLACE - 2)
        return `…/${middle(name, MAX_PLACE - 2)}`;
    const dir = full.slice(0, slash + 1);
    return `…${dir.slice(dir.length - (MAX_PLACE - 1 - name.length))}${name}`;
}
function findingRow(f, links) {
    return [
        // a no-break space keeps the icon and the word on one line
        `${SEVERITY_ICON[f.severity]}\u00a0${f.severity}`,
        ruleLink(f.rule),
        link(code(shortWhere(f.location)), blobUrl(f.location, links)),
        prose(f.message, { wrap: true })
    ];
}
/** A word this long (a path, a hash) would widen its column past the page: it may break. */
const LONG_WORD = 24;
/**
 * Text whose long words (paths, hashes) may wrap: a zero-width space after each `/` and every
 * LONG_WORD characters of an unbroken run. Only for prose in table cells, never for commands.
 */
function breakable(s) {
    return s.replace(LONG_RUN, (word) => word.replace(/\//g, '/\u200b').replace(LONG_PART, '$&\u200b'));
}
// Made once: breakable runs for every row of a summary. A run starts where the text or a space
// ends (the lookbehind): tried from inside a word, a run would scan that word again and again.
const LONG_RUN = new RegExp(`(?<!\\S)\\S{${LONG_WORD + 1},}`, 'g');
const LONG_PART = new RegExp(`[^/\\u200b]{${LONG_WORD}}(?=[^/\\u200b])`, 'g');
/**
 * The rendered pieces of each finding (table row, fix target), made once and reused: the size
 * search of `fitFindings` tries many prefixes of one report, and must not escape a finding again
 * for each, nor join and measure its rows again: each row is measured once, by `measure` (the
 * unit of the document's limit), and runs of rows are measured from the running total.
 */
class FindingCells {
    findings;
    links;
    measure;
    rows = [];
    targets = [];
    fixes = new Map();
    /** ends[i]: what rows 0 … i-1 take, one newline each. */
    ends = [0];
    constructor(findings, links, measure) {
        this.findings = findings;
        this.links = links;
        this.measure = measure;
    }
    row(i) {
        return (this.rows[i] ??=
            `| ${findingRow(this.findings[i], this.links).join(' | ')} |`);
    }
    target(i) {
        const f = this.findings[i];
        return (this.targets[i] ??= [prose(f.rule), code(shortWhere(f.location))]
            .filter(Boolean)
            .join(' '));
    }
    fix(text) {
        let out = this.fixes.get(text);
        if (out === undefined)
            this.fixes.set(text, (out = fixText(text)));
        return out;
    }
    /** What rows 0 … n-1 take with a newline each (rows are measured once, in order). */
    end(n) {
        const { ends } = this;
        for (let i = ends.length - 1; i < n; i++) {
            ends.push(ends[i] + this.measure(this.row(i)) + 1);
        }
        return ends[n];
    }
    /** What row i adds to a document (with its newline). */
    rowSize(i) {
        return this.end(i + 1) - this.end(i);
    }
    /** Rows `from` … `to - 1` joined by newlines, measured. */
    runSize(from, to) {
        return to > from ? this.end(to) - this.end(from) - 1 : 0;
    }
    /**
     * How many rows fit in `budget` (one newline each): an upper bound on the findings any
     * document under that budget can show. Renders no row past the budget.
     */
    rowsWithin(budget) {
        for (let i = 0; i < this.findings.length; i++)
            if (this.end(i + 1) > budget)
                return i;
        return this.findings.length;
    }
}
/** Rows `from` … `to - 1` of a table, joined by newlines only when the document is written. */
class RowRun {
    cells;
    from;
    to;
    constructor(cells, from, to) {
        this.cells = cells;
        this.from = from;
        this.to = to;
    }
}
/** The pieces joined by `sep` (a string piece, or the pieces of a document, each). */
function joinDoc(parts, sep) {
    const out = [];
    for (let i = 0; i < parts.length; i++) {
        if (i > 0)
            out.push(sep);
        const part = parts[i];
        if (typeof part === 'string')
            out.push(part);
        else
            for (const piece of part)
                out.push(piece);
    }
    return out;
}
/**
 * The size of `doc` by `measure`, which must be the measure of the cells its runs come from: the
 * sum of its pieces' sizes (both measures used, characters and UTF-8 bytes, add up over pieces
 * that split no character).
 */
function docSize(doc, measure) {
    let size = 0;
    for (const piece of doc) {
        size += typeof piece === 'string' ? measure(piece) : piece.cells.runSize(piece.from, piece.to);
    }
    return size;
}
/** The text of `doc`. */
function docText(doc) {
    const out = [];
    for (const piece of doc) {
        if (typeof piece === 'string')
            out.push(piece);
        else {
            for (let i = piece.from; i < piece.to; i++) {
                if (i > piece.from)
                    out.push('\n');
                out.push(piece.cells.row(i));
            }
        }
    }
    return out.join('');
}
const TABLE_HEAD = `| ${FINDING_HEADER.join(' | ')} |\n| ${FINDING_HEADER.map(() => '---').join(' | ')} |`;
/**
 * The table of the first `shown` findings; after `open` rows the rest go into a collapsed
 * `<details>` block.
 */
function findingsTable(cells, shown, open = Infinity) {
    const head = Math.min(shown, open);
    const doc = [TABLE_HEAD];
    if (head > 0)
        doc.push('\n', new RowRun(cells, 0, head));
    if (shown > head) {
        const rest = [`${TABLE_HEAD}\n`, new RowRun(cells, head, shown)];
        doc.push('\n\n', ...detailsDoc(plural(shown - head, 'more finding'), rest));
    }
    return doc;
}
/** Places named per fix before the rest are counted ("and 12 more"). */
const TARGETS_SHOWN = 5;
/** A command to copy: one line that starts with a program the fixes use. */
const COMMAND = /^(go|gofmt|git|cd|go-baseline-gate|echo|export|unset|rm)\s/;
/**
 * A fix as wrapping Markdown: a one-line command as inline code, text with its `quoted` commands
 * as inline code, and only a multi-line fix in a fenced block (it is a script).
 */
function fixText(fix) {
    const text = fix.trim();
    if (/[\r\n]/.test(text))
        return `\n\n${indent(fence(text), '  ')}`;
    if (COMMAND.test(text))
        return code(text);
    const out = [];
    const re = /`([^`]+)`/g;
    let last = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        out.push(prose(text.slice(last, m.index)), code(m[1]));
        last = m.index + m[0].length;
    }
    out.push(prose(text.slice(last)));
    return out.join('');
}
/**
 * One Markdown list item per distinct fix among the first `shown` findings, then the rules and
 * places it fixes (at most TARGETS_SHOWN, then a count). Linear time.
 */
function fixItems(cells, shown) {
    const byFix = new Map();
    for (let i = 0; i < shown; i++) {
        const fix = cells.findings[i]?.fix;
        if (!fix?.trim())
            continue;
        let group = byFix.get(fix);
        if (!group)
            byFix.set(fix, (group = { targets: new Set(), more: 0 }));
        if (group.targets.size < TARGETS_SHOWN)
            group.targets.add(cells.target(i));
        else if (!group.targets.has(cells.target(i)))
            group.more++;
    }
    const items = [];
    for (const [fix, { targets, more }] of byFix) {
        const names = [...targets].join(', ') + (more > 0 ? ` and ${more} more` : '');
        const text = cells.fix(fix);
        // the fix first, so a reader sees what to do before where; a multi-line fix is a block below
        items.push(text.startsWith('\n') ? `- ${names}:${text}` : `- ${text} — ${names}`);
    }
    return items;
}
function indent(s, by) {
    return s
        .split('\n')
        .map((l) => by + l)
        .join('\n');
}
/** A collapsible block; the blank lines let GitHub render the Markdown inside. */
function details(summary, body) {
    return docText(detailsDoc(summary, [body]));
}
/** `details` around a document (the folded rows of a findings table). */
function detailsDoc(summary, body) {
    return [`<details><summary>${summary}</summary>\n\n`, ...body, '\n\n</details>'];
}
/**
 * The largest document that fits `limit`: `render(k)` shows the first k findings. No document
 * can show more findings than `upper` (see `FindingCells.rowsWithin`), so the search runs over
 * [0, upper]. With `rowSize` (what row k adds to a document, at least), a document over the
 * limit by some bytes is followed by one without enough of its last rows to cover them; then,
 * since a document grows about linearly with its rows, the count where the line through the
 * sizes of the largest document that fits and the smallest that does not crosses the limit
 * (two guesses in a row that do not halve the range are followed by a bisection): about four
 * tries. Without it, a binary search: about log2(upper) tries. Both find the same count
 * (documents grow with k). A try builds a `Doc` and adds up its pieces' sizes (`docSize`, with
 * `measure`); only the document kept is joined into text.
 */
function fitFindings(total, limit, measure, render, upper = total, rowSize) {
    const most = Math.min(total, upper);
    const size = (doc) => docSize(doc, measure);
    const first = render(most);
    const firstSize = size(first);
    if (firstSize <= limit)
        return docText(first);
    // lo fits (or is -1), hi does not; their sizes as measured.
    let lo = -1;
    let hi = most;
    let loSize = 0;
    let hiSize = firstSize;
    let best;
    let smallest = first;
    const tryCount = (k) => {
        const doc = render(k);
        const bytes = size(doc);
        if (k === 0)
            smallest = doc;
        if (bytes <= limit) {
            lo = k;
            loSize = bytes;
            best = doc;
            return true;
        }
        hi = k;
        hiSize = bytes;
        return false;
    };
    if (rowSize) {
        // Down: drop the last rows until they cover what the document is over.
        while (lo < 0 && hi > 0) {
            let k = hi;
            for (let dropped = 0; k > 0 && dropped < hiSize - limit;)
                dropped += rowSize(--k);
            tryCount(k === hi ? hi - 1 : k);
        }
        // Between: where the sizes' line crosses the limit; the middle after two guesses in a row
        // that did not halve the range.
        let poor = 0;
        while (lo >= 0 && hi - lo > 1) {
            const range = hi - lo;
            let k = (lo + hi) >> 1;
            if (poor < 2) {
                const slope = (hiSize - loSize) / range;
                k = Math.min(hi - 1, Math.max(lo + 1, lo + Math.floor((limit - loSize) / slope)));
            }
            tryCount(k);
            poor = poor < 2 && 2 * (hi - lo) > range ? poor + 1 : 0;
        }
    }
    while (hi - lo > 1)
        tryCount((lo + hi) >> 1);
    if (best !== undefined)
        return docText(best);
    // Not even 0 findings fit: `smallest` is that document (render(0), or `first` when most is 0).
    return cutTo(docText(smallest), limit, measure);
}
/** Last resort when even the smallest document is too big: a hard cut with a note. */
function cutTo(s, limit, measure) {
    const note = '\n\n… (cut to fit the size limit)\n';
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (measure(s.slice(0, mid) + note) <= limit)
            lo = mid;
        else
            hi = mid - 1;
    }
    return s.slice(0, lo) + note;
}
const utf8Bytes = (s) => Buffer.byteLength(s, 'utf8');
const chars = (s) => s.length;

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
function formatBytes(n) {
    let v = n;
    let u = 0;
    while (v >= 1024 && u < UNITS.length - 1) {
        v /= 1024;
        u++;
    }
    return u === 0 ? `${n} B` : `${v.toFixed(1)} ${UNITS[u]}`;
}
const count = (n) => n.toLocaleString('en-US');
const VERIFY = {
    full: 'full (entry format, output sizes and SHA-256 of every output)',
    quick: 'quick (entry format and output sizes)',
    off: 'off'
};
function cacheRows(cache) {
    if (!cache)
        return [];
    const s = cache.stats;
    const rows = [
        ['Cache', code(cache.root)],
        ['Verified', VERIFY[cache.verify]],
        ['Action entries', count(s.entries)],
        ['Outputs', `${count(s.outputs)} (${count(s.orphanOutputs)} not referenced by any entry)`],
        ['Size', formatBytes(s.bytes)],
        [
            'Last use',
            `${count(s.ages.day)} within a day, ${count(s.ages.week)} within 5 days, ${count(s.ages.older)} older`
        ],
        ['Fuzz corpus', `${plural(s.fuzzFiles, 'file')}, ${formatBytes(s.fuzzBytes)}`],
        ['trim.txt', trim(cache)],
        ['Problems', problems(cache)]
    ];
    const p = cache.prune;
    rows.push([
        'Pruned',
        p
            ? `${plural(p.entries, 'path')}, ${formatBytes(p.bytes)} (mode ${code(p.mode)}: ${count(p.corrupt)} broken, ${count(p.stale)} stale, ${count(p.overBudget)} over the size budget)` +
                (p.failed.length ? `; ${count(p.failed.length)} could not be removed` : '')
            : 'nothing'
    ]);
    rows.push(['Size after pruning', formatBytes(cache.bytesAfter)]);
    rows.push(['Stale entries left', count(cache.staleAfter)]);
    rows.push(['Scan time', `${Math.round(cache.durationMs)} ms`]);
    return rows;
}
/** One line for the folded cache section: entries, size, problems and what was pruned. */
function cacheSummary(cache) {
    const s = cache.stats;
    const parts = [`${count(s.entries)} entries`, formatBytes(s.bytes)];
    const n = cache.problems.length;
    parts.push(n === 0 ? 'no problems' : `${count(n)} problem${n === 1 ? '' : 's'}`);
    if (cache.prune)
        parts.push(`${formatBytes(cache.prune.bytes)} pruned`);
    return parts.join(', ');
}
function trim(cache) {
    const t = cache.trim;
    const when = t.lastTrim !== undefined ? ` (last trim ${new Date(t.lastTrim * 1000).toISOString()})` : '';
    return `${t.state}${when}`;
}
function problems(cache) {
    if (cache.problems.length === 0)
        return 'none';
    const byKind = new Map();
    for (const p of cache.problems)
        byKind.set(p.kind, (byKind.get(p.kind) ?? 0) + 1);
    return [...byKind].map(([kind, n]) => `${count(n)} ${code(kind)}`).join(', ');
}

/**
 * The checked directory relative to the repository root (`/`-separated), or undefined for the
 * root itself; an absolute path when it lies outside the root.
 */
function relativeDir(report) {
    const rel = path.relative(report.root, report.dir);
    if (rel === '')
        return undefined;
    if (rel.startsWith('..') || path.isAbsolute(rel))
        return report.dir;
    return rel.split(path.sep).join('/');
}

/**
 * The job summary (GITHUB_STEP_SUMMARY), laid out for a reviewer's five seconds: the verdict line
 * first, then the findings (most severe first) in a four-column table with the rule linked to its
 * docs and the place linked to the file and line at the commit, then the fixes as a list; the
 * environment and the build-cache statistics are folded into `<details>`, so a passing run shows
 * about five lines. At most 1 MiB (GitHub's limit per step): findings are cut from the end with a
 * note when a report is larger.
 */
/** GitHub's limit for one step's summary, in bytes. */
const SUMMARY_LIMIT = 1024 * 1024;
/** Findings shown before the rest fold into `<details>`. */
const OPEN_ROWS = 10;
function renderSummary(report, opts = {}) {
    const total = report.findings.length;
    const cells = new FindingCells(report.findings, opts.links, utf8Bytes);
    return fitFindings(total, SUMMARY_LIMIT, utf8Bytes, (shown) => render(report, opts, cells, shown), cells.rowsWithin(SUMMARY_LIMIT), (i) => cells.rowSize(i));
}
function render(report, opts, cells, shown) {
    const total = report.findings.length;
    const parts = [verdict(report, '##', relativeDir(report))];
    if (opts.recordedBaseline)
        parts.push(`Recorded the baseline to ${code(opts.recordedBaseline)}.`);
    if (shown < total) {
        parts.push(`> **Truncated:** ${total - shown} of ${plural(total, 'finding')} are not shown, to keep this summary under GitHub's 1 MiB limit. The JSON report (\`report\` output, \`--format json\`) lists all of them.`);
    }
    if (total > 0) {
        parts.push(findingsTable(cells, shown, OPEN_ROWS));
        if (opts.annotationsDropped) {
            parts.push(`${plural(opts.annotationsDropped, 'finding')} did not get an annotation (GitHub shows at most 10 per level per step); all ${total} are in this table.`);
        }
        const fixes = fixItems(cells, shown);
        if (fixes.length > OPEN_ROWS) {
            parts.push(details(`<strong>How to fix</strong> (${fixes.length} fixes)`, fixes.join('\n')));
        }
        else if (fixes.length > 0) {
            parts.push('**How to fix**', fixes.join('\n'));
        }
    }
    parts.push(details('Environment', table(['Fact', 'Value'], environmentRows(report))));
    const cache = cacheRows(report.cache);
    if (report.cache && cache.length > 0) {
        parts.push(details(`Build cache: ${cacheSummary(report.cache)}`, table(['Statistic', 'Value'], cache)));
    }
    const doc = joinDoc(parts, '\n\n');
    doc.push('\n');
    return doc;
}
function environmentRows(report) {
    const facts = [
        ['Go', report.goVersion],
        ['go binary', report.goBinary],
        ['Baseline', report.baseline ?? 'built-in policy'],
        ['Repository root', report.root],
        ['Checked directory', report.dir]
    ];
    const rows = [];
    for (const [k, v] of facts)
        if (v !== undefined)
            rows.push([k, code(v)]);
    const env = Object.entries(report.environment).sort(([a], [b]) => compareStrings(a, b));
    for (const [k, v] of env)
        rows.push([code(k), code(v)]);
    rows.push(['Duration', `${Math.round(report.durationMs)} ms`]);
    return rows;
}

function paint(on) {
    return (c, s) => (s);
}
const LEVEL_COLOR = { error: 'red', warning: 'yellow', notice: 'cyan' };
/** Human output for a terminal: one block per finding, a verdict line last. Colour only when asked. */
function renderText(report, opts) {
    return [...textPieces(report)].join('');
}
/** Findings per piece of `textPieces`. */
const TEXT_FINDINGS = 64;
/**
 * The text of `renderText` in pieces of TEXT_FINDINGS findings (some tens of kilobytes), for a
 * writer that takes them one at a time: a large report is never one string.
 */
function* textPieces(report, opts) {
    const c = paint();
    let lines = [];
    // The first line's parts made once: per severity and rule, and per file (escaping works
    // character by character; the numbers need none).
    const heads = new Map();
    const files = new Map();
    let inPiece = 0;
    for (const f of report.findings) {
        const loc = f.location;
        const key = `${f.severity} ${f.rule}`;
        let head = heads.get(key);
        if (head === undefined) {
            const name = ruleById(f.rule)?.name;
            head = `${c(LEVEL_COLOR[f.severity], f.severity.padEnd(7))} ${c('bold', f.rule)}${name ? c('dim', ` ${name}`) : ''}`;
            heads.set(key, head);
        }
        let where = '';
        if (loc) {
            let file = files.get(loc.file);
            if (file === undefined)
                files.set(loc.file, (file = escapeTerminal(loc.file)));
            where = `${file}${loc.line ? `:${loc.line}` : ''}${loc.line && loc.column ? `:${loc.column}` : ''}`;
        }
        lines.push(where ? `${head}  ${where}` : head);
        lines.push(`        ${escapeTerminal(f.message)}`);
        if (f.expected !== undefined || f.actual !== undefined) {
            lines.push(c('dim', `        expected: ${escapeTerminal(f.expected ?? '-')}; actual: ${escapeTerminal(f.actual ?? '-')}`));
        }
        if (f.fix)
            lines.push(`        ${c('green', 'fix:')} ${escapeTerminal(f.fix)}`);
        if (++inPiece === TEXT_FINDINGS) {
            // Each line ends with its newline: the pieces joined are the lines joined.
            lines.push('');
            yield lines.join('\n');
            lines = [];
            inPiece = 0;
        }
    }
    const { errors, warnings, notices } = report.counts;
    const verdict = { pass: c('green', 'PASS'), warn: c('yellow', 'WARN'), fail: c('red', 'FAIL') }[report.result];
    const baseline = report.baseline
        ? `baseline ${escapeTerminal(path.relative(report.root, report.baseline) || report.baseline)}`
        : 'built-in policy';
    if (report.findings.length > 0)
        lines.push('');
    lines.push(`${verdict} ${errors} error(s), ${warnings} warning(s), ${notices} notice(s) · mode ${report.mode}, fail-on ${report.failOn} · ${escapeTerminal(report.goVersion ?? 'go ?')} · ${baseline}`);
    lines.push('');
    yield lines.join('\n');
}
/**
 * The Actions log of a run: each finding once, as a collapsed `::group::` whose title names it
 * (severity, rule, place); inside, its annotation when it got one (message and fix), else the
 * message and fix as text, then expected, actual and source. Untrusted text reaches the log only
 * through `protect` (which must keep it from being read as a workflow command) or as command data
 * escaped on one line. Ends with the note on held-back annotations and the verdict line.
 *
 * Each call of `command` and `protect` is a write to the log: consecutive command lines go out
 * in one call (the `::endgroup::` of a finding with the `::group::` of the next), and with
 * `write` (a raw writer for the log) the whole log goes out in batches of about 64 KiB, its
 * untrusted text protected here by `logText`, as `protect` would do.
 */
function writeActionLog(report, selection, out) {
    const log = actionLogWriter(out);
    // Group titles escaped by parts (both escapes work character by character): the severity and
    // rule once per pair, each file name once, the numbers need none.
    const files = new Map();
    const titles = new Map();
    const escaped = (text) => escapeCommandData(escapeTerminal(text));
    for (const f of report.findings) {
        const loc = f.location;
        const lineCol = loc?.line ? `:${loc.line}${loc.column ? `:${loc.column}` : ''}` : '';
        const at = loc && (loc.file !== '' || lineCol !== '')
            ? ` at ${files.get(loc.file) ?? memo(files, loc.file, escaped(loc.file))}${lineCol}`
            : '';
        const pair = `${f.severity} ${f.rule}`;
        let title = titles.get(pair);
        if (title === undefined) {
            const name = ruleById(f.rule)?.name;
            title = memo(titles, pair, escaped(`${pair}${name ? ` ${name}` : ''}`));
        }
        log.command(`::group::${title}${at}`);
        const annotation = selection.byFinding.get(f);
        const details = [];
        if (annotation)
            log.command(formatAnnotation(annotation));
        else
            details.push(f.message);
        if (f.expected !== undefined)
            details.push(`expected: ${f.expected}`);
        if (f.actual !== undefined)
            details.push(`actual:   ${f.actual}`);
        if (f.source !== undefined)
            details.push(`source:   ${f.source}`);
        if (!annotation && f.fix)
            details.push(`fix:      ${f.fix}`);
        if (details.length > 0)
            log.protect(terminalLines(details));
        log.command('::endgroup::');
    }
    if (selection.dropped > 0) {
        log.protect(`${selection.dropped} more finding(s) were not annotated (GitHub shows 10 per level per step, the step's own messages included); all are in the job summary.`);
    }
    log.protect(renderText({ ...report, findings: [] }));
    log.end();
}
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f\u009b]/;
/**
 * Lines joined by newlines, each escaped by `escapeTerminal`: the joined text tested once in the
 * common case (no control character but the newlines that join them).
 */
function terminalLines(lines) {
    const text = lines.join('\n');
    let newlines = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        newlines++;
    if (newlines === lines.length - 1 && !CONTROL_BUT_NEWLINE.test(text))
        return text;
    return lines.map(escapeTerminal).join('\n');
}
/** Output a batch is flushed at (characters). */
const LOG_BATCH = 64 * 1024;
/** The writes of `writeActionLog`, gathered into as few calls as the writer allows. */
function actionLogWriter(out) {
    const { write } = out;
    if (write) {
        let batch = [];
        let size = 0;
        const add = (s) => {
            batch.push(s);
            size += s.length;
            if (size >= LOG_BATCH)
                flush();
        };
        const flush = () => {
            if (batch.length > 0)
                write(batch.join(''));
            batch = [];
            size = 0;
        };
        return {
            command: (line) => add(`${line}\n`),
            protect: (text) => logText(text, add),
            end: flush
        };
    }
    // Command lines wait for the next text (or the end) and go out together.
    let lines = [];
    const flush = () => {
        if (lines.length > 0)
            out.command(lines.join('\n'));
        lines = [];
    };
    return {
        command: (line) => lines.push(line),
        protect: (text) => {
            flush();
            out.protect(text);
        },
        end: flush
    };
}
/** Stores `value` under `key` and returns it. */
function memo(map, key, value) {
    map.set(key, value);
    return value;
}

/**
 * JSON text for large reports, in pieces: the text `JSON.stringify(value, null, 2)` (or, compact,
 * `JSON.stringify(value)`) would give,
 * except that characters outside ASCII are written as `\uXXXX` escapes (the same JSON value, but
 * text V8 keeps at one byte per character, which is what lets 100k findings be written quickly).
 *
 * A large array (at least GROUP elements) is serialized a group of elements at a time, and a
 * `LazyArray` makes its elements only when their group is written: a report of 100k findings
 * never holds all of its JSON objects, nor its whole text in one string, unless the caller joins
 * the pieces (`jsonText`). Time and memory are linear in the size of the text.
 */
/**
 * Elements serialized per piece of a large array: few enough that a piece (a SARIF result is
 * about 1.2 KB) stays below V8's large-object size, so pieces are made in reused memory.
 */
const GROUP = 64;
/** Characters per piece handed out, at least (small pieces are joined up to it). */
const PIECE = 32 * 1024;
/** How deep below the top a large array is looked for (SARIF results sit at depth 4). */
const MAX_DEPTH = 6;
/** An array whose elements are made from `source` when written (in order, once each). */
class LazyArray {
    source;
    make;
    constructor(source, make) {
        this.source = source;
        this.make = make;
    }
    get length() {
        return this.source.length;
    }
    /** Every element: what JSON.stringify writes where the array is not written in pieces. */
    toJSON() {
        return this.slice(0, this.source.length);
    }
    slice(start, end) {
        const out = [];
        const stop = Math.min(end, this.source.length);
        for (let i = start; i < stop; i++)
            out.push(this.make(this.source[i], i));
        return out;
    }
}
function pad(depth) {
    return ' '.repeat(2 * depth);
}
/** `[\n  [\n    ` … and its closing: `depth` arrays around a value put it at that depth. */
const wrappers = [];
function wrapper(depth) {
    let w = wrappers[depth];
    if (!w) {
        let open = '';
        let close = '';
        for (let k = 0; k < depth; k++) {
            open += `[\n${pad(k + 1)}`;
            close = `\n${pad(k)}]${close}`;
        }
        wrappers[depth] = w = { open, close };
    }
    return w;
}
/** `value` as JSON.stringify(…, null, 2) writes it when it sits `depth` levels down. */
function atDepth(value, depth) {
    if (depth === 0)
        return JSON.stringify(value, null, 2);
    let wrapped = value;
    for (let k = 0; k < depth; k++)
        wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    const { open, close } = wrapper(depth);
    return text.slice(open.length, text.length - close.length);
}
function isPlainObject(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    const proto = Object.getPrototypeOf(value);
    return (proto === Object.prototype || proto === null) && !('toJSON' in value);
}
/** A value JSON.stringify leaves out of an object. */
function omitted(value) {
    return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
/** Whether `value` holds a large or lazy array within MAX_DEPTH levels (worth writing in pieces). */
function holdsLarge(value, depth) {
    if (value instanceof LazyArray)
        return true;
    if (depth >= MAX_DEPTH)
        return false;
    if (Array.isArray(value)) {
        if (value.length >= GROUP)
            return true;
        return value.some((v) => holdsLarge(v, depth + 1));
    }
    if (!isPlainObject(value))
        return false;
    for (const key in value)
        if (holdsLarge(value[key], depth + 1))
            return true;
    return false;
}
const INDENTED = {
    at: atDepth,
    line: (depth) => `\n${pad(depth)}`,
    colon: ': ',
    // A group written as an array at this depth is `[` lead e1 `,` lead e2 … `\n` pad `]`.
    cut: (depth) => ({ head: wrapper(1).open.length + 2 * depth, tail: 2 + 2 * depth })
};
const COMPACT = {
    at: (value) => JSON.stringify(value),
    line: () => '',
    colon: ':',
    cut: () => ({ head: 1, tail: 1 })
};
function* pieces(value, depth, style) {
    if (!holdsLarge(value, depth)) {
        yield style.at(value, depth);
        return;
    }
    if (value instanceof LazyArray || Array.isArray(value)) {
        const items = value;
        const lead = style.line(depth + 1);
        if (items.length === 0) {
            yield '[]';
            return;
        }
        yield '[';
        if (items.length >= GROUP || items instanceof LazyArray) {
            const { head, tail } = style.cut(depth);
            for (let i = 0; i < items.length; i += GROUP) {
                const text = style.at(items.slice(i, i + GROUP), depth);
                yield `${i === 0 ? '' : ','}${lead}`;
                yield text.slice(head, text.length - tail);
            }
        }
        else {
            for (let i = 0; i < items.length; i++) {
                yield `${i === 0 ? '' : ','}${lead}`;
                const v = items[i];
                yield* pieces(omitted(v) ? null : v, depth + 1, style);
            }
        }
        yield `${style.line(depth)}]`;
        return;
    }
    const object = value;
    let first = true;
    yield '{';
    for (const key in object) {
        const v = object[key];
        if (omitted(v))
            continue;
        yield `${first ? '' : ','}${style.line(depth + 1)}${JSON.stringify(key)}${style.colon}`;
        first = false;
        yield* pieces(v, depth + 1, style);
    }
    yield `${style.line(depth)}}`;
}
/** Characters outside ASCII as `\uXXXX` (JSON escapes; a surrogate pair as two). */
function asciiOnly(text) {
    if (Buffer.byteLength(text, 'utf8') === text.length)
        return text;
    return text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * The JSON text of `value` (a JSON value, with `LazyArray`s allowed anywhere a large array is),
 * ending with a newline, as pieces of some tens of kilobytes (a group of elements, or small parts
 * joined). Indented as `JSON.stringify(value, null, 2)`, or with `compact` as
 * `JSON.stringify(value)`.
 */
function* jsonPieces(value, compact = false) {
    // Small pieces (keys, brackets, groups of small elements) go out together, up to PIECE
    // characters; a piece that large already goes out alone.
    let batch = [];
    let size = 0;
    const flush = () => {
        const text = asciiOnly(batch.join(''));
        batch = [];
        size = 0;
        return text;
    };
    for (const piece of pieces(value, 0, compact ? COMPACT : INDENTED)) {
        if (piece.length >= PIECE) {
            if (size > 0)
                yield flush();
            yield asciiOnly(piece);
            continue;
        }
        batch.push(piece);
        size += piece.length;
        if (size >= PIECE)
            yield flush();
    }
    batch.push('\n');
    yield flush();
}

/** Version of the JSON report's shape; bumped only on incompatible changes. */
const REPORT_SCHEMA_VERSION = 1;
/** The JSON report as a value, its findings made as they are written (see json-text.ts). */
function jsonDocument(report, ruleName) {
    const names = new Map();
    const nameOf = (id) => {
        let name = names.get(id);
        if (name === undefined)
            names.set(id, (name = ruleName(id) ?? null));
        return name;
    };
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        result: report.result,
        mode: report.mode,
        failOn: report.failOn,
        goVersion: report.goVersion ?? null,
        goBinary: report.goBinary ?? null,
        baseline: report.baseline ?? null,
        counts: report.counts,
        violations: report.violations,
        findings: new LazyArray(report.findings, (f) => ({
            rule: f.rule,
            name: nameOf(f.rule),
            severity: f.severity,
            message: f.message,
            file: f.location?.file ?? null,
            line: f.location?.line ?? null,
            column: f.location?.column ?? null,
            endLine: f.location?.endLine ?? null,
            endColumn: f.location?.endColumn ?? null,
            fix: f.fix ?? null,
            expected: f.expected ?? null,
            actual: f.actual ?? null,
            source: f.source ?? null
        })),
        environment: report.environment,
        cache: report.cache ?? null,
        preflight: report.preflight ?? null,
        durationMs: report.durationMs
    };
}

/** The tool's version; a test keeps it equal to package.json's. */
const VERSION = '1.0.0';

/**
 * Where the action writes the files nobody asked a path for (the JSON report, a recorded
 * baseline): `$RUNNER_TEMP/go-baseline-gate`, else a fresh private directory under the OS temp
 * directory. Never the workspace, so a run leaves `git status` clean.
 */
function defaultOutputDir(env) {
    if (env.RUNNER_TEMP)
        return path.join(env.RUNNER_TEMP, 'go-baseline-gate');
    return mkdtempSync(path.join(os.tmpdir(), 'go-baseline-gate-'));
}
/**
 * The JSON report's text in pieces (see report/json-text.ts): for a writer that can take them
 * one at a time, so a large report is never one string.
 */
function jsonReportPieces(report) {
    return jsonPieces(jsonDocument(report, (id) => ruleById(id)?.name));
}
/**
 * SARIF is read by tools (code scanning, viewers that indent it themselves): written compact, it
 * is a third smaller (GitHub takes at most 10 MB gzipped per upload) and quicker to make. The
 * JSON report stays indented for people reading it.
 */
const SARIF_COMPACT = true;
/** The SARIF log's text in pieces (see `jsonReportPieces`). */
async function sarifReportPieces(report, context = {}) {
    const { sarifDocument } = await import('./sarif.js');
    return jsonPieces(sarifDocument(report, VERSION, context), SARIF_COMPACT);
}
/**
 * The SARIF log's per-finding work (its fingerprints), done while go list runs: the entries pass
 * it as GateHooks.whileGoLoads when a SARIF log will be written.
 */
async function prepareSarif(findings, root, baseline) {
    (await import('./sarif.js')).prepareFingerprints(findings, root, baseline);
}
/** Bytes gathered before one write call: few calls, and no large string or buffer. */
const WRITE_BATCH = 1024 * 1024;
/**
 * Text pieces as UTF-8 in buffers of about `size` bytes, each piece encoded straight into its
 * place (no joined string, no buffer per piece to copy again). A piece too large for a batch
 * goes out as a buffer of its own. Each buffer is new: a writer may still hold the last one.
 */
function* byteBatches(pieces, size = WRITE_BATCH) {
    let batch = Buffer.allocUnsafeSlow(size);
    let used = 0;
    for (const piece of pieces) {
        // At most 3 bytes of UTF-8 per UTF-16 unit (a surrogate pair, 4 bytes, is two units).
        if (3 * piece.length > size - used) {
            if (used > 0) {
                yield batch.subarray(0, used);
                batch = Buffer.allocUnsafeSlow(size);
                used = 0;
            }
            if (3 * piece.length > size) {
                yield Buffer.from(piece, 'utf8');
                continue;
            }
        }
        used += batch.write(piece, used, 'utf8');
    }
    if (used > 0)
        yield batch.subarray(0, used);
}
/**
 * Writes text pieces to a new file, a batch of pieces per call (a large report is never one
 * string or one buffer). One batch is written while the next is made, so the disk and the
 * making of the text overlap.
 */
async function writePieces(file, pieces) {
    const fd = await open(file, 'w');
    try {
        await writeInOrder(fd, byteBatches(pieces));
    }
    finally {
        await close(fd);
    }
}
/**
 * Writes buffers to `fd` in their order, each batch written while the next is made, so the disk
 * and the making of the text overlap. Returns once every byte is written (or the first failure).
 */
async function writeInOrder(fd, batches) {
    let writing = Promise.resolve();
    try {
        for (const ready of batches) {
            await writing;
            writing = writeAll(fd, ready);
            writing.catch(() => { }); // handled by the next await; never an unhandled rejection
        }
        await writing;
    }
    finally {
        // A failed write must not leave the other one running on a handle the caller closes.
        await writing.catch(() => { });
    }
}
/** Writes every byte (a write may take fewer than it was given). */
async function writeAll(fd, bytes) {
    for (let done = 0; done < bytes.length;) {
        done += (await write(fd, bytes, done, bytes.length - done)).bytesWritten;
    }
}
/**
 * Writes the `report` (JSON) and `sarif` files when asked; paths are relative to the root.
 * Returns absolute paths. Two files are written at the same time (the text of one is made while
 * the system writes the other's), unless both are one path.
 */
async function writeReportFiles(report, files, context = {}) {
    const written = {};
    const jobs = [];
    for (const [kind, pieces] of [
        ['report', async () => jsonReportPieces(report)],
        ['sarif', () => sarifReportPieces(report, context)]
    ]) {
        const target = files[kind];
        if (target)
            jobs.push({ kind, abs: path.resolve(report.root, target), pieces });
    }
    const write = async (job) => {
        await mkdir(path.dirname(job.abs), { recursive: true });
        await writePieces(job.abs, await job.pieces());
    };
    if (jobs.length === 2 && jobs[0]?.abs !== jobs[1]?.abs)
        await Promise.all(jobs.map(write));
    else
        for (const job of jobs)
            await write(job);
    for (const job of jobs)
        written[job.kind] = job.abs;
    return written;
}

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

/**
 * `mode: record`: write a baseline from this job's environment into the job summary (and a file
 * under RUNNER_TEMP or the OS temp directory, output `recorded-baseline`), so a team can bootstrap from its CI environment.
 */
async function recordBaselineForSummary(opts, env) {
    const go = await collectGoFacts({ goBinary: opts.go, cwd: opts.dir, env });
    const text = renderBaseline({ go, processEnv: env, root: opts.root });
    const file = path.join(defaultOutputDir(env), 'go-baseline.yml');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    setOutput('recorded-baseline', file);
    setOutput('result', 'pass');
    setOutput('go-version', go.version);
    logText(`recorded baseline written to ${file}:\n${text}`, (s) => process.stdout.write(s));
    if (env.GITHUB_STEP_SUMMARY) {
        await summary
            .addRaw(`## go-baseline-gate: recorded baseline\n\nCommit this as \`.github/go-baseline.yml\` to gate later runs against this environment (${go.version}).\n\n${fence(text)}\n`)
            .write();
    }
}

const info = (text) => logText(text, (s) => process.stdout.write(s));
const INPUTS = [
    'mode',
    'fail-on',
    'baseline',
    'working-directory',
    'go',
    'cache-verify',
    'prune',
    'max-cache-age',
    'max-cache-size',
    'comment',
    'preflight',
    'report',
    'sarif'
];
/** The action's main step: inputs -> gate -> annotations, summary, outputs, comment -> verdict. */
async function run(env = process.env) {
    try {
        const raw = {};
        for (const name of INPUTS)
            raw[name] = getInput(name);
        const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
        const dir = path.resolve(workspace, raw['working-directory'] || '.');
        const opts = resolveOptions(raw, findRoot(dir, env), workspace);
        if (opts.mode === 'record') {
            await recordBaselineForSummary(opts, env);
            return;
        }
        opts.report ??= path.join(defaultOutputDir(env), 'report.json');
        const store = actionStore(env, info); // Actions cache transport: undefined unless `cache: true`
        const { report, facts, baseline } = await runGate(opts, {
            env,
            log: info,
            restore: store?.restore,
            ...(opts.sarif ? { whileGoLoads: prepareSarif } : {})
        });
        store?.finish(facts, baseline, opts); // Actions cache transport: output cache-hit, state for the post step
        // GitHub keeps 10 annotations per level per step, the step's own ones included: the failure
        // message (an ::error) and a warning from the PR comment get their slots first.
        const selection = selectAnnotations(report.findings, {
            error: report.result === 'fail' ? 1 : 0,
            warning: opts.comment !== 'off' ? 1 : 0
        });
        const { dropped } = selection;
        let warningsLeft = ANNOTATIONS_PER_LEVEL - selection.used.warning;
        writeActionLog(report, selection, {
            command: (line) => process.stdout.write(line + '\n'),
            protect: info,
            write: (text) => process.stdout.write(text)
        });
        const written = await writeReportFiles(report, opts, { env, matrix: getInput('matrix') });
        setOutput('result', report.result);
        setOutput('violations', String(report.violations));
        setOutput('errors', String(report.counts.errors));
        setOutput('warnings', String(report.counts.warnings));
        setOutput('go-version', report.goVersion ?? '');
        setOutput('report', written.report ?? '');
        setOutput('sarif', written.sarif ?? '');
        if (report.cache?.prune)
            setOutput('pruned-bytes', String(report.cache.prune.bytes));
        if (env.GITHUB_STEP_SUMMARY) {
            const links = linkContextFromEnv(env);
            await summary
                .addRaw(renderSummary(report, { annotationsDropped: dropped, links }))
                .write();
        }
        if (opts.comment !== 'off') {
            const { postComment } = await import('./github.js');
            await postComment(report, opts.comment, getInput('token'), env, { info, warning: (s) => (warningsLeft-- > 0 ? warning(s) : info(`warning: ${s}`)) }, { matrix: getInput('matrix'), commentKey: getInput('comment-key') });
        }
        if (report.result === 'fail') {
            setFailed(`go-baseline-gate: ${report.violations} violation(s) at or above '${report.failOn}' under mode enforce`);
        }
    }
    catch (err) {
        if (err instanceof UsageError) {
            if (err.location?.file) {
                const loc = err.location;
                process.stdout.write(formatAnnotation({
                    level: 'error',
                    message: `${err.message}${err.fix ? `\nfix: ${err.fix}` : ''}`,
                    properties: {
                        title: 'go-baseline-gate could not run',
                        file: path.isAbsolute(loc.file)
                            ? path.relative(env.GITHUB_WORKSPACE ?? process.cwd(), loc.file)
                            : loc.file,
                        ...(loc.line ? { line: loc.line } : {}),
                        ...(loc.column ? { col: loc.column } : {})
                    }
                }) + '\n');
            }
            setOutput('result', 'fail');
            setFailed(`go-baseline-gate could not run: ${err.format()}`);
            return;
        }
        setFailed(`go-baseline-gate: internal error: ${err.message}`);
    }
    finally {
        // A cache service call given up at its deadline may still hold a socket: end the step.
        if (abandonedCalls() > 0)
            process.exit();
    }
}

var main = /*#__PURE__*/Object.freeze({
    __proto__: null,
    run: run
});

export { DOCS_URL as D, FindingCells as F, LazyArray as L, PLACEHOLDERS as P, isValidGoRange as a, docsUrl as b, plural as c, didYouMean as d, chars as e, formatBytes$1 as f, fitFindings as g, findingsTable as h, isListKey as i, fixItems as j, details as k, joinDoc as l, link as m, code as n, prose as o, placeholdersIn as p, linkContextFromEnv as q, regexSyntaxError as r, suggest as s, throttledLog as t, runUrl as u, verdict as v, relativeDir as w, main as x };
