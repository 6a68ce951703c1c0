/** GateReport builders for the report sink tests: plain data, like the engine produces. */
import type { GateReport } from '../src/report/types.js'
import type { Finding, RuleMeta, Severity } from '../src/types.js'

export const RULE_META: RuleMeta[] = [
  {
    id: 'GBG101',
    name: 'checksum-db-disabled',
    area: 'env',
    defaultSeverity: 'error',
    summary: 'GONOSUMDB/GOSUMDB=off disables checksum verification.',
    fix: 'Remove the override: go env -u GOSUMDB'
  },
  {
    id: 'GBG201',
    name: 'toolchain-mismatch',
    area: 'modfile',
    defaultSeverity: 'warning',
    summary: 'The toolchain line differs from the baseline.',
    fix: 'Set the toolchain line: go mod edit -toolchain=go1.26.8'
  },
  {
    id: 'GBG301',
    name: 'cache-entry-corrupt',
    area: 'cache',
    defaultSeverity: 'notice',
    summary: 'A build cache entry is malformed.',
    fix: 'Prune the cache: go-baseline-gate cache prune --mode corrupt'
  }
]

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'GBG101',
    severity: 'error',
    message: 'GOSUMDB is off, checksum verification is disabled.',
    location: { file: 'go.mod', line: 3, column: 1 },
    fix: 'go env -u GOSUMDB',
    expected: 'sum.golang.org',
    actual: 'off',
    source: 'environment',
    ...overrides
  }
}

/** A report with `findings`; counts, violations and result are derived like the engine does. */
export function gateReport(findings: Finding[], overrides: Partial<GateReport> = {}): GateReport {
  const n = (s: Severity): number => findings.filter((f) => f.severity === s).length
  const errors = n('error')
  return {
    result: errors > 0 ? 'fail' : findings.length > 0 ? 'warn' : 'pass',
    mode: 'enforce',
    failOn: 'error',
    goVersion: 'go1.26.8',
    goBinary: '/usr/local/go/bin/go',
    findings,
    counts: { errors, warnings: n('warning'), notices: n('notice') },
    violations: errors,
    baseline: '/repo/.github/go-baseline.yml',
    rules: RULE_META,
    root: '/repo',
    dir: '/repo',
    environment: { GOOS: 'linux', GOARCH: 'amd64', GOTOOLCHAIN: 'local', GOFLAGS: '-mod=readonly' },
    durationMs: 42,
    ...overrides
  }
}

/** `count` findings cycling through the three rules and severities, each on its own line. */
export function manyFindings(
  count: number,
  message = (i: number) => `finding number ${i}`
): Finding[] {
  const severities: Severity[] = ['error', 'warning', 'notice']
  return Array.from({ length: count }, (_, i) => {
    const severity = severities[i % 3] ?? 'error'
    const rule = RULE_META[i % 3]?.id ?? 'GBG101'
    return finding({
      rule,
      severity,
      message: message(i),
      location: { file: 'go.mod', line: i + 1 },
      fix: `fix command ${i % 5}`
    })
  })
}
