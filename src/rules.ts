import { allChecks } from './checks/index.js'
import { suggest } from './baseline/suggest.js'
import { compareStrings } from './decide.js'
import { DOCS_BASE_URL } from './project.js'
import type { RuleMeta } from './types.js'

/** Where each rule is documented; anchors are the lower-cased rule IDs. */
export const DOCS_URL = `${DOCS_BASE_URL}/rules.md`

export const CHECK_CRASHED: RuleMeta = {
  id: 'GBG001',
  name: 'check-crashed',
  area: 'gate',
  defaultSeverity: 'error',
  summary: 'A check failed unexpectedly; its rules were not evaluated.',
  fix: 'Report the message as a bug in go-baseline-gate; meanwhile turn the failing rule off in the baseline `rules:` section.'
}

/** All rules, sorted by ID. IDs are stable: a rule is never renumbered, only retired. */
export const RULES: RuleMeta[] = [CHECK_CRASHED, ...allChecks.flatMap((c) => c.rules)].sort(
  (a, b) => compareStrings(a.id, b.id)
)

const BY_ID = new Map(RULES.map((r) => [r.id, r]))

export function ruleById(id: string): RuleMeta | undefined {
  return BY_ID.get(id)
}

export function docsUrl(rule: RuleMeta): string {
  return `${DOCS_URL}#${rule.id.toLowerCase()}`
}

/** The closest known rule ID or name to a misspelt one, for "did you mean" messages. */
export function suggestRule(text: string): string | undefined {
  const byName = new Map(RULES.map((r) => [r.name, r.id]))
  const best = suggest(text, [...RULES.map((r) => r.id), ...byName.keys()])
  return best === undefined ? undefined : (byName.get(best) ?? best)
}
