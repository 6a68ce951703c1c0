import type { Location, SeverityOverride } from '../types.js'

/** A value read from the baseline, with where it was declared (for annotations on the baseline line). */
export interface Spanned<T> {
  value: T
  location?: Location
}

/**
 * One expectation on a `go env` key. The matcher shapes (exact, one-of, regex, unset, ignore,
 * semver, contains / not-contains, paths with placeholders) are defined in src/baseline/env.ts.
 */
export interface EnvExpectation {
  key: string
  matcher: import('./env.js').EnvMatcher
  location?: Location
  /** Why the team chose this value (`reason:` in the baseline); shown with findings. */
  reason?: string
}

/** Policy on go.mod / go.work version pins (baseline section `go:`). */
export interface GoPolicy {
  /** Allowed range for the `go` line, e.g. `>=1.22 <1.25`. */
  version?: Spanned<string>
  /** Whether a `toolchain` line is required, forbidden or optional (default). */
  toolchain?: Spanned<'required' | 'forbidden' | 'optional'>
  /** Allowed range for the `toolchain` line's version, e.g. `>=1.23.0`. */
  toolchainVersion?: Spanned<string>
  /** Allowed GOTOOLCHAIN modes: `local`, `auto`, `path`, `version`, `version+auto`, `version+path`. */
  gotoolchain?: Spanned<string[]>
}

/** Build-cache budget (baseline section `cache:`). */
export interface CachePolicy {
  /** Entries unused for longer are stale, e.g. `5d`, `36h` (Go's own trim uses 5 days). */
  maxAge?: Spanned<string>
  /** Size budget after pruning, e.g. `2GiB`, `500MB`. */
  maxSize?: Spanned<string>
}

export interface Baseline {
  /** Absolute path of the baseline file; undefined for the built-in policy. */
  path?: string
  /** True when no baseline file exists and the built-in recommended policy applies. */
  builtin: boolean
  version: 1
  /** Per-rule severity overrides (`off` disables a rule). */
  rules: Record<string, Spanned<SeverityOverride>>
  /** Expectations on `go env`, already resolved for this GOOS/GOARCH/runner OS (overrides applied). */
  env: EnvExpectation[]
  go: GoPolicy
  cache: CachePolicy
}
