import { g as getDefaultExportFromCjs } from './_commonjsHelpers.js';
import { g as requireSatisfies, o as requireValid } from './valid.js';

var satisfiesExports = requireSatisfies();
var satisfies = /*@__PURE__*/getDefaultExportFromCjs(satisfiesExports);

var validExports = requireValid();
var validRange = /*@__PURE__*/getDefaultExportFromCjs(validExports);

// Only the two semver functions used (not the whole package): start-up time.
const VERSION = /^(\d+)(?:\.(\d+))?(?:\.(\d+)|(alpha|beta|rc)(\d+))?$/;
const KIND_RANK = { '': 0, alpha: 1, beta: 2, rc: 3 };
/** Parses `1.21`, `1.21.0`, `1.21rc1`, `go1.22.3` (with or without the `go` prefix). Undefined if invalid. */
function parseGoVersion(text) {
    const m = VERSION.exec(text.startsWith('go') ? text.slice(2) : text);
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
/** True when `range` (npm semver syntax, e.g. `>=1.22.0 <1.24`) is a valid range. */
function isValidGoRange(range) {
    return validRange(range, { includePrerelease: true }) !== null;
}
/** Whether a Go version lies in a semver range. Undefined when the version is not a Go version. */
function goVersionInRange(version, range) {
    const s = goVersionToSemver(version);
    if (s === undefined)
        return undefined;
    return satisfies(s, range, { includePrerelease: true });
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
            return { ok: new RegExp(`^(?:${m.pattern})$`, 'u').test(actual), expected };
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

export { PLACEHOLDERS as P, pathListSeparator as a, compareGoVersions as b, correctedList as c, describeMatcher as d, expandPlaceholders as e, parseGoVersion as f, goVersionInRange as g, isValidGoRange as h, isListKey as i, placeholdersIn as j, isCaseInsensitiveOs as k, listElements as l, matchEnvValue as m, normalisePath as n, placeholderValues as p };
