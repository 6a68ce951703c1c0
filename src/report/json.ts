import type { Finding } from '../types.js'
import { jsonText, LazyArray } from './json-text.js'
import type { GateReport } from './types.js'

/** Version of the JSON report's shape; bumped only on incompatible changes. */
export const REPORT_SCHEMA_VERSION = 1

/**
 * The JSON report (`--format json`, the `report` input). Shape documented in README.md:
 * `{ schemaVersion, result, mode, failOn, goVersion, counts, violations, findings: [{ rule, name,
 * severity, message, file, line, column, endLine, endColumn, fix, expected, actual, source }], … }`,
 * indented by two spaces, characters outside ASCII as `\uXXXX` escapes.
 */
export function renderJson(
  report: GateReport,
  ruleName: (id: string) => string | undefined
): string {
  return jsonText(jsonDocument(report, ruleName))
}

/** The JSON report as a value, its findings made as they are written (see json-text.ts). */
export function jsonDocument(
  report: GateReport,
  ruleName: (id: string) => string | undefined
): object {
  const names = new Map<string, string | null>()
  const nameOf = (id: string): string | null => {
    let name = names.get(id)
    if (name === undefined) names.set(id, (name = ruleName(id) ?? null))
    return name
  }
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    result: report.result,
    mode: report.mode,
    failOn: report.failOn,
    goVersion: report.goVersion ?? null,
    goBinary: report.goBinary ?? null,
    baseline: report.baseline ?? null,
    counts: report.counts,
    violations: report.violations,
    findings: new LazyArray(report.findings, (f: Finding) => ({
      rule: f.rule,
      name: nameOf(f.rule),
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
}
