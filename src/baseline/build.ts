import { isValidGoRange } from '../goversion.js'
import type { Location, SeverityOverride } from '../types.js'
import { isListKey, PLACEHOLDERS, placeholdersIn, type EnvMatcher } from './env.js'
import { regexSyntaxError } from './regex.js'
import { MATCHER_KEYS, TOOLCHAIN_POLICIES } from './schema.js'
import type { BaselineSource } from './source.js'
import { didYouMean } from './suggest.js'
import type { Baseline, CachePolicy, EnvExpectation, GoPolicy, Spanned } from './types.js'
import type { BaselineProblem } from './validate.js'

/**
 * Turns schema-valid baseline data into a `Baseline` for one GOOS/GOARCH/runner OS, checking what
 * the schema cannot (one matcher per key, regexes and ranges that compile, known placeholders).
 */

type Path = (string | number)[]
type MatcherData = string | Partial<Record<(typeof MATCHER_KEYS)[number] | 'reason', unknown>>

interface OverrideData {
  when: { goos?: string | string[]; goarch?: string | string[]; 'runner-os'?: string | string[] }
  env?: Record<string, MatcherData>
  rules?: Record<string, SeverityOverride>
  go?: GoData
  cache?: CacheData
}
interface GoData {
  version?: string
  toolchain?: string
  gotoolchain?: string[]
}
interface CacheData {
  'max-age'?: string
  'max-size'?: string
}
export interface BaselineData {
  version: 1
  env?: Record<string, MatcherData>
  go?: GoData
  cache?: CacheData
  rules?: Record<string, SeverityOverride>
  overrides?: OverrideData[]
}

export interface Target {
  goos: string
  goarch: string
  runnerOs?: string
}

class Builder {
  readonly problems: BaselineProblem[] = []
  constructor(private readonly source: BaselineSource) {}

  private problem(message: string, location: Location, fix?: string): void {
    this.problems.push({ message, location, fix })
  }

  matcher(key: string, data: MatcherData, path: Path): EnvMatcher | undefined {
    if (typeof data === 'string') return { kind: 'exact', value: data }
    const kinds = MATCHER_KEYS.filter((k) => data[k] !== undefined)
    const isList = kinds.length > 0 && kinds.every((k) => k === 'contains' || k === 'not-contains')
    if (!isList && kinds.length !== 1) {
      this.problem(
        kinds.length
          ? `${key} has several matchers (${kinds.join(', ')}); give exactly one (contains and not-contains may be combined)`
          : `${key} has no matcher, only a reason`,
        this.source.locate(path),
        `use one of: ${MATCHER_KEYS.join(', ')}`
      )
      return undefined
    }
    if (isList) return this.list(key, data, path)
    const kind = kinds[0]!
    const value = data[kind]
    const at = this.source.locate([...path, kind])
    switch (kind) {
      case 'exact':
        return { kind, value: value as string }
      case 'one-of':
        return { kind, values: value as string[] }
      case 'unset':
      case 'ignore':
        return { kind }
      case 'regex':
        return this.regex(key, value as string, at)
      case 'semver':
        return this.semver(key, value as string, at)
      case 'path':
        return this.path(key, value as string, at)
      default:
        return undefined
    }
  }

  private list(
    key: string,
    data: Exclude<MatcherData, string>,
    path: Path
  ): EnvMatcher | undefined {
    if (!isListKey(key)) {
      this.problem(
        `contains / not-contains only apply to list-like keys, not ${key}`,
        this.source.locate(path),
        'use exact, one-of or regex for this key; list-like keys are GOFLAGS, GOPROXY, GOPRIVATE, GONOPROXY, GONOSUMDB, GOINSECURE, GOEXPERIMENT, GODEBUG'
      )
      return undefined
    }
    return {
      kind: 'list',
      contains: (data.contains as string[] | undefined) ?? [],
      notContains: (data['not-contains'] as string[] | undefined) ?? []
    }
  }

  private regex(key: string, pattern: string, at: Location): EnvMatcher | undefined {
    const why = regexSyntaxError(pattern)
    if (why === undefined) return { kind: 'regex', pattern }
    this.problem(
      `invalid regular expression for ${key}: ${why}`,
      at,
      "fix the pattern (RE2 syntax, as Go's regexp: no backreferences or lookaround; matched against the whole value)"
    )
    return undefined
  }

  private semver(key: string, range: string, at: Location): EnvMatcher | undefined {
    if (key !== 'GOVERSION') {
      this.problem(`semver only applies to GOVERSION, not ${key}`, at, 'use exact, one-of or regex')
      return undefined
    }
    if (!this.range(range, at, 'GOVERSION')) return undefined
    return { kind: 'semver', range }
  }

  /** Checks a version range; reports and returns false when it is not one. */
  range(range: string, at: Location, what: string, words: readonly string[] = []): boolean {
    if (isValidGoRange(range)) return true
    this.problem(
      `invalid version range for ${what}: ${JSON.stringify(range)}${didYouMean(range, words)}`,
      at,
      'write a range such as ">=1.22.0 <1.24" or "~1.23.4" (space-separated comparators, || between alternatives)'
    )
    return false
  }

  private path(key: string, value: string, at: Location): EnvMatcher | undefined {
    const unknown = placeholdersIn(value).filter(
      (p) => !(PLACEHOLDERS as readonly string[]).includes(p)
    )
    if (unknown.length) {
      this.problem(
        `unknown placeholder \${${unknown[0]}} in ${key}`,
        at,
        `use one of: ${PLACEHOLDERS.map((p) => `\${${p}}`).join(', ')}`
      )
      return undefined
    }
    return { kind: 'path', value }
  }

  env(
    data: Record<string, MatcherData> | undefined,
    path: Path,
    into: Map<string, EnvExpectation>
  ): void {
    for (const [key, m] of Object.entries(data ?? {})) {
      const matcher = this.matcher(key, m, [...path, key])
      if (!matcher) continue
      const reason = typeof m === 'object' && typeof m.reason === 'string' ? m.reason : undefined
      into.set(key, {
        key,
        matcher,
        location: this.source.locateKey([...path, key]),
        ...(reason ? { reason } : {})
      })
    }
  }

  rules(
    data: Record<string, SeverityOverride> | undefined,
    path: Path,
    into: Baseline['rules']
  ): void {
    for (const [id, value] of Object.entries(data ?? {})) {
      into[id] = { value, location: this.source.locateKey([...path, id]) }
    }
  }

  go(data: GoData | undefined, path: Path, into: GoPolicy): void {
    if (!data) return
    const at = (k: string): Location => this.source.locate([...path, k])
    const spanned = <T>(k: string, value: T): Spanned<T> => ({ value, location: at(k) })
    if (data.version !== undefined && this.range(data.version, at('version'), 'go.version')) {
      into.version = spanned('version', data.version)
    }
    if (data.toolchain !== undefined) {
      const t = data.toolchain
      if ((TOOLCHAIN_POLICIES as readonly string[]).includes(t)) {
        into.toolchain = spanned('toolchain', t as (typeof TOOLCHAIN_POLICIES)[number])
      } else if (
        this.range(
          t,
          at('toolchain'),
          'go.toolchain (or use required, forbidden, optional)',
          TOOLCHAIN_POLICIES
        )
      ) {
        into.toolchainVersion = spanned('toolchain', t)
      }
    }
    if (data.gotoolchain !== undefined) into.gotoolchain = spanned('gotoolchain', data.gotoolchain)
  }

  cache(data: CacheData | undefined, path: Path, into: CachePolicy): void {
    if (data?.['max-age'] !== undefined) {
      into.maxAge = { value: data['max-age'], location: this.source.locate([...path, 'max-age']) }
    }
    if (data?.['max-size'] !== undefined) {
      into.maxSize = {
        value: data['max-size'],
        location: this.source.locate([...path, 'max-size'])
      }
    }
  }
}

function selects(selector: string | string[] | undefined, value: string | undefined): boolean {
  if (selector === undefined) return true
  if (value === undefined) return false
  const wanted = Array.isArray(selector) ? selector : [selector]
  return wanted.some((w) => w.toLowerCase() === value.toLowerCase())
}

function applies(o: OverrideData, t: Target): boolean {
  return (
    selects(o.when.goos, t.goos) &&
    selects(o.when.goarch, t.goarch) &&
    selects(o.when['runner-os'], t.runnerOs)
  )
}

/**
 * Builds the baseline for a target. Every section (and every override, matching or not) is
 * checked, so a broken override fails on every machine, not only on the matrix leg it targets.
 */
export function buildBaseline(
  data: BaselineData,
  source: BaselineSource,
  file: string,
  target: Target
): { baseline: Baseline; problems: BaselineProblem[] } {
  const b = new Builder(source)
  const env = new Map<string, EnvExpectation>()
  const baseline: Baseline = {
    path: file,
    builtin: false,
    version: 1,
    rules: {},
    env: [],
    go: {},
    cache: {}
  }
  b.env(data.env, ['env'], env)
  b.rules(data.rules, ['rules'], baseline.rules)
  b.go(data.go, ['go'], baseline.go)
  b.cache(data.cache, ['cache'], baseline.cache)
  ;(data.overrides ?? []).forEach((o, i) => {
    const path = ['overrides', i]
    const on = applies(o, target)
    b.env(o.env, [...path, 'env'], on ? env : new Map())
    b.rules(o.rules, [...path, 'rules'], on ? baseline.rules : {})
    b.go(o.go, [...path, 'go'], on ? baseline.go : {})
    b.cache(o.cache, [...path, 'cache'], on ? baseline.cache : {})
  })
  baseline.env = [...env.values()]
  return { baseline, problems: b.problems }
}
