import { readFile, stat, readdir, realpath, access, mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import path__default, { resolve, dirname, isAbsolute, join } from 'node:path';
import { U as UsageError } from './errors.js';
import { d as displayPath } from './root.js';
import { g as goQuoteRune, i as isGoPrint, a as collectError, D as DirectiveError, l as linePos, p as parsePathArg, b as parseReplace, e as parseVersion, f as checkMajor, m as modulePathMajor, h as parseGodebug, j as parseToolchainDirective, k as parseGoDirective, n as goQuote, o as isValidSemver, q as parseGoSum, r as isDirectoryPath, s as decide, R as RULES, t as ruleById, u as suggestRule, v as compareFindings, w as allChecks, C as CHECK_CRASHED } from './rules.js';
import { a as pathCandidates, i as isExecutable, c as collectGoFacts } from './go.js';
import { constants } from 'node:fs';
import { e as escapeCommandProperty, a as escapeCommandData, b as escapeTerminal } from './escape.js';

/** The built-in recommended policy: no expectations of its own; the GBG1xx policy rules apply. */
function builtinBaseline() {
    return { builtin: true, version: 1, rules: {}, env: [], go: {}, cache: {} };
}
async function readIfExists(file) {
    try {
        return await readFile(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            return undefined;
        throw new UsageError(`cannot read the baseline ${file}: ${e.message}`, { file }, code === 'EISDIR' ? 'point --baseline at a file' : 'check the file permissions');
    }
}
/**
 * Loads and validates the baseline for this GOOS/GOARCH/runner OS. No file at the default path
 * gives the built-in policy; a missing explicit path or an invalid file is a UsageError (exit 2)
 * placed at file:line:column.
 */
async function loadBaseline(opts) {
    const file = path__default.resolve(opts.path ?? path__default.join(opts.root, opts.defaultPath));
    const text = await readIfExists(file);
    if (text === undefined) {
        if (opts.path === undefined)
            return builtinBaseline();
        throw new UsageError(`baseline file not found: ${opts.path}`, undefined, `create it with \`go-baseline-gate record --out ${opts.path}\`, or fix the path`);
    }
    // The parser and the validator load only when there is a file to read (start-up time).
    const [{ BaselineSource }, { schemaProblems, throwProblems }, { buildBaseline }] = await Promise.all([import('./source.js'), import('./validate.js'), import('./build.js')]);
    const shown = displayPath(file, opts.root);
    const source = BaselineSource.parse(shown, text);
    const data = source.doc.toJS();
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
        return parseGoEnvFile(await readFile(file, 'utf8'), firstWins);
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

/**
 * vendor/modules.txt, read the way cmd/go's readVendorList does: `# path version [=> new [v]]`
 * headers, `## explicit; go 1.21` annotations, and package lines (a module is "listed" only
 * when at least one of its packages is vendored).
 */
function parseVendorModules(text) {
    const modules = [];
    const byKey = new Map();
    let current;
    text.split('\n').forEach((raw, i) => {
        const line = raw.replace(/\r$/, '');
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
        if (line.trim().split(/\s+/).filter(Boolean).length === 1)
            current.hasPackages = true;
    });
    return { modules };
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
    const mod = byKey.get(key) ?? { path, version, explicit: false, hasPackages: false, line };
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
        return await readFile(file, 'utf8');
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
async function replaceDirs(base, replaces) {
    return Promise.all(replaces
        .filter((r) => r.new.version === undefined && isDirectoryPath(r.new.path))
        .map(async (replace) => {
        const dir = resolve(base, replace.new.path);
        return {
            replace,
            dir,
            exists: await isDir$1(dir),
            hasGoMod: await isFile(join(dir, 'go.mod'))
        };
    }));
}
async function readMod(root, dir, main, errors) {
    const parsed = await parseFile(root, join(dir, 'go.mod'), (t, f) => parseGoMod(t, f), errors);
    if (!parsed)
        return undefined;
    const [sumText, vendorText, hasVendorDir, replaced] = await Promise.all([
        readText(join(dir, 'go.sum')),
        readText(join(dir, 'vendor', 'modules.txt')),
        isDir$1(join(dir, 'vendor')),
        replaceDirs(dir, parsed.replace)
    ]);
    return {
        file: parsed.file,
        dir,
        parsed,
        main,
        ...(sumText !== undefined ? { goSum: parseGoSum(sumText) } : {}),
        ...(vendorText !== undefined ? { vendor: parseVendorModules(vendorText) } : {}),
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
/** Every directory under `dir` containing a go.mod, skipping vendor/testdata/node_modules/dot dirs. */
async function findModDirs(dir) {
    const found = [];
    const walk = async (d) => {
        let entries;
        try {
            entries = await readdir(d, { withFileTypes: true });
        }
        catch {
            return;
        }
        if (entries.some((e) => e.isFile() && e.name === 'go.mod'))
            found.push(d);
        const subdirs = entries.filter((e) => e.isDirectory() && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.'));
        await Promise.all(subdirs.map((e) => walk(join(d, e.name))));
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
    const sumText = await readText(join(workDir, 'go.work.sum'));
    const mods = await Promise.all(uses.filter((u) => u.hasGoMod).map((u) => readMod(root, u.dir, true, errors)));
    return {
        work: {
            file: parsed.file,
            dir: workDir,
            parsed,
            uses,
            replaceDirs: await replaceDirs(workDir, parsed.replace),
            ...(sumText !== undefined ? { sum: parseGoSum(sumText) } : {})
        },
        mods: mods.filter((m) => m !== undefined)
    };
}
async function collectModuleFacts(opts) {
    const root = resolve(opts.root);
    const dir = resolve(opts.dir);
    const errors = [];
    const workPath = await workFilePath(dir, opts.env);
    if (workPath) {
        const { work, mods } = await workspaceFacts(root, workPath, errors);
        return { ...(work ? { work } : {}), mods, errors };
    }
    const mainGoMod = await findUp(dir, 'go.mod');
    const mainDir = mainGoMod ? dirname(mainGoMod) : undefined;
    const dirs = await findModDirs(dir);
    if (mainDir && !dirs.includes(mainDir))
        dirs.unshift(mainDir);
    const mods = await Promise.all(dirs.map((d) => readMod(root, d, d === mainDir, errors)));
    return {
        ...(opts.env.GOWORK === 'off' ? { gowork: 'off' } : {}),
        mods: mods.filter((m) => m !== undefined),
        errors
    };
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
    const version = await readFile(path__default.join(root, 'VERSION'), 'utf8').then((t) => t.split('\n')[0]?.trim(), () => undefined);
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
async function probeGoPaths(goEnv, processEnv) {
    const cache = goEnv.GOCACHE;
    const exe = process.platform === 'win32' ? 'go.exe' : 'go';
    const [gocache, goOnPath, gorootGo] = await Promise.all([
        cache && cache !== 'off' && path__default.isAbsolute(cache) ? probeDir(cache) : undefined,
        findGoOnPath(processEnv),
        goEnv.GOROOT ? realpath(path__default.join(goEnv.GOROOT, 'bin', exe)).catch(() => undefined) : undefined
    ]);
    return { ...(gocache ? { gocache } : {}), goOnPath, ...(gorootGo ? { gorootGo } : {}) };
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
    const [sources, paths, modules, cache] = await Promise.all([
        attributeEnvSources(go.env, env),
        probeGoPaths(go.env, env),
        collectModuleFacts({ root: opts.root, dir: opts.dir, env: moduleEnv(go.env) }),
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
        })
    ]);
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
        ...(store ? { store } : {}) // Actions cache transport
    };
    return { facts, baseline };
}
/** Runs every check; a check that throws becomes one GBG001 finding instead of a crash. */
function runChecks(facts, baseline) {
    const findings = [];
    for (const check of allChecks) {
        try {
            findings.push(...check.run(facts, baseline));
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
    const findings = applyOverrides(runChecks(facts, baseline), baseline);
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
 * The annotations to emit: most severe first, at most ANNOTATIONS_PER_LEVEL per level (GitHub drops
 * the rest silently), and how many were held back (they are all in the job summary).
 */
function selectAnnotations(findings) {
    const perLevel = { error: 0, warning: 0, notice: 0 };
    const annotations = [];
    let dropped = 0;
    for (const f of [...findings].sort(compareFindings)) {
        if (perLevel[f.severity] >= ANNOTATIONS_PER_LEVEL) {
            dropped++;
            continue;
        }
        perLevel[f.severity]++;
        annotations.push(toAnnotation(f));
    }
    return { annotations, dropped };
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
        durationMs: report.durationMs
    };
    return JSON.stringify(out, null, 2) + '\n';
}

/** The tool's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';

function jsonReport(report) {
    return renderJson(report, (id) => ruleById(id)?.name);
}
async function sarifReport(report) {
    const { renderSarif } = await import('./sarif.js');
    return JSON.stringify(renderSarif(report, VERSION), null, 2) + '\n';
}
/** Writes the `report` (JSON) and `sarif` files when asked; paths are relative to the root. Returns absolute paths. */
async function writeReportFiles(report, files) {
    const written = {};
    for (const [kind, render] of [
        ['report', jsonReport],
        ['sarif', sarifReport]
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

export { DEFAULT_BASELINE as D, ModfileSyntaxError as M, VERSION as V, runGate as a, renderText as b, sarifReport as c, parseGoMod as d, formatAnnotation as f, jsonReport as j, parseGoWork as p, resolveOptions as r, selectAnnotations as s, writeReportFiles as w };
