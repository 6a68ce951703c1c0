import { g as goQuoteRune, b as isGoPrint, c as collectError, D as DirectiveError, l as linePos, p as parsePathArg, d as parseReplace, e as parseVersion, f as checkMajor, m as modulePathMajor, h as parseGodebug, j as parseToolchainDirective, k as parseGoDirective, n as goQuote } from './directives.js';

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

export { ModfileSyntaxError as M, parseGoMod as a, parseGoWork as p };
