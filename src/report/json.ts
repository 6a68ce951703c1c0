import type { GateReport } from './types.js'

/** Version of the JSON report's shape; bumped only on incompatible changes. */
export const REPORT_SCHEMA_VERSION = 1

/**
 * The JSON report (`--format json`, the `report` input). Shape documented in README.md:
 * `{ schemaVersion, result, mode, failOn, goVersion, counts, violations, findings: [{ rule, name,
 * severity, message, file, line, column, endLine, endColumn, fix, expected, actual, source }], … }`.
 */
export function renderJson(
  report: GateReport,
  ruleName: (id: string) => string | undefined
): string {
  const out = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    result: report.result,
    mode: report.mode,
    failOn: report.failOn,
    goVersion: report.goVersion ?? null,
    goBinary: report.goBinary ?? null,
    baseline: report.baseline ?? null,
    counts: report.counts,
    violations: report.violations,
    findings: report.findings.map((f) => ({
      rule: f.rule,
      name: ruleName(f.rule) ?? null,
      severity: f.severity,
      message: f.message,
      file: f.location?.file ?? null,
      line: f.location?.line ?? null,
      column: f.location?.column ?? null,
      endLine: f.location?.endLine ?? null,
      endColumn: f.location?.endColumn ?? null,
      fix: f.fix ?? null,
      expected: f.expected ?? null,
      actual: f.actual ?? null,
      source: f.source ?? null
    })),
    environment: report.environment,
    cache: report.cache ?? null,
    preflight: report.preflight ?? null,
    durationMs: report.durationMs
  }
  return JSON.stringify(out, null, 2) + '\n'
}
