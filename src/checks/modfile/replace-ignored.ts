/** GBG222: `replace` in a module that the main module requires as a dependency (Go ignores it there). */
import type { Facts } from '../../facts/types.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { at, finding } from './location.js'

export const REPLACE_IGNORED: RuleMeta = {
  id: 'GBG222',
  name: 'replace-in-dependency',
  area: 'modfile',
  defaultSeverity: 'warning',
  summary:
    'A replace directive sits in a module that is built as a dependency, not as the main module: Go ignores it.',
  fix: 'Move the replace into the main module go.mod (or go.work), or remove it.'
}

function run(facts: Facts): Finding[] {
  if (facts.modules.work) return [] // in a workspace every used module's replaces apply
  const main = facts.modules.mods.find((m) => m.main)
  if (!main) return []
  const required = new Set(main.parsed.require.map((r) => r.path))
  const out: Finding[] = []
  for (const m of facts.modules.mods) {
    const path = m.parsed.module?.path
    if (m === main || !path || !required.has(path)) continue
    for (const r of m.parsed.replace) {
      out.push(
        finding(REPLACE_IGNORED, {
          message: `${m.file}: replace ${r.old.path} has no effect when building ${main.parsed.module?.path ?? main.file}: ${path} is a dependency there (${main.file}), and only the main module's replaces apply.`,
          location: at(m.file, r.pos),
          fix: REPLACE_IGNORED.fix
        })
      )
    }
  }
  return out
}

export const replaceIgnoredCheck: Check = { rules: [REPLACE_IGNORED], run }
