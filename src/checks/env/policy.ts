import type { Baseline } from '../../baseline/types.js'
import type { Facts } from '../../facts/types.js'
import type { Finding, RuleMeta } from '../../types.js'
import { attribution } from './attribution.js'

/**
 * Shared by the built-in recommended policy rules. The baseline is the team's contract: where it
 * declares a key, the baseline comparison (GBG110) judges that key and the policy rule stays quiet
 * (a declared `GOPROXY: direct` is the "reason" the policy asks for).
 */
export function declared(baseline: Baseline, key: string): boolean {
  return baseline.env.some((e) => e.key === key)
}

/**
 * A finding about one `go env` key, with its value and where the value came from. The fix is its
 * own field: every sink prints it after the message.
 */
export function keyFinding(
  rule: RuleMeta,
  facts: Facts,
  key: string,
  f: { message: string; expected: string; fix: string }
): Finding {
  const source = attribution(facts, key)
  return {
    rule: rule.id,
    severity: rule.defaultSeverity,
    message: `${f.message}${source ? ` ${key} comes from ${source}.` : ''}`,
    expected: f.expected,
    actual: `${key}=${facts.go.env[key] ?? ''}`,
    ...(source ? { source } : {}),
    fix: f.fix,
    envKey: key
  }
}
