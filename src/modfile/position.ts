import type { Line, Position, Token } from './syntax.js'

/** The span of a semantic node: 1-based; `endColumn` is the column just after the last character. */
export interface Pos {
  line: number
  column: number
  endLine: number
  endColumn: number
}

export function spanOf(start: Position, end: Position): Pos {
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column }
}

export function linePos(line: Line): Pos {
  return spanOf(line.start, line.end)
}

export function tokenPos(token: Token): Pos {
  return spanOf(token.start, token.end)
}
