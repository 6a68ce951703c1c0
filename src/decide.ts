import type { FailOn, Finding, Mode, Result, Severity } from './types.js'

const RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 }

export function severityRank(s: Severity): number {
  return RANK[s]
}

/** Ordinal string order: stable across locales, and without the ICU collator's start-up cost. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Most severe first, then by file, line and column, then rule ID: a stable order for every sink. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    RANK[b.severity] - RANK[a.severity] ||
    compareStrings(a.location?.file ?? '\uffff', b.location?.file ?? '\uffff') ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
    compareStrings(a.rule, b.rule)
  )
}

export interface Decision {
  result: Result
  violations: number
  counts: { errors: number; warnings: number; notices: number }
}

/**
 * A violation is a finding at or above `fail-on`. Under `enforce` any violation fails;
 * under `warn` (and `record`) nothing fails. `warn` is also the result when only findings
 * below `fail-on` (but at least warnings) exist.
 */
export function decide(findings: Finding[], mode: Mode, failOn: FailOn): Decision {
  const counts = { errors: 0, warnings: 0, notices: 0 }
  for (const f of findings) {
    if (f.severity === 'error') counts.errors++
    else if (f.severity === 'warning') counts.warnings++
    else counts.notices++
  }
  const violations = findings.filter((f) => RANK[f.severity] >= RANK[failOn]).length
  let result: Result = 'pass'
  if (violations > 0) result = mode === 'enforce' ? 'fail' : 'warn'
  else if (counts.errors + counts.warnings > 0) result = 'warn'
  return { result, violations, counts }
}
