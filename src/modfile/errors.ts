import type { SyntaxErrorEntry } from './syntax.js'

/** Formats one error the way Go's modfile.Error does: the column only when it is past 1. */
export function formatModfileError(file: string, e: SyntaxErrorEntry): string {
  const where = e.column > 1 ? `${file}:${e.line}:${e.column}` : `${file}:${e.line}`
  return `${where}: ${e.message}`
}

/**
 * A go.mod/go.work file the go command would reject. `errors` holds every error Go would print,
 * in Go's order, each with its 1-based line and column; `message` is Go's text, one per line.
 */
export class ModfileSyntaxError extends Error {
  constructor(
    readonly file: string,
    readonly errors: SyntaxErrorEntry[]
  ) {
    super(errors.map((e) => formatModfileError(file, e)).join('\n'))
    this.name = 'ModfileSyntaxError'
  }
}
