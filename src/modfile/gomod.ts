/**
 * The semantic layer for go.mod (port of x/mod/modfile rule.go `parseToFile` with Go's nil
 * version fixer, which is what `go mod edit` and the main module use). Every node keeps its `pos`.
 */
import {
  type Godebug,
  type GoDirective,
  type ParseOptions,
  type Replace,
  type ToolchainDirective,
  DirectiveError,
  checkMajor,
  collectError,
  modulePathMajor,
  parseGoDirective,
  parseGodebug,
  parsePathArg,
  parseReplace,
  parseToolchainDirective,
  parseVersion
} from './directives.js'
import { ModfileSyntaxError } from './errors.js'
import { goQuote } from './gostrings.js'
import { type Pos, linePos } from './position.js'
import type { Comment, FileSyntax, Line, LineBlock, SyntaxErrorEntry } from './syntax.js'
import { parseSyntaxOrThrow, walkDirectives } from './walk.js'

export interface Require {
  path: string
  version: string
  /** Marked `// indirect`. */
  indirect: boolean
  pos: Pos
}

export interface Exclude {
  path: string
  version: string
  pos: Pos
}

export interface Retract {
  low: string
  high: string
  /** The comment text on the directive (or its block), `//` stripped, lines joined by `\n`. */
  rationale: string
  pos: Pos
}

export interface PathDirective {
  path: string
  pos: Pos
}

export interface ModFile {
  file: string
  module?: { path: string; deprecated?: string; pos: Pos }
  go?: GoDirective
  toolchain?: ToolchainDirective
  godebug: Godebug[]
  require: Require[]
  exclude: Exclude[]
  replace: Replace[]
  retract: Retract[]
  tool: PathDirective[]
  ignore: PathDirective[]
  syntax: FileSyntax
}

export interface ModParseOptions extends ParseOptions {
  /** Parse as a dependency's go.mod (ParseLax): unknown and main-module-only directives ignored. */
  lax?: boolean
}

const BLOCK_VERBS = new Set([
  'module',
  'godebug',
  'require',
  'exclude',
  'replace',
  'retract',
  'tool',
  'ignore'
])
const LAX_VERBS = new Set(['go', 'module', 'retract', 'require', 'ignore'])

function isIndirect(line: Line): boolean {
  const first = line.comments.suffix[0]
  if (!first) return false
  const f = first.token.replace(/^\/\//, '').trim().split(/\s+/).filter(Boolean)
  return (f.length === 1 && f[0] === 'indirect') || (f.length > 1 && f[0] === 'indirect;')
}

/** parseDirectiveComment: the line's comments, or the block's when the line has none. */
function directiveComment(block: LineBlock | undefined, line: Line): string {
  let comments = line.comments
  if (block && comments.before.length === 0 && comments.suffix.length === 0)
    comments = block.comments
  return [...comments.before, ...comments.suffix]
    .filter((c: Comment) => c.token.startsWith('//'))
    .map((c) => c.token.slice(2).trim())
    .join('\n')
}

const DEPRECATED_RE = /(?:^|\n\n)Deprecated: *([\s\S]*?)(?:$|\n\n)/

function parseVersionInterval(
  verb: string,
  args: string[]
): { low: string; high: string; rest: string[] } {
  let toks = args
  if (toks.length === 0 || toks[0] === '(') throw new DirectiveError("expected '[' or version")
  if (toks[0] !== '[') {
    const v = parseVersion(verb, '', toks[0] as string, false)
    return { low: v, high: v, rest: toks.slice(1) }
  }
  toks = toks.slice(1)
  if (toks.length === 0) throw new DirectiveError("expected version after '['")
  const low = parseVersion(verb, '', toks[0] as string, false)
  toks = toks.slice(1)
  if (toks.length === 0 || toks[0] !== ',') throw new DirectiveError("expected ',' after version")
  toks = toks.slice(1)
  if (toks.length === 0) throw new DirectiveError("expected version after ','")
  const high = parseVersion(verb, '', toks[0] as string, false)
  toks = toks.slice(1)
  if (toks.length === 0 || toks[0] !== ']') throw new DirectiveError("expected ']' after version")
  return { low, high, rest: toks.slice(1) }
}

class ModBuilder {
  readonly errors: SyntaxErrorEntry[] = []
  constructor(
    readonly f: ModFile,
    readonly opts: ModParseOptions
  ) {}

  add(block: LineBlock | undefined, line: Line, verb: string, args: string[]): void {
    if (this.opts.lax && !LAX_VERBS.has(verb)) return
    collectError(this.errors, line.start, () => this.directive(block, line, verb, args))
  }

  private directive(block: LineBlock | undefined, line: Line, verb: string, args: string[]): void {
    const f = this.f
    switch (verb) {
      case 'go':
        if (f.go) throw new DirectiveError('repeated go statement')
        f.go = parseGoDirective(line, args, this.opts.lax === true)
        return
      case 'toolchain':
        if (f.toolchain) throw new DirectiveError('repeated toolchain statement')
        f.toolchain = parseToolchainDirective(line, args)
        return
      case 'module': {
        if (f.module) throw new DirectiveError('repeated module statement')
        const deprecated = DEPRECATED_RE.exec(directiveComment(block, line))?.[1]
        f.module = { path: '', pos: linePos(line), ...(deprecated ? { deprecated } : {}) }
        if (args.length !== 1) throw new DirectiveError('usage: module module/path')
        f.module.path = parsePathArg(args[0] as string)
        return
      }
      case 'godebug':
        f.godebug.push(parseGodebug(line, args))
        return
      case 'require':
      case 'exclude': {
        if (args.length !== 2) throw new DirectiveError(`usage: ${verb} module/path v1.2.3`)
        const path = parsePathArg(args[0] as string)
        const version = parseVersion(verb, path, args[1] as string, true)
        checkMajor(verb, path, version, modulePathMajor(path))
        if (verb === 'require')
          f.require.push({ path, version, indirect: isIndirect(line), pos: linePos(line) })
        else f.exclude.push({ path, version, pos: linePos(line) })
        return
      }
      case 'replace':
        f.replace.push(parseReplace(line, args, verb, this.opts))
        return
      case 'retract':
        this.retract(block, line, args)
        return
      case 'tool':
      case 'ignore':
        if (args.length !== 1)
          throw new DirectiveError(`${verb} directive expects exactly one argument`)
        f[verb].push({ path: parsePathArg(args[0] as string), pos: linePos(line) })
        return
      default:
        throw new DirectiveError(`unknown directive: ${verb}`)
    }
  }

  private retract(block: LineBlock | undefined, line: Line, args: string[]): void {
    const rationale = directiveComment(block, line)
    let vi: { low: string; high: string; rest: string[] }
    try {
      vi = parseVersionInterval('retract', args)
    } catch (e) {
      if (this.opts.lax) return
      throw e
    }
    if (vi.rest.length > 0 && !this.opts.lax) {
      throw new DirectiveError(`unexpected token after version: ${goQuote(vi.rest[0] as string)}`)
    }
    this.f.retract.push({ low: vi.low, high: vi.high, rationale, pos: linePos(line) })
  }
}

/**
 * Parses a go.mod file like the go command (`modfile.Parse` with no version fixer).
 * Throws ModfileSyntaxError with Go's errors, lines and columns when Go would reject the file.
 */
export function parseGoMod(text: string, file: string, opts: ModParseOptions = {}): ModFile {
  const syntax = parseSyntaxOrThrow(text, file)
  const f: ModFile = {
    file,
    godebug: [],
    require: [],
    exclude: [],
    replace: [],
    retract: [],
    tool: [],
    ignore: [],
    syntax
  }
  const b = new ModBuilder(f, opts)
  walkDirectives(syntax, BLOCK_VERBS, !opts.lax, b.errors, (block, line, verb, args) =>
    b.add(block, line, verb, args)
  )
  if (b.errors.length > 0) throw new ModfileSyntaxError(file, b.errors)
  return f
}
