/**
 * Directive helpers shared by go.mod and go.work (port of the parts of x/mod/modfile/rule.go
 * both files use): quoted strings, module versions, `go`, `toolchain`, `godebug`, `replace`.
 * A handler throws `DirectiveError` with Go's message; the caller records it at the line start.
 */
import { goQuote, goUnquote } from './gostrings.js'
import { type Pos, linePos, tokenPos } from './position.js'
import { canonicalModuleVersion, checkPathMajor, splitPathVersion } from './semver.js'
import type { Line } from './syntax.js'

export class DirectiveError {
  constructor(readonly message: string) {}
}

/** `1.23`, `1.23.0`, `1.23rc1` — the go line syntax (modfile.GoVersionRE). */
export const GO_VERSION_RE = /^([1-9][0-9]*)\.(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?$/
const LAX_GO_VERSION_RE = /^v?(([1-9][0-9]*)\.(0|[1-9][0-9]*))([^0-9].*)$/
/** Toolchain names: `default` or anything starting `go1` then end or `.` (modfile.ToolchainRE). */
export const TOOLCHAIN_RE = /^default$|^go1($|\.)/

export interface ModuleVersion {
  path: string
  /** Omitted when the directive names no version. */
  version?: string
}

export interface Replace {
  old: ModuleVersion
  new: ModuleVersion
  pos: Pos
  /** Position of the replacement path token (`=> HERE`). */
  newPos: Pos
}

export interface GoDirective {
  version: string
  pos: Pos
}

export interface ToolchainDirective {
  name: string
  pos: Pos
}

export interface Godebug {
  key: string
  value: string
  pos: Pos
}

/** parseString: unquotes `"..."`; other quote characters are reserved. */
export function parseString(token: string): { value: string } | { err: string } {
  if (token.startsWith('"')) {
    const value = goUnquote(token)
    return value === undefined ? { err: 'invalid syntax' } : { value }
  }
  if (/["'`]/.test(token)) return { err: 'unquoted string cannot contain quote' }
  return { value: token }
}

/** parseString for a path argument, failing with Go's `invalid quoted string` message. */
export function parsePathArg(token: string): string {
  const r = parseString(token)
  if ('err' in r) throw new DirectiveError(`invalid quoted string: ${r.err}`)
  return r.value
}

function directivePrefix(verb: string, path: string): string {
  return path ? `${verb} ${path}: ` : `${verb}: `
}

/**
 * parseVersion: a module version argument. `canonical` (Go's nil fixer) requires a version that
 * canonicalises (`v1.2` becomes `v1.2.0`); otherwise the text is kept (retract's fixer).
 */
export function parseVersion(
  verb: string,
  path: string,
  token: string,
  canonical: boolean
): string {
  const r = parseString(token)
  if ('err' in r) {
    throw new DirectiveError(
      `${directivePrefix(verb, path)}version ${goQuote(token)} invalid: ${r.err}`
    )
  }
  if (!canonical) return r.value
  const cv = canonicalModuleVersion(r.value)
  if (cv === '') {
    throw new DirectiveError(
      `${directivePrefix(verb, path)}version ${goQuote(r.value)} invalid: must be of the form v1.2.3`
    )
  }
  return cv
}

/** The `/vN` suffix of a module path, or Go's `invalid module path`. */
export function modulePathMajor(path: string): string {
  const { pathMajor, ok } = splitPathVersion(path)
  if (!ok) throw new DirectiveError('invalid module path')
  return pathMajor
}

export function checkMajor(verb: string, path: string, version: string, pathMajor: string): void {
  const reason = checkPathMajor(version, pathMajor)
  if (reason !== undefined) {
    throw new DirectiveError(`${verb} ${path}: version ${goQuote(version)} invalid: ${reason}`)
  }
}

export function parseGoDirective(line: Line, args: string[], lax: boolean): GoDirective {
  if (args.length !== 1) throw new DirectiveError('go directive expects exactly one argument')
  let version = args[0] as string
  if (!GO_VERSION_RE.test(version)) {
    const m = lax ? LAX_GO_VERSION_RE.exec(version) : null
    if (!m) throw new DirectiveError(`invalid go version '${version}': must match format 1.23.0`)
    version = m[1] as string
  }
  return { version, pos: linePos(line) }
}

export function parseToolchainDirective(line: Line, args: string[]): ToolchainDirective {
  if (args.length !== 1)
    throw new DirectiveError('toolchain directive expects exactly one argument')
  const name = args[0] as string
  if (!TOOLCHAIN_RE.test(name)) {
    throw new DirectiveError(
      `invalid toolchain version '${name}': must match format go1.23.0 or default`
    )
  }
  return { name, pos: linePos(line) }
}

export function parseGodebug(line: Line, args: string[]): Godebug {
  const arg = args[0]
  if (args.length !== 1 || arg === undefined || /["`',]/.test(arg) || !arg.includes('=')) {
    throw new DirectiveError('usage: godebug key=value')
  }
  const eq = arg.indexOf('=')
  return { key: arg.slice(0, eq), value: arg.slice(eq + 1), pos: linePos(line) }
}

/** IsDirectoryPath: `.`/`..`-relative or rooted (Unix, Windows, drive letter) paths. */
export function isDirectoryPath(ns: string): boolean {
  return (
    ns === '.' ||
    ns.startsWith('./') ||
    ns.startsWith('.\\') ||
    ns === '..' ||
    ns.startsWith('../') ||
    ns.startsWith('..\\') ||
    ns.startsWith('/') ||
    ns.startsWith('\\') ||
    /^[A-Za-z]:/.test(ns)
  )
}

export interface ParseOptions {
  /** Accept Windows directory paths in `replace` (Go does only on Windows). Default: this platform. */
  windows?: boolean
}

/** parseReplace: `old [v] => new [v]` or `old [v] => ../dir`. */
export function parseReplace(
  line: Line,
  args: string[],
  verb: string,
  opts: ParseOptions
): Replace {
  const arrow = args.length >= 2 && args[1] === '=>' ? 1 : 2
  if (args.length < arrow + 2 || args.length > arrow + 3 || args[arrow] !== '=>') {
    throw new DirectiveError(
      `usage: ${verb} module/path [v1.2.3] => other/module v1.4\n\t or ${verb} module/path [v1.2.3] => ../local/directory`
    )
  }
  const s = parsePathArg(args[0] as string)
  let pathMajor: string
  try {
    pathMajor = modulePathMajor(s)
  } catch (e) {
    throw new DirectiveError(`${verb} ${s}: ${(e as DirectiveError).message}`)
  }
  const old: ModuleVersion = { path: s }
  if (arrow === 2) {
    old.version = parseVersion(verb, s, args[1] as string, true)
    checkMajor(verb, s, old.version, pathMajor)
  }
  const ns = parsePathArg(args[arrow + 1] as string)
  const repl: ModuleVersion = { path: ns }
  if (args.length === arrow + 2) {
    if (!isDirectoryPath(ns)) {
      if (ns.includes('@')) {
        throw new DirectiveError(
          "replacement module must match format 'path version', not 'path@version'"
        )
      }
      throw new DirectiveError(
        'replacement module without version must be directory path (rooted or starting with . or ..)'
      )
    }
    if (!(opts.windows ?? process.platform === 'win32') && ns.includes('\\')) {
      throw new DirectiveError(
        'replacement directory appears to be Windows path (on a non-windows system)'
      )
    }
  } else {
    repl.version = parseVersion(verb, ns, args[arrow + 2] as string, true)
    if (isDirectoryPath(ns)) {
      throw new DirectiveError(
        `replacement module directory path ${goQuote(ns)} cannot have version`
      )
    }
  }
  const newToken = line.tokens[line.tokens.length - args.length + arrow + 1]
  return {
    old,
    new: repl,
    pos: linePos(line),
    newPos: newToken ? tokenPos(newToken) : linePos(line)
  }
}

/** Runs `handle` for one directive line, recording a DirectiveError at the line start like Go. */
export function collectError(
  errors: Array<{ line: number; column: number; message: string }>,
  at: { line: number; column: number },
  handle: () => void
): void {
  try {
    handle()
  } catch (e) {
    if (!(e instanceof DirectiveError)) throw e
    errors.push({ line: at.line, column: at.column, message: e.message })
  }
}
