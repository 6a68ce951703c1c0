import type { ErrorObject, ValidateFunction } from 'ajv'
import { UsageError } from '../errors.js'
import type { Location } from '../types.js'
import { validate as generatedValidate } from './schema-validator.generated.js'
import type { BaselineSource } from './source.js'
import { didYouMean, suggest } from './suggest.js'

/** One problem in a baseline file, already placed at its line and column. */
export interface BaselineProblem {
  message: string
  location: Location
  fix?: string
}

/** The schema validator, compiled ahead of time (see __tests__/baseline/schema.test.ts). */
const validate = generatedValidate as unknown as ValidateFunction

/** `/env/GOFLAGS` -> `['env', 'GOFLAGS']` (JSON Pointer unescaping, array indexes as numbers). */
function pointerPath(pointer: string): (string | number)[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s))
}

function describePath(path: readonly (string | number)[]): string {
  return path.length
    ? path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.')
    : 'the file'
}

function typeName(v: unknown): string {
  return v === null
    ? 'null'
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'object'
        ? 'a map'
        : `a ${typeof v}`
}

/** Turns one ajv error into a message with a position, a suggestion and a fix. */
function toProblem(e: ErrorObject, source: BaselineSource): BaselineProblem {
  const path = pointerPath(e.instancePath)
  const where = describePath(path)
  const params = e.params as Record<string, unknown>
  switch (e.keyword) {
    case 'additionalProperty':
    case 'additionalProperties': {
      const key = String(params.additionalProperty)
      const known = Object.keys((e.parentSchema?.properties as object | undefined) ?? {})
      const isEnv = path[path.length - 1] === 'env'
      const guess = suggest(key, known)
      return {
        message: `unknown ${isEnv ? 'go env key' : 'key'} "${key}" in ${where}${didYouMean(key, known)}`,
        location: source.locate(path, key),
        fix: guess
          ? `rename it to "${guess}"`
          : isEnv
            ? 'use a key that `go env` prints (see `go help environment`)'
            : `use one of: ${known.join(', ')}`
      }
    }
    case 'required':
      return {
        message: `${where} is missing the required key "${String(params.missingProperty)}"`,
        location: source.locate(path),
        fix: params.missingProperty === 'version' ? 'add `version: 1` at the top' : undefined
      }
    case 'const':
      return {
        message: `${where} must be ${JSON.stringify(params.allowedValue)}, found ${JSON.stringify(e.data)}`,
        location: source.locate(path)
      }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String)
      return {
        message: `${where} must be one of ${allowed.join(', ')}, found ${JSON.stringify(e.data)}${didYouMean(String(e.data), allowed)}`,
        location: source.locate(path)
      }
    }
    case 'pattern':
      if (e.propertyName !== undefined) {
        return {
          message: `"${e.propertyName}" in ${where} is not a rule ID (GBG followed by three digits, e.g. GBG101)`,
          location: source.locate(path, e.propertyName)
        }
      }
      return {
        message: `${where} has an invalid value ${JSON.stringify(e.data)}`,
        location: source.locate(path),
        fix: String(e.parentSchema?.description ?? '')
      }
    case 'anyOf':
      return {
        message: `${where} must be ${anyOfExpectation(e)}, found ${typeName(e.data)}`,
        location: source.locate(path),
        fix:
          typeof e.data === 'number' || typeof e.data === 'boolean'
            ? `quote it: "${String(e.data)}"`
            : undefined
      }
    case 'minItems':
    case 'minProperties':
      return { message: `${where} must not be empty`, location: source.locate(path) }
    default:
      return { message: `${where} ${e.message ?? 'is invalid'}`, location: source.locate(path) }
  }
}

function anyOfExpectation(e: ErrorObject): string {
  const branches = (e.schema as Array<{ type?: string; $ref?: string }>).map((b) =>
    b.$ref
      ? 'a matcher such as { one-of: [...] }'
      : b.type === 'array'
        ? 'a list of strings'
        : 'a string'
  )
  return branches.join(' or ')
}

/**
 * Drops the noise of `anyOf`: the per-branch type errors, and the `anyOf` error itself when a
 * branch that fits the value's shape reported something more precise at or below it.
 */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  const anyOfAt = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath))
  const kept = errors.filter(
    (e) => !(e.keyword === 'type' && anyOfAt.has(e.instancePath)) && e.keyword !== 'propertyNames'
  )
  // Every path at or above a precise (non-anyOf) error: one set, so the filter is linear.
  const covered = new Set<string>()
  for (const o of kept) {
    if (o.keyword === 'anyOf') continue
    for (let p = o.instancePath; !covered.has(p); p = p.slice(0, Math.max(p.lastIndexOf('/'), 0))) {
      covered.add(p)
      if (p === '') break
    }
  }
  return kept.filter((e) => e.keyword !== 'anyOf' || !covered.has(e.instancePath))
}

/** At most this many problems are placed and described (the rest are counted). */
const MAX_PROBLEMS = 100
/** At most this many problems are listed in the error message. */
const LISTED_PROBLEMS = 20

/**
 * Validates the parsed data against the schema; the problems sorted by position. Only the first
 * MAX_PROBLEMS errors are described (a hostile file can have one per line); `more` counts the rest.
 */
export function schemaProblems(
  data: unknown,
  source: BaselineSource
): BaselineProblem[] & { more?: number } {
  if (validate(data)) return []
  const errors = relevant(validate.errors ?? [])
  const problems: BaselineProblem[] & { more?: number } = errors
    .slice(0, MAX_PROBLEMS)
    .map((e) => toProblem(e, source))
    .sort(
      (a, b) =>
        (a.location.line ?? 0) - (b.location.line ?? 0) ||
        (a.location.column ?? 0) - (b.location.column ?? 0)
    )
  if (errors.length > MAX_PROBLEMS) problems.more = errors.length - MAX_PROBLEMS
  return problems
}

/** Throws one UsageError for all problems: the first one placed, the next ones listed after it. */
export function throwProblems(problems: BaselineProblem[] & { more?: number }): void {
  const [first, ...rest] = problems
  if (!first) return
  const more = rest
    .slice(0, LISTED_PROBLEMS - 1)
    .map((p) => `\n  ${p.location.file}:${p.location.line}:${p.location.column}: ${p.message}`)
  const unlisted = rest.length - more.length + (problems.more ?? 0)
  if (unlisted > 0) more.push(`\n  ... and ${unlisted} more`)
  throw new UsageError(
    `invalid baseline: ${first.message}${more.join('')}`,
    first.location,
    first.fix || undefined
  )
}
