/**
 * The types every layer shares. Data flows one way:
 *   facts (src/facts) -> checks (src/checks) -> reports (src/report) -> decision (src/decide.ts).
 * A `Finding` is the only thing checks return and the only thing reports read.
 */

export type Severity = 'error' | 'warning' | 'notice'

/** What a baseline may set a rule to: a severity, or `off` to disable it. */
export type SeverityOverride = Severity | 'off'

/** A 1-based source position. `file` is relative to the repository root when inside it. */
export interface Location {
  file: string
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
}

export interface Finding {
  /** Stable rule ID from the registry (src/rules.ts), e.g. `GBG101`. */
  rule: string
  severity: Severity
  /** One or two sentences of plain text. Never trusted as markup by any sink. */
  message: string
  /** Where the problem is (a go.mod line, a baseline line, a cache path). */
  location?: Location
  /** How to fix it: a command or an edit, plain text. */
  fix?: string
  /** For the summary table: what the baseline/policy expects, what was found, and where the value came from. */
  expected?: string
  actual?: string
  source?: string
  /** The `go env` (or process environment) variable the finding is about, for locating where it is set. */
  envKey?: string
}

export interface RuleMeta {
  id: string
  /** Short kebab-case name, e.g. `checksum-db-disabled`. */
  name: string
  /** Which area the rule belongs to (env, modfile, cache, gate). */
  area: 'gate' | 'env' | 'modfile' | 'cache'
  defaultSeverity: Severity
  /** One-line description used in `rules`, SARIF and docs. */
  summary: string
  /** The documented fix, plain text. */
  fix: string
}

export type Mode = 'warn' | 'enforce' | 'record'
export type FailOn = 'error' | 'warning'
export type CacheVerify = 'full' | 'quick' | 'off'
export type PruneMode = 'off' | 'corrupt' | 'stale' | 'all'
export type CommentMode = 'off' | 'on-violation' | 'always'
export type Result = 'pass' | 'warn' | 'fail'
