/**
 * go.mod / go.work parser, in two layers like golang.org/x/mod/modfile: `syntax` (lines, blocks,
 * comments, positions) and the semantic files (`ModFile`, `WorkFile`). Files the go command
 * rejects throw `ModfileSyntaxError` with Go's message, line and column.
 */
export { parseGoMod } from './gomod.js'
export type { ModFile, ModParseOptions, Require, Exclude, Retract, PathDirective } from './gomod.js'
export { parseGoWork } from './gowork.js'
export type { WorkFile, Use } from './gowork.js'
export type {
  Godebug,
  GoDirective,
  ModuleVersion,
  ParseOptions,
  Replace,
  ToolchainDirective
} from './directives.js'
export { isDirectoryPath } from './directives.js'
export { ModfileSyntaxError, formatModfileError } from './errors.js'
export type { Pos } from './position.js'
export { parseSyntax } from './syntax.js'
export type {
  FileSyntax,
  Line,
  LineBlock,
  CommentBlock,
  Comment,
  Token,
  Position
} from './syntax.js'
export { modFileJSON, workFileJSON, withoutPositions } from './json.js'
