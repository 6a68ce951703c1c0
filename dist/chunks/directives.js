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

export { DirectiveError as D, isDirectoryPath as a, isGoPrint as b, collectError as c, parseReplace as d, parseVersion as e, checkMajor as f, goQuoteRune as g, parseGodebug as h, isValidSemver as i, parseToolchainDirective as j, parseGoDirective as k, linePos as l, modulePathMajor as m, goQuote as n, compareSemver as o, parsePathArg as p };
