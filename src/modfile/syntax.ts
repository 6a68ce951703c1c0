/**
 * The syntax layer of go.mod / go.work files, following golang.org/x/mod/modfile (read.go):
 * lines, `verb ( ... )` blocks, whole-line and end-of-line comments, quoted strings, each with
 * its position. The semantic layer (gomod.ts, gowork.ts) interprets the tokens.
 */
import { isGoPrint, goQuoteRune } from './gostrings.js'

/** A position in the file. `line` and `column` are 1-based; `column` counts Unicode code points. */
export interface Position {
  line: number
  column: number
  /** UTF-16 offset into the text. */
  offset: number
}

export interface Comment {
  start: Position
  /** The comment text, starting with `//`, without the newline. Empty for a preserved blank line. */
  token: string
  /** An end-of-line comment (after other tokens on its line). */
  suffix: boolean
}

export interface Comments {
  /** Whole-line comments before the expression. */
  before: Comment[]
  /** End-of-line comments after it. */
  suffix: Comment[]
}

export type TokenKind = 'ident' | 'string' | '(' | ')' | '[' | ']' | '{' | '}' | ','

export interface Token {
  kind: TokenKind
  text: string
  start: Position
  end: Position
}

export interface Line {
  type: 'line'
  start: Position
  end: Position
  tokens: Token[]
  /** True for a line inside a block (its tokens omit the block's verb). */
  inBlock: boolean
  comments: Comments
}

export interface LineBlock {
  type: 'block'
  start: Position
  /** The tokens before `(`, normally just the verb. */
  tokens: Token[]
  lparen: { pos: Position; comments: Comments }
  lines: Line[]
  rparen: { pos: Position; comments: Comments }
  comments: Comments
}

export interface CommentBlock {
  type: 'comments'
  start: Position
  comments: Comments
}

export type Stmt = Line | LineBlock | CommentBlock

export interface FileSyntax {
  name: string
  stmts: Stmt[]
  /** Suffix comments that could not be attached to any expression. */
  comments: Comments
}

/** One parse error, positioned like Go's modfile.Error. */
export interface SyntaxErrorEntry {
  line: number
  column: number
  message: string
}

/** Thrown inside the lexer/parser to stop at the first syntax error, as Go's parser panics. */
export class SyntaxAbort {
  constructor(readonly entry: SyntaxErrorEntry) {}
}

type Kind = TokenKind | 'eof' | 'eolcomment' | 'comment' | '\n'

interface LexToken {
  kind: Kind
  text: string
  start: Position
  end: Position
}

const PUNCT = new Set(['\n', '(', ')', '[', ']', '{', '}', ','])
const NOT_IDENT = new Set([0x20, 0x28, 0x29, 0x5b, 0x5d, 0x7b, 0x7d, 0x2c])

function isIdent(cp: number): boolean {
  if (cp > 0x20 && cp < 0x7f) return !NOT_IDENT.has(cp)
  return cp > 0x7f && isGoPrint(cp)
}

function isEOL(k: Kind): boolean {
  return k === 'eof' || k === 'eolcomment' || k === '\n'
}

const noComments = (): Comments => ({ before: [], suffix: [] })

/** Lexer and parser state for one file (port of modfile's `input`). */
class Input {
  private i = 0
  private line = 1
  private column = 1
  private token!: LexToken
  private tokenStart = 0
  private tokenPos!: Position
  readonly suffixComments: Comment[] = []

  constructor(private readonly text: string) {}

  private pos(): Position {
    return { line: this.line, column: this.column, offset: this.i }
  }

  error(message: string, at: Position = this.pos()): never {
    throw new SyntaxAbort({ line: at.line, column: at.column, message })
  }

  private eof(): boolean {
    return this.i >= this.text.length
  }

  private peekRune(): number {
    return this.eof() ? 0 : (this.text.codePointAt(this.i) as number)
  }

  private peekPrefix(prefix: string): boolean {
    return this.text.startsWith(prefix, this.i)
  }

  private readRune(): number {
    const cp = this.text.codePointAt(this.i) as number
    this.i += cp > 0xffff ? 2 : 1
    if (cp === 10) {
      this.line++
      this.column = 1
    } else {
      this.column++
    }
    return cp
  }

  private startToken(): void {
    this.tokenStart = this.i
    this.tokenPos = this.pos()
  }

  private endToken(kind: Kind): void {
    let text = this.text.slice(this.tokenStart, this.i)
    if (kind === 'comment' || kind === 'eolcomment') {
      text = text.endsWith('\r\n') ? text.slice(0, -2) : text.replace(/\n$/, '')
    }
    this.token = { kind, text, start: this.tokenPos, end: this.pos() }
  }

  peek(): Kind {
    return this.token.kind
  }

  lex(): LexToken {
    const tok = this.token
    this.readToken()
    return tok
  }

  readToken(): void {
    while (!this.eof()) {
      const c = this.peekRune()
      if (c === 0x20 || c === 0x09 || c === 0x0d) {
        this.readRune()
        continue
      }
      if (this.peekPrefix('//')) {
        this.startToken()
        const lineStart = this.text.lastIndexOf('\n', this.i - 1) + 1
        const suffix = /[^ \t\r]/.test(this.text.slice(lineStart, this.i))
        this.readRune()
        this.readRune()
        while (!this.eof() && this.readRune() !== 10) {
          // consume the comment through its newline
        }
        if (!suffix) {
          this.endToken('comment')
          return
        }
        this.endToken('eolcomment')
        this.suffixComments.push({ start: this.token.start, token: this.token.text, suffix: true })
        return
      }
      if (this.peekPrefix('/*')) this.error('mod files must use // comments (not /* */ comments)')
      break
    }

    this.startToken()
    if (this.eof()) {
      this.endToken('eof')
      return
    }
    const c = this.peekRune()
    const ch = String.fromCodePoint(c)
    if (PUNCT.has(ch)) {
      this.readRune()
      this.endToken(ch as Kind)
      return
    }
    if (ch === '"' || ch === '`') {
      this.readString(ch)
      return
    }
    if (!isIdent(c)) this.error(`unexpected input character ${goQuoteRune(c)}`)
    while (isIdent(this.peekRune())) {
      if (this.peekPrefix('//')) break
      if (this.peekPrefix('/*')) this.error('mod files must use // comments (not /* */ comments)')
      this.readRune()
    }
    this.endToken('ident')
  }

  private readString(quote: string): void {
    const q = quote.codePointAt(0) as number
    this.readRune()
    for (;;) {
      if (this.eof()) this.error('unexpected EOF in string', this.tokenPos)
      if (this.peekRune() === 10) this.error('unexpected newline in string')
      const c = this.readRune()
      if (c === q) break
      if (c === 0x5c && quote !== '`') {
        if (this.eof()) this.error('unexpected EOF in string', this.tokenPos)
        this.readRune()
      }
    }
    this.endToken('string')
  }
}

function toToken(t: LexToken): Token {
  return { kind: t.kind as TokenKind, text: t.text, start: t.start, end: t.end }
}

function emptyComment(c: Comment): boolean {
  return c.token === '' && !c.suffix && c.start.offset === -1
}

const BLANK = (): Comment => ({
  start: { line: 0, column: 0, offset: -1 },
  token: '',
  suffix: false
})

class Parser {
  readonly stmts: Stmt[] = []

  constructor(
    private readonly in_: Input,
    private readonly file: string
  ) {}

  parseFile(): void {
    let cb: CommentBlock | undefined
    for (;;) {
      switch (this.in_.peek()) {
        case '\n':
          this.in_.lex()
          if (cb) {
            this.stmts.push(cb)
            cb = undefined
          }
          break
        case 'comment': {
          const tok = this.in_.lex()
          cb ??= { type: 'comments', start: tok.start, comments: noComments() }
          cb.comments.before.push({ start: tok.start, token: tok.text, suffix: false })
          break
        }
        case 'eof':
          if (cb) this.stmts.push(cb)
          return
        default:
          this.parseStmt()
          if (cb) {
            ;(this.stmts[this.stmts.length - 1] as Stmt).comments.before = cb.comments.before
            cb = undefined
          }
      }
    }
  }

  private parseStmt(): void {
    const first = this.in_.lex()
    const start = first.start
    let end = first.end
    const tokens: Token[] = [toToken(first)]
    for (;;) {
      const tok = this.in_.lex()
      if (isEOL(tok.kind)) {
        this.stmts.push({
          type: 'line',
          start,
          end,
          tokens,
          inBlock: false,
          comments: noComments()
        })
        return
      }
      if (tok.kind === '(') {
        const next = this.in_.peek()
        if (isEOL(next)) {
          this.stmts.push(this.parseLineBlock(start, tokens, tok))
          return
        }
        if (next === ')') {
          const rparen = this.in_.lex()
          if (isEOL(this.in_.peek())) {
            this.in_.lex()
            this.stmts.push({
              type: 'block',
              start,
              tokens,
              lparen: { pos: tok.start, comments: noComments() },
              lines: [],
              rparen: { pos: rparen.start, comments: noComments() },
              comments: noComments()
            })
            return
          }
          tokens.push(toToken(tok), toToken(rparen))
        } else {
          tokens.push(toToken(tok))
        }
        continue
      }
      tokens.push(toToken(tok))
      end = tok.end
    }
  }

  private parseLineBlock(start: Position, tokens: Token[], lparen: LexToken): LineBlock {
    const block: LineBlock = {
      type: 'block',
      start,
      tokens,
      lparen: { pos: lparen.start, comments: noComments() },
      lines: [],
      rparen: { pos: lparen.start, comments: noComments() },
      comments: noComments()
    }
    let comments: Comment[] = []
    for (;;) {
      switch (this.in_.peek()) {
        case 'eolcomment':
          this.in_.lex()
          break
        case '\n': {
          this.in_.lex()
          const last = comments[comments.length - 1]
          if ((comments.length === 0 && block.lines.length > 0) || (last && last.token !== '')) {
            comments.push(BLANK())
          }
          break
        }
        case 'comment': {
          const tok = this.in_.lex()
          comments.push({ start: tok.start, token: tok.text, suffix: false })
          break
        }
        case 'eof':
          this.in_.error(
            `syntax error (unterminated block started at ${this.file}:${start.line}:${start.column})`
          )
        // eslint-disable-next-line no-fallthrough
        case ')': {
          const rparen = this.in_.lex()
          if (comments.length === 1 && emptyComment(comments[0] as Comment)) comments = []
          block.rparen = { pos: rparen.start, comments: { before: comments, suffix: [] } }
          if (!isEOL(this.in_.peek()))
            this.in_.error('syntax error (expected newline after closing paren)')
          this.in_.lex()
          return block
        }
        default: {
          const line = this.parseLine()
          line.comments.before = comments
          block.lines.push(line)
          comments = []
        }
      }
    }
  }

  private parseLine(): Line {
    const first = this.in_.lex()
    let end = first.end
    const tokens: Token[] = [toToken(first)]
    for (;;) {
      const tok = this.in_.lex()
      if (isEOL(tok.kind)) {
        return {
          type: 'line',
          start: first.start,
          end,
          tokens,
          inBlock: true,
          comments: noComments()
        }
      }
      tokens.push(toToken(tok))
      end = tok.end
    }
  }
}

interface Spanned {
  start: Position
  end: Position
  comments: Comments
}

/** Attaches each end-of-line comment to the single-line expression just before it (assignComments). */
function assignSuffixComments(stmts: Stmt[], suffix: Comment[], file: Comments): void {
  const post: Spanned[] = []
  const one = (pos: Position): Position => ({
    ...pos,
    column: pos.column + 1,
    offset: pos.offset + 1
  })
  for (const s of stmts) {
    if (s.type === 'comments') post.push({ start: s.start, end: s.start, comments: s.comments })
    else if (s.type === 'line') post.push({ start: s.start, end: s.end, comments: s.comments })
    else {
      post.push({ start: s.lparen.pos, end: one(s.lparen.pos), comments: s.lparen.comments })
      for (const l of s.lines) post.push({ start: l.start, end: l.end, comments: l.comments })
      post.push({ start: s.rparen.pos, end: one(s.rparen.pos), comments: s.rparen.comments })
      post.push({ start: s.start, end: one(s.rparen.pos), comments: s.comments })
    }
  }
  const pending = [...suffix]
  for (let i = post.length - 1; i >= 0; i--) {
    const x = post[i] as Spanned
    if (x.start.line !== x.end.line) continue
    const taken: Comment[] = []
    while (
      pending.length > 0 &&
      x.end.offset <= (pending[pending.length - 1] as Comment).start.offset
    ) {
      taken.push(pending.pop() as Comment)
    }
    if (taken.length > 0) x.comments.suffix.push(...taken.reverse())
  }
  file.before.push(...pending)
}

/**
 * Parses the syntax of a go.mod/go.work file. Throws `SyntaxAbort` at the first syntax error
 * (as Go does); callers wrap it into a `ModfileSyntaxError`.
 */
export function parseSyntax(text: string, file: string): FileSyntax {
  const input = new Input(text)
  input.readToken()
  const parser = new Parser(input, file)
  parser.parseFile()
  const syntax: FileSyntax = { name: file, stmts: parser.stmts, comments: noComments() }
  assignSuffixComments(syntax.stmts, input.suffixComments, syntax.comments)
  return syntax
}
