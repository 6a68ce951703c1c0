/** Shared driver of the semantic layers: syntax errors to ModfileSyntaxError, statements to directives. */
import { ModfileSyntaxError } from './errors.js'
import {
  type FileSyntax,
  type Line,
  type LineBlock,
  type SyntaxErrorEntry,
  SyntaxAbort,
  parseSyntax
} from './syntax.js'

/** Parses the statements of a file's syntax into `add(block, line, verb, args)` calls. */
export function walkDirectives(
  syntax: FileSyntax,
  blockVerbs: Set<string>,
  strict: boolean,
  errors: SyntaxErrorEntry[],
  add: (block: LineBlock | undefined, line: Line, verb: string, args: string[]) => void
): void {
  for (const x of syntax.stmts) {
    if (x.type === 'line') {
      const [verb, ...args] = x.tokens.map((t) => t.text)
      add(undefined, x, verb as string, args)
    } else if (x.type === 'block') {
      const verb = x.tokens[0]?.text as string
      if (x.tokens.length > 1 || !blockVerbs.has(verb)) {
        if (strict) {
          const type = x.tokens.map((t) => t.text).join(' ')
          errors.push({
            line: x.start.line,
            column: x.start.column,
            message: `unknown block type: ${type}`
          })
        }
        continue
      }
      for (const l of x.lines)
        add(
          x,
          l,
          verb,
          l.tokens.map((t) => t.text)
        )
    }
  }
}

/** Runs the syntax parser, turning its first error into a ModfileSyntaxError. */
export function parseSyntaxOrThrow(text: string, file: string): FileSyntax {
  try {
    return parseSyntax(text, file)
  } catch (e) {
    if (e instanceof SyntaxAbort) throw new ModfileSyntaxError(file, [e.entry])
    throw e
  }
}
