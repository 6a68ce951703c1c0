import * as path from 'node:path';
import path__default, { join, resolve, dirname, isAbsolute } from 'node:path';
import { U as UsageError } from './errors.js';
import { r as readRegularFile, N as NotRegularFileError, F as FileTooLargeError } from './readfile.js';
import { d as displayPath, i as isInside } from './root.js';
import { g as goQuoteRune, i as isGoPrint, a as collectError, D as DirectiveError, l as linePos, p as parsePathArg, b as parseReplace, e as parseVersion, f as checkMajor, m as modulePathMajor, h as parseGodebug, j as parseToolchainDirective, k as parseGoDirective, n as goQuote, o as isValidSemver, q as hasGoModSum, r as hasZipSum, s as parseGoSum, t as isDirectoryPath, u as describeSource, v as deferToGo, w as dedupePreflight, x as decide, R as RULES, y as allChecks, C as CHECK_CRASHED, z as ruleById, A as suggestRule, B as compareFindings } from './rules.js';
import { a as pathCandidates, i as isExecutable, c as collectGoFacts } from './go.js';
import { readdir, stat, realpath, access, open, mkdir, writeFile } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { execFile } from 'node:child_process';
import { c as compareGoVersions } from './env.js';
import { constants, mkdtempSync } from 'node:fs';
import { p as parseDocument, i as isMap, L as LineCounter, a as isScalar, b as isSeq } from './public-api.js';
import { e as escapeCommandProperty, a as escapeCommandData, b as escapeTerminal } from './escape.js';
import * as os from 'node:os';

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
    const file = path__default.resolve(opts.path ?? path__default.join(opts.root, opts.defaultPath));
    const shown = displayPath(file, opts.root);
    const text = await readIfExists(file, shown);
    if (text === undefined) {
        if (opts.path === undefined)
            return builtinBaseline();
        throw new UsageError(`baseline file not found: ${opts.path}`, undefined, `create it with \`go-baseline-gate record --out ${opts.path}\`, or fix the path`);
    }
    // The parser and the validator load only when there is a file to read (start-up time).
    const [{ BaselineSource }, { schemaProblems, throwProblems }, { buildBaseline }] = await Promise.all([import('./source.js'), import('./validate.js'), import('./build.js')]);
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
async function replaceDirs(base, replaces) {
    return Promise.all(replaces
        .filter((r) => r.new.version === undefined && isDirectoryPath(r.new.path))
        .map(async (replace) => {
        const dir = resolve(base, replace.new.path);
        const hasGoMod = await isFile(join(dir, 'go.mod'));
        const go = hasGoMod ? await goLine(join(dir, 'go.mod')) : undefined;
        return { replace, dir, exists: await isDir$1(dir), hasGoMod, ...(go ? { go } : {}) };
    }));
}
/** Package lines whose directory under vendor/ is missing (go: cannot find module providing package). */
async function missingVendored(dir, vendor) {
    if (!vendor)
        return undefined;
    const pkgs = vendor.modules.flatMap((m) => m.packages);
    const present = await Promise.all(pkgs.map((p) => isDir$1(join(dir, 'vendor', ...p.path.split('/')))));
    return pkgs.filter((_, i) => !present[i]);
}
async function readMod(root, dir, main, errors, modFile = join(dir, 'go.mod')) {
    const parsed = await parseFile(root, modFile, (t, f) => parseGoMod(t, f), errors);
    if (!parsed)
        return undefined;
    const sumPath = modFile.replace(/\.mod$/, '.sum');
    const [sumText, vendorText, hasVendorDir, replaced] = await Promise.all([
        readText(sumPath),
        readText(join(dir, 'vendor', 'modules.txt')),
        isDir$1(join(dir, 'vendor')),
        replaceDirs(dir, parsed.replace)
    ]);
    const vendor = vendorText === undefined ? undefined : parseVendorModules(vendorText);
    const missing = await missingVendored(dir, vendor);
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
        return isAbsolute(gowork) ? gowork : resolve(dir, gowork);
    if ('GOWORK' in env)
        return undefined; // go env reports '' when the search found nothing
    return findUp(dir, 'go.work');
}
async function workspaceFacts(root, workPath, errors) {
    const parsed = await parseFile(root, workPath, (t, f) => parseGoWork(t, f), errors);
    if (!parsed)
        return { mods: [] };
    const workDir = dirname(workPath);
    const uses = await Promise.all(parsed.use.map(async (use) => {
        const dir = resolve(workDir, use.path);
        return { use, dir, exists: await isDir$1(dir), hasGoMod: await isFile(join(dir, 'go.mod')) };
    }));
    const [sumText, vendorText, hasVendorDir] = await Promise.all([
        readText(join(workDir, 'go.work.sum')),
        readText(join(workDir, 'vendor', 'modules.txt')),
        isDir$1(join(workDir, 'vendor'))
    ]);
    const vendor = vendorText === undefined ? undefined : parseVendorModules(vendorText);
    const vendorMissing = await missingVendored(workDir, vendor);
    const mods = await Promise.all(uses.filter((u) => u.hasGoMod).map((u) => readMod(root, u.dir, true, errors)));
    return {
        work: {
            file: parsed.file,
            dir: workDir,
            parsed,
            uses,
            replaceDirs: await replaceDirs(workDir, parsed.replace),
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
    const workPath = await workFilePath(dir, opts.env);
    const flag = goFlagsModfile(opts.env.GOFLAGS);
    if (workPath) {
        const { work, mods } = await workspaceFacts(root, workPath, errors);
        return {
            ...(work ? { work } : {}),
            mods,
            errors,
            ...(flag !== undefined
                ? { modfile: { flag, error: '-modfile cannot be used in workspace mode' } }
                : {})
        };
    }
    const mainGoMod = await findUp(dir, 'go.mod');
    const mainDir = mainGoMod ? dirname(mainGoMod) : undefined;
    const modfile = flag === undefined ? undefined : await modfileFacts(root, dir, flag, mainDir);
    const unchecked = [];
    const dirs = await findModDirs(dir, root, unchecked);
    if (mainDir && !dirs.includes(mainDir))
        dirs.unshift(mainDir);
    const mods = await Promise.all(dirs.map((d) => d === mainDir && modfile?.abs
        ? readMod(root, d, true, errors, modfile.abs)
        : // With an unusable -modfile go stops before reading any go.mod.
            d === mainDir && modfile?.facts.error
                ? undefined
                : readMod(root, d, d === mainDir, errors)));
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
/**
 * The package patterns: `./...`, except at a workspace directory that is not inside a workspace
 * module, where Go rejects `./...` ("directory prefix . does not contain modules listed in
 * go.work"): there, every workspace module below the directory (`./a/... ./b/...`).
 */
function patterns(modules, dir) {
    const work = modules.work;
    if (!work?.uses)
        return ['./...'];
    const inside = (child, parent) => {
        const rel = path.relative(parent, child);
        return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
    };
    const dirs = work.uses.filter((u) => u.exists && u.hasGoMod).map((u) => u.dir);
    if (dirs.some((d) => inside(dir, d)))
        return ['./...'];
    const below = dirs.filter((d) => inside(d, dir));
    if (below.length === 0)
        return ['./...'];
    return [...new Set(below)].map((d) => {
        const rel = path.relative(dir, d).split(path.sep).join('/');
        return `./${rel}/...`;
    });
}
/** Whether a go.mod or go.work governs the directory (one that does not parse counts too). */
function governed(modules) {
    return modules.work !== undefined || modules.mods.some((m) => m.main) || modules.errors.length > 0;
}
function runGoList(binary, args, cwd, env, timeoutS) {
    return new Promise((resolve) => {
        execFile(binary, args, {
            cwd,
            env,
            timeout: timeoutS * 1000,
            killSignal: 'SIGKILL',
            maxBuffer: 512 * 1024 * 1024,
            encoding: 'utf8'
        }, (err, stdout, stderr) => {
            if (!err)
                return resolve({ stdout, stderr, code: 0, timedOut: false });
            const e = err;
            if (e.killed)
                return resolve({ stdout, stderr, timedOut: true });
            if (typeof e.code === 'number')
                return resolve({ stdout, stderr, code: e.code, timedOut: false });
            resolve({ stdout, stderr, timedOut: false, spawn: e.message });
        });
    });
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
    const args = [
        'list',
        '-e',
        '-deps',
        '-test',
        json ? `-json=${FIELDS}` : '-json',
        ...patterns(opts.modules, opts.dir)
    ];
    const base = {
        mode: opts.mode,
        command: `go ${args.join(' ')}`,
        overrides,
        dir: opts.dir,
        durationMs: 0,
        issues: []
    };
    if (modFlag(opts.goFlags) === 'mod') {
        return {
            ...base,
            skipped: 'GOFLAGS has -mod=mod, which lets go rewrite go.mod and go.sum; preflight only reads them'
        };
    }
    if (opts.cacheUnusable !== undefined) {
        return { ...base, skipped: `go needs a build cache (${opts.cacheUnusable})` };
    }
    if (!governed(opts.modules)) {
        return {
            ...base,
            skipped: `no go.mod or go.work governs ${displayPath(opts.dir, opts.root)}`
        };
    }
    const started = Date.now();
    const r = await runGoList(opts.goBinary, args, opts.dir, { ...opts.env, ...overrides }, timeoutS);
    const durationMs = Date.now() - started;
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
 * The running workflow file's `env:` entries, with their lines, so a finding about an environment
 * variable can point at the line that sets it. GITHUB_WORKFLOW_REF names the file
 * (`owner/repo/.github/workflows/ci.yml@refs/heads/main`, relative to GITHUB_WORKSPACE); GITHUB_JOB
 * names the job; GITHUB_ACTION / GITHUB_ACTION_REPOSITORY identify the step. Reading is the only
 * effect; parsing is pure (`workflowEnv`).
 */
/** Larger workflow files are not read (GitHub's own limit is far below). */
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
function keyOf(pair) {
    return isScalar(pair.key) ? String(pair.key.value) : undefined;
}
function get(map, key) {
    if (!isMap(map))
        return undefined;
    const pair = map.items.find((p) => keyOf(p) === key);
    return pair?.value ?? undefined;
}
/** The step of `steps` that runs the gate: by `id`, else the n-th step using this action. */
function findStep(steps, who) {
    if (!isSeq(steps))
        return undefined;
    const items = steps.items.filter(isMap);
    const scalar = (m, k) => {
        const v = get(m, k);
        return isScalar(v) ? String(v.value) : undefined;
    };
    if (who.action) {
        const byId = items.find((s) => scalar(s, 'id') === who.action);
        if (byId)
            return byId;
    }
    const repo = who.actionRepository?.toLowerCase();
    const candidates = items.filter((s) => {
        const uses = scalar(s, 'uses')?.toLowerCase();
        if (!uses)
            return false;
        if (repo)
            return uses.startsWith(`${repo}@`) || uses.startsWith(`${repo}/`);
        return uses.startsWith('./') && !uses.startsWith('./.github/workflows/');
    });
    // A repeated action gets `_2`, `_3`… appended to its generated GITHUB_ACTION name.
    const n = /_(\d+)$/.exec(who.action ?? '');
    const index = n && who.action?.startsWith('__') ? Number(n[1]) - 1 : 0;
    return candidates[index] ?? (candidates.length === 1 ? candidates[0] : undefined);
}
/**
 * The `env:` entries of a workflow that apply to one step of one job, with their positions.
 * Pure: the text of the workflow file in, entries out. Unparsable YAML yields no entries.
 */
function workflowEnv(text, job, who = {}) {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
    const env = {};
    if (doc.errors.length > 0 || !isMap(doc.contents))
        return { env };
    const add = (node, level) => {
        if (!isMap(node))
            return;
        for (const pair of node.items) {
            const key = keyOf(pair);
            if (key === undefined || !isScalar(pair.key) || !pair.key.range)
                continue;
            const value = isScalar(pair.value) ? String(pair.value.value ?? '') : '';
            const { line, col } = lines.linePos(pair.key.range[0]);
            env[key] = { key, value, level, line, column: col };
        }
    };
    add(get(doc.contents, 'env'), 'workflow');
    const jobNode = job ? get(get(doc.contents, 'jobs'), job) : undefined;
    add(get(jobNode, 'env'), 'job');
    const step = findStep(get(jobNode, 'steps'), who);
    add(get(step, 'env'), 'step');
    const stepLine = step?.range ? lines.linePos(step.range[0]).line : undefined;
    return { env, ...(stepLine ? { stepLine } : {}) };
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
            // Non-blocking open and fstat: a FIFO put in its place is refused, never waited on.
            const fh = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
            try {
                const st = await fh.stat();
                if (!st.isFile() || st.size > MAX_WORKFLOW_BYTES)
                    continue;
                text = await fh.readFile('utf8');
            }
            finally {
                await fh.close();
            }
        }
        catch {
            continue;
        }
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
/** The finding's file relative to the root when it lies inside; undefined otherwise. */
function inRepo(loc, root) {
    if (!loc?.file)
        return undefined;
    const abs = path.resolve(root, loc.file);
    if (!isInside(abs, root) || abs === root)
        return undefined;
    return { ...loc, file: displayPath(abs, root) };
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
    const b = inRepo(baseline.path ? { file: baseline.path, line: 1 } : undefined, facts.root);
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
    if (own?.file && own.line)
        return inRepo({ file: own.file, line: own.line }, facts.root);
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
    const out = new Array(findings.length);
    for (let i = 0; i < findings.length; i++) {
        const f = findings[i];
        const set = f.envKey !== undefined ? whereSet(facts, f.envKey) : undefined;
        if (set) {
            out[i] = { ...f, location: set };
            continue;
        }
        const own = inRepo(f.location, facts.root);
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

const DEFAULT_BASELINE = '.github/go-baseline.yml';
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
        baseline: optional(raw.baseline) === DEFAULT_BASELINE ? undefined : optional(raw.baseline),
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
/** Facts: go first (its GOOS/GOARCH select baseline overrides), then the rest in parallel. */
async function collectFacts(opts, baselineFor, hooks = {}) {
    const env = hooks.env ?? process.env;
    const go = await collectGoFacts({ goBinary: opts.go, cwd: opts.dir, env });
    const store = await hooks.restore?.(go, opts); // Actions cache transport
    const baseline = await baselineFor(go.env);
    const cacheUnusable = go.env.GOCACHE === 'off' || go.envError !== undefined;
    if (cacheUnusable && (opts.cacheVerify !== 'off' || opts.prune !== 'off')) {
        hooks.log?.(`build cache not checked: ${go.envError ?? 'GOCACHE=off'}`);
    }
    const modulesFacts = collectModuleFacts({
        root: opts.root,
        dir: opts.dir,
        env: moduleEnv(go.env)
    });
    const [sources, paths, modules, preflight, cache, workflow] = await Promise.all([
        attributeEnvSources(go.env, env),
        probeGoPaths(go.env, env),
        modulesFacts,
        // Go's own loader, once the module files say whether a module or workspace governs the dir.
        modulesFacts.then((m) => collectPreflight({
            mode: opts.preflight,
            goBinary: go.binary,
            goVersion: go.version,
            goFlags: go.env.GOFLAGS ?? '',
            goSumDb: go.env.GOSUMDB,
            root: opts.root,
            dir: opts.dir,
            env,
            modules: m,
            ...(cacheUnusable ? { cacheUnusable: go.envError ?? 'GOCACHE=off' } : {})
        })),
        cacheStage({
            goEnv: go.env,
            root: opts.root,
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
    go.sources = sources;
    if (preflight)
        logPreflight(preflight, hooks.log);
    const facts = {
        root: opts.root,
        dir: opts.dir,
        platform: process.platform,
        processEnv: { ...env },
        go,
        paths,
        modules,
        ...(preflight ? { preflight } : {}),
        ...(cache ? { cache } : {}),
        ...(store ? { store } : {}), // Actions cache transport
        ...(workflow ? { workflow } : {})
    };
    return { facts, baseline };
}
/** The preflight's one log line: what ran, how long, and what it could not check. */
function logPreflight(p, log) {
    if (!log)
        return;
    if (p.skipped)
        return log(`preflight not run: ${p.skipped}`);
    const env = Object.entries(p.overrides)
        .map(([k, v]) => `${k}=${v} `)
        .join('');
    log(`preflight: ${env}${p.command} (${(p.durationMs / 1000).toFixed(1)} s)`);
    if (p.notChecked) {
        const shown = p.notChecked.items.slice(0, 5).join(', ');
        const more = p.notChecked.items.length > 5 ? ` and ${p.notChecked.items.length - 5} more` : '';
        log(`preflight: not checked, ${p.notChecked.reason}: ${shown}${more}`);
    }
}
/** Runs every check; a check that throws becomes one GBG001 finding instead of a crash. */
function runChecks(facts, baseline) {
    const findings = [];
    for (const check of allChecks) {
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
    const { facts, baseline } = await collectFacts(opts, (goEnv) => loadBaseline({
        path: opts.baseline,
        root: opts.root,
        defaultPath: DEFAULT_BASELINE,
        goos: goEnv.GOOS ?? process.platform,
        goarch: goEnv.GOARCH ?? process.arch,
        runnerOs: (hooks.env ?? process.env).RUNNER_OS
    }), hooks);
    const checked = deferToGo(locateFindings(runChecks(facts, baseline), facts, baseline), facts.preflight, (id) => ruleById(id)?.area === 'modfile');
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

const COLORS = { red: 31, yellow: 33, cyan: 36, green: 32, dim: 2, bold: 1 };
function paint(on) {
    return (c, s) => (on ? `\u001b[${COLORS[c]}m${s}\u001b[0m` : s);
}
const LEVEL_COLOR = { error: 'red', warning: 'yellow', notice: 'cyan' };
/** Human output for a terminal: one block per finding, a verdict line last. Colour only when asked. */
function renderText(report, opts) {
    const c = paint(opts.color);
    const lines = [];
    for (const f of report.findings) {
        const loc = f.location;
        const where = loc
            ? `${loc.file}${loc.line ? `:${loc.line}` : ''}${loc.line && loc.column ? `:${loc.column}` : ''}`
            : '';
        const name = ruleById(f.rule)?.name;
        lines.push(`${c(LEVEL_COLOR[f.severity], f.severity.padEnd(7))} ${c('bold', f.rule)}${name ? c('dim', ` ${name}`) : ''}${where ? `  ${escapeTerminal(where)}` : ''}`);
        lines.push(`        ${escapeTerminal(f.message)}`);
        if (f.expected !== undefined || f.actual !== undefined) {
            lines.push(c('dim', `        expected: ${escapeTerminal(f.expected ?? '-')}; actual: ${escapeTerminal(f.actual ?? '-')}`));
        }
        if (f.fix)
            lines.push(`        ${c('green', 'fix:')} ${escapeTerminal(f.fix)}`);
    }
    const { errors, warnings, notices } = report.counts;
    const verdict = { pass: c('green', 'PASS'), warn: c('yellow', 'WARN'), fail: c('red', 'FAIL') }[report.result];
    const baseline = report.baseline
        ? `baseline ${escapeTerminal(path.relative(report.root, report.baseline) || report.baseline)}`
        : 'built-in policy';
    if (lines.length > 0)
        lines.push('');
    lines.push(`${verdict} ${errors} error(s), ${warnings} warning(s), ${notices} notice(s) · mode ${report.mode}, fail-on ${report.failOn} · ${escapeTerminal(report.goVersion ?? 'go ?')} · ${baseline}`);
    return lines.join('\n') + '\n';
}
/** `file:line:column` of a finding, or '' when it has no place. */
function whereOf(f) {
    const loc = f.location;
    if (!loc)
        return '';
    return `${loc.file}${loc.line ? `:${loc.line}` : ''}${loc.line && loc.column ? `:${loc.column}` : ''}`;
}
/**
 * The Actions log of a run: each finding once, as a collapsed `::group::` whose title names it
 * (severity, rule, place); inside, its annotation when it got one (message and fix), else the
 * message and fix as text, then expected, actual and source. Untrusted text reaches the log only
 * through `protect` (which must keep it from being read as a workflow command) or as command data
 * escaped on one line. Ends with the note on held-back annotations and the verdict line.
 */
function writeActionLog(report, selection, out) {
    for (const f of report.findings) {
        const name = ruleById(f.rule)?.name;
        const where = whereOf(f);
        out.command(`::group::${escapeCommandData(escapeTerminal(`${f.severity} ${f.rule}${name ? ` ${name}` : ''}${where ? ` at ${where}` : ''}`))}`);
        const annotation = selection.byFinding.get(f);
        const details = [];
        if (annotation)
            out.command(formatAnnotation(annotation));
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
            out.protect(details.map(escapeTerminal).join('\n'));
        out.command('::endgroup::');
    }
    if (selection.dropped > 0) {
        out.protect(`${selection.dropped} more finding(s) were not annotated (GitHub shows 10 per level per step, the step's own messages included); all are in the job summary.`);
    }
    out.protect(renderText({ ...report, findings: [] }, { color: false }));
}

/** Version of the JSON report's shape; bumped only on incompatible changes. */
const REPORT_SCHEMA_VERSION = 1;
/**
 * The JSON report (`--format json`, the `report` input). Shape documented in README.md:
 * `{ schemaVersion, result, mode, failOn, goVersion, counts, violations, findings: [{ rule, name,
 * severity, message, file, line, column, endLine, endColumn, fix, expected, actual, source }], … }`.
 */
function renderJson(report, ruleName) {
    const out = {
        schemaVersion: REPORT_SCHEMA_VERSION,
        result: report.result,
        mode: report.mode,
        failOn: report.failOn,
        goVersion: report.goVersion ?? null,
        goBinary: report.goBinary ?? null,
        baseline: report.baseline ?? null,
        counts: report.counts,
        violations: report.violations,
        findings: report.findings.map((f) => ({
            rule: f.rule,
            name: ruleName(f.rule) ?? null,
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
    return JSON.stringify(out, null, 2) + '\n';
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
function jsonReport(report) {
    return renderJson(report, (id) => ruleById(id)?.name);
}
async function sarifReport(report, context = {}) {
    const { renderSarif } = await import('./sarif.js');
    return JSON.stringify(renderSarif(report, VERSION, context), null, 2) + '\n';
}
/** Writes the `report` (JSON) and `sarif` files when asked; paths are relative to the root. Returns absolute paths. */
async function writeReportFiles(report, files, context = {}) {
    const written = {};
    for (const [kind, render] of [
        ['report', jsonReport],
        ['sarif', (r) => sarifReport(r, context)]
    ]) {
        const target = files[kind];
        if (!target)
            continue;
        const abs = path.resolve(report.root, target);
        await mkdir(path.dirname(abs), { recursive: true });
        await writeFile(abs, await render(report));
        written[kind] = abs;
    }
    return written;
}

export { ANNOTATIONS_PER_LEVEL as A, DEFAULT_BASELINE as D, ModfileSyntaxError as M, VERSION as V, runGate as a, writeReportFiles as b, renderText as c, defaultOutputDir as d, sarifReport as e, formatAnnotation as f, parseGoMod as g, jsonReport as j, parseGoWork as p, resolveOptions as r, selectAnnotations as s, writeActionLog as w };
