import type { CacheFacts } from '../gocache/types.js'
import type { Finding, FailOn, Mode, Result, RuleMeta } from '../types.js'

/** What the report says about the preflight run. */
export interface PreflightSummary {
  mode: 'offline' | 'online'
  command: string
  durationMs: number
  exitCode?: number
  notChecked?: { reason: string; items: string[] }
  skipped?: string
  timedOutAfterS?: number
}

/** Everything a sink may render. Built once by the engine; every sink reads the same object. */
export interface GateReport {
  result: Result
  mode: Mode
  failOn: FailOn
  /** Running toolchain, e.g. `go1.26.8`; undefined when go could not be run. */
  goVersion?: string
  goBinary?: string
  /** Findings, most severe first, then by file and line. */
  findings: Finding[]
  counts: { errors: number; warnings: number; notices: number }
  /** Number of findings at or above `fail-on`. */
  violations: number
  /** Absolute baseline path, or undefined with the built-in policy. */
  baseline?: string
  /** The rules that ran (after `off` overrides), for SARIF and the summary. */
  rules: RuleMeta[]
  /** Repository root and checked directory, absolute. */
  root: string
  dir: string
  /** A few facts for the summary: GOOS/GOARCH, GOTOOLCHAIN, GOFLAGS, GOCACHE… */
  environment: Record<string, string>
  cache?: CacheFacts
  /** The preflight's run: command, duration, what was not checked (never findings themselves). */
  preflight?: PreflightSummary
  durationMs: number
}
