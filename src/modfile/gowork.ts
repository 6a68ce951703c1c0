/**
 * The semantic layer for go.work (port of x/mod/modfile work.go `ParseWork`).
 * Every node keeps its `pos`.
 */
import {
  type Godebug,
  type GoDirective,
  type ParseOptions,
  type Replace,
  type ToolchainDirective,
  DirectiveError,
  collectError,
  parseGoDirective,
  parseGodebug,
  parsePathArg,
  parseReplace,
  parseToolchainDirective
} from './directives.js'
import { ModfileSyntaxError } from './errors.js'
import { type Pos, linePos } from './position.js'
import type { FileSyntax, Line, SyntaxErrorEntry } from './syntax.js'
import { parseSyntaxOrThrow, walkDirectives } from './walk.js'

export interface Use {
  /** The directory as written (relative to the go.work directory, or absolute). */
  path: string
  pos: Pos
}

export interface WorkFile {
  file: string
  go?: GoDirective
  toolchain?: ToolchainDirective
  godebug: Godebug[]
  use: Use[]
  replace: Replace[]
  syntax: FileSyntax
}

const BLOCK_VERBS = new Set(['godebug', 'use', 'replace'])

function addWorkDirective(
  f: WorkFile,
  line: Line,
  verb: string,
  args: string[],
  opts: ParseOptions
): void {
  switch (verb) {
    case 'go':
      if (f.go) throw new DirectiveError('repeated go statement')
      f.go = parseGoDirective(line, args, false)
      return
    case 'toolchain':
      if (f.toolchain) throw new DirectiveError('repeated toolchain statement')
      f.toolchain = parseToolchainDirective(line, args)
      return
    case 'godebug':
      f.godebug.push(parseGodebug(line, args))
      return
    case 'use':
      if (args.length !== 1) throw new DirectiveError(`usage: ${verb} local/dir`)
      f.use.push({ path: parsePathArg(args[0] as string), pos: linePos(line) })
      return
    case 'replace':
      f.replace.push(parseReplace(line, args, verb, opts))
      return
    default:
      throw new DirectiveError(`unknown directive: ${verb}`)
  }
}

/** Parses a go.work file like the go command. Throws ModfileSyntaxError where Go would fail. */
export function parseGoWork(text: string, file: string, opts: ParseOptions = {}): WorkFile {
  const syntax = parseSyntaxOrThrow(text, file)
  const f: WorkFile = { file, godebug: [], use: [], replace: [], syntax }
  const errors: SyntaxErrorEntry[] = []
  walkDirectives(syntax, BLOCK_VERBS, true, errors, (_block, line, verb, args) =>
    collectError(errors, line.start, () => addWorkDirective(f, line, verb, args, opts))
  )
  if (errors.length > 0) throw new ModfileSyntaxError(file, errors)
  return f
}
