import { allChecks } from './checks/index.js'
import { compareStrings } from './decide.js'
import type { RuleMeta } from './types.js'

/** Where each rule is documented; anchors are the lower-cased rule IDs. */
export const DOCS_URL = 'https://github.com/org/go-baseline-gate/blob/main/docs/rules.md'

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
  let best: { id: string; d: number } | undefined
  for (const r of RULES) {
    for (const candidate of [r.id, r.name]) {
      const d = editDistance(text.toLowerCase(), candidate.toLowerCase())
      if (!best || d < best.d) best = { id: r.id, d }
    }
  }
  return best && best.d <= Math.max(2, Math.floor(text.length / 3)) ? best.id : undefined
}

/** Levenshtein distance, for suggestions. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost)
    }
    prev = cur
  }
  return prev[b.length] ?? 0
}
