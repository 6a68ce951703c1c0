import { goVersionInRange } from '../goversion.js'
import { matchesWhole } from './regex.js'

/**
 * Matchers for `go env` values, and how a value is compared against one. Pure functions: the OS
 * and the placeholder values are parameters, so Windows and macOS rules are unit-testable anywhere.
 */
export type EnvMatcher =
  | { kind: 'exact'; value: string }
  | { kind: 'one-of'; values: string[] }
  | { kind: 'regex'; pattern: string }
  | { kind: 'unset' }
  | { kind: 'ignore' }
  | { kind: 'semver'; range: string }
  | { kind: 'list'; contains: string[]; notContains: string[] }
  /** A path (or a GOPATH-style path list) with `${HOME}`-style placeholders. */
  | { kind: 'path'; value: string }

/** Keys whose value is a list: `GOFLAGS` is space-separated, the others comma-separated. */
export const LIST_KEYS = [
  'GOFLAGS',
  'GOPROXY',
  'GOPRIVATE',
  'GONOPROXY',
  'GONOSUMDB',
  'GOINSECURE',
  'GOEXPERIMENT',
  'GODEBUG'
] as const

export const PLACEHOLDERS = ['HOME', 'GOROOT', 'RUNNER_TEMP', 'WORKSPACE'] as const
export type Placeholder = (typeof PLACEHOLDERS)[number]
/** Values of the placeholders on the machine being checked (undefined when not known). */
export type PlaceholderValues = Partial<Record<Placeholder, string>>

export function isListKey(key: string): boolean {
  return (LIST_KEYS as readonly string[]).includes(key)
}

/**
 * The elements of a list-like value. GOPROXY is split on `,` and `|` (its two separators); GOFLAGS
 * on white space; the rest on `,`. Empty elements are dropped.
 */
export function listElements(key: string, value: string): string[] {
  const sep = key === 'GOFLAGS' ? /\s+/ : key === 'GOPROXY' ? /[,|]/ : /,/
  return value
    .split(sep)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/**
 * Whether a list element matches what the baseline names. A GOFLAGS entry `-mod` (no `=`) matches
 * any `-mod=...`; `--flag` and `-flag` are the same flag to Go.
 */
function elementMatches(key: string, element: string, wanted: string): boolean {
  if (key !== 'GOFLAGS') return element === wanted
  const e = element.replace(/^--/, '-')
  const w = wanted.replace(/^--/, '-')
  return e === w || (!w.includes('=') && e.startsWith(`${w}=`))
}

/** The list value with the forbidden elements removed and the required ones appended. */
export function correctedList(
  key: string,
  actual: string,
  m: Extract<EnvMatcher, { kind: 'list' }>
): string {
  const kept = listElements(key, actual).filter(
    (e) => !m.notContains.some((w) => elementMatches(key, e, w))
  )
  const added = m.contains.filter((w) => !kept.some((e) => elementMatches(key, e, w)))
  return [...kept, ...added].join(key === 'GOFLAGS' ? ' ' : ',')
}

/** Case-insensitive file systems by default: Windows (NTFS) and macOS (APFS). */
export function isCaseInsensitiveOs(os: NodeJS.Platform): boolean {
  return os === 'win32' || os === 'darwin'
}

/** The separator of path lists such as GOPATH. */
export function pathListSeparator(os: NodeJS.Platform): string {
  return os === 'win32' ? ';' : ':'
}

/** One path in a comparable form: `/` separators, no trailing separator, lower case where the OS ignores case. */
export function normalisePath(p: string, os: NodeJS.Platform): string {
  let s = os === 'win32' ? p.replace(/\\/g, '/') : p
  s = s.replace(/\/+/g, '/')
  if (s.length > 1 && s.endsWith('/') && !/^[A-Za-z]:\/$/.test(s)) s = s.slice(0, -1)
  return isCaseInsensitiveOs(os) ? s.toLowerCase() : s
}

const PLACEHOLDER_RE = /\$\{([A-Z_]+)\}/g

/** Names of the `${...}` placeholders a text uses. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_RE)].map((m) => m[1] ?? '')
}

/** Replaces the placeholders; returns the first one that has no value instead when one is missing. */
export function expandPlaceholders(
  text: string,
  values: PlaceholderValues
): { value: string } | { missing: string } {
  for (const name of placeholdersIn(text)) {
    if (values[name as Placeholder] === undefined) return { missing: name }
  }
  return { value: text.replace(PLACEHOLDER_RE, (_, name: string) => values[name as Placeholder]!) }
}

export interface MatchContext {
  os: NodeJS.Platform
  placeholders: PlaceholderValues
}

export interface MatchResult {
  ok: boolean
  /** What was expected, in words (for the finding's `expected` field). */
  expected: string
  /** Why it failed, when the reason is more than "different value". */
  reason?: string
}

/** What a matcher expects, in words. */
export function describeMatcher(m: EnvMatcher): string {
  switch (m.kind) {
    case 'exact':
      return JSON.stringify(m.value)
    case 'one-of':
      return `one of ${m.values.map((v) => JSON.stringify(v)).join(', ')}`
    case 'regex':
      return `matching /${m.pattern}/`
    case 'unset':
      return 'unset or empty'
    case 'ignore':
      return 'anything'
    case 'semver':
      return `a version in ${m.range}`
    case 'path':
      return `path ${m.value}`
    case 'list': {
      const parts = [
        ...(m.contains.length ? [`containing ${m.contains.join(', ')}`] : []),
        ...(m.notContains.length ? [`not containing ${m.notContains.join(', ')}`] : [])
      ]
      return parts.join(' and ')
    }
  }
}

/**
 * Compares one `go env` value (undefined: the running Go does not print the key) with a matcher.
 * A key Go does not print satisfies only `unset` and `ignore`.
 */
export function matchEnvValue(
  key: string,
  actual: string | undefined,
  m: EnvMatcher,
  ctx: MatchContext
): MatchResult {
  const expected = describeMatcher(m)
  if (m.kind === 'ignore') return { ok: true, expected }
  if (m.kind === 'unset') return { ok: actual === undefined || actual === '', expected }
  if (actual === undefined) {
    return { ok: false, expected, reason: `this Go does not report ${key}` }
  }
  switch (m.kind) {
    case 'exact':
      return { ok: actual === m.value, expected }
    case 'one-of':
      return { ok: m.values.includes(actual), expected }
    case 'regex':
      return { ok: matchesWhole(m.pattern, actual), expected }
    case 'semver': {
      const inRange = goVersionInRange(actual, m.range)
      if (inRange === undefined) {
        return {
          ok: false,
          expected,
          reason: `${JSON.stringify(actual)} is not a Go release version`
        }
      }
      return { ok: inRange, expected }
    }
    case 'list':
      return matchList(key, actual, m, expected)
    case 'path':
      return matchPath(actual, m.value, ctx, expected)
  }
}

function matchList(
  key: string,
  actual: string,
  m: Extract<EnvMatcher, { kind: 'list' }>,
  expected: string
): MatchResult {
  const elements = listElements(key, actual)
  const missing = m.contains.filter((w) => !elements.some((e) => elementMatches(key, e, w)))
  const present = m.notContains.filter((w) => elements.some((e) => elementMatches(key, e, w)))
  const reasons = [
    ...(missing.length ? [`missing ${missing.join(', ')}`] : []),
    ...(present.length ? [`contains ${present.join(', ')}`] : [])
  ]
  return reasons.length
    ? { ok: false, expected, reason: reasons.join('; ') }
    : { ok: true, expected }
}

function matchPath(
  actual: string,
  pattern: string,
  ctx: MatchContext,
  expected: string
): MatchResult {
  const expanded = expandPlaceholders(pattern, ctx.placeholders)
  if ('missing' in expanded) {
    return {
      ok: false,
      expected,
      reason: `the placeholder \${${expanded.missing}} has no value here`
    }
  }
  const sep = pathListSeparator(ctx.os)
  const want = expanded.value.split(sep).map((p) => normalisePath(p, ctx.os))
  const got = actual.split(sep).map((p) => normalisePath(p, ctx.os))
  const ok = want.length === got.length && want.every((p, i) => p === got[i])
  return ok ? { ok, expected } : { ok, expected: `${expected} (= ${expanded.value})` }
}

/**
 * The placeholder values on a machine: ${HOME} (USERPROFILE on Windows when HOME is unset),
 * ${GOROOT} from `go env`, ${RUNNER_TEMP} from the runner, ${WORKSPACE} = GITHUB_WORKSPACE or the
 * repository root.
 */
export function placeholderValues(m: {
  processEnv: Record<string, string | undefined>
  goEnv: Record<string, string>
  root: string
}): PlaceholderValues {
  const e = m.processEnv
  const values: PlaceholderValues = {
    HOME: e.HOME || e.USERPROFILE || undefined,
    GOROOT: m.goEnv.GOROOT || undefined,
    RUNNER_TEMP: e.RUNNER_TEMP || undefined,
    WORKSPACE: e.GITHUB_WORKSPACE || m.root
  }
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined))
}
