import type { Baseline } from '../baseline/types.js'
import type { Facts } from '../facts/types.js'
import type { Finding, RuleMeta, Severity } from '../types.js'

/**
 * A check is a pure function of facts and baseline. It declares the rules it can report
 * (so the registry, `rules`, SARIF and docs know them) and returns findings for them.
 * Checks never throw for bad input in the facts: they report it.
 */
export interface Check {
  rules: RuleMeta[]
  run(facts: Facts, baseline: Baseline): Finding[]
}

/** A compact way to declare an area's rules: `const rule = defineRule('cache')`, then `rule(id, …)`. */
export function defineRule(area: RuleMeta['area']) {
  return (
    id: string,
    name: string,
    defaultSeverity: Severity,
    summary: string,
    fix: string
  ): RuleMeta => ({
    id,
    name,
    area,
    defaultSeverity,
    summary,
    fix
  })
}
