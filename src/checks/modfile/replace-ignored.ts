/** GBG222: `replace` in a module that the main module requires as a dependency (Go ignores it there). */
import { resolve } from 'node:path'
import type { Facts } from '../../facts/types.js'
import type { Replace } from '../../modfile/index.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { at, finding } from './location.js'

export const REPLACE_IGNORED: RuleMeta = {
  id: 'GBG222',
  name: 'replace-in-dependency',
  area: 'modfile',
  defaultSeverity: 'notice',
  summary:
    'A replace directive sits in a module that is built as a dependency, not as the main module: Go ignores it there (the module built alone still uses it).',
  fix: 'Move the replace into the main module go.mod (or go.work), or remove it.'
}

/** Where a replace leads: an absolute directory, or module@version. */
function target(dir: string, r: Replace): string {
  return r.new.version === undefined ? resolve(dir, r.new.path) : `${r.new.path}@${r.new.version}`
}

function run(facts: Facts): Finding[] {
  if (facts.modules.work) return [] // in a workspace every used module's replaces apply
  const main = facts.modules.mods.find((m) => m.main)
  // Only another go.mod of the build can be a dependency: no set of every requirement without one.
  if (!main || facts.modules.mods.length < 2) return []
  const required = new Set(main.parsed.require.map((r) => r.path))
  const mainTargets = new Set(
    main.parsed.replace.map((r) => `${r.old.path}@${r.old.version ?? ''} ${target(main.dir, r)}`)
  )
  const out: Finding[] = []
  for (const m of facts.modules.mods) {
    const path = m.parsed.module?.path
    if (m === main || !path || !required.has(path)) continue
    for (const r of m.parsed.replace) {
      // Not a difference: the main module already has the same replace, or the line replaces
      // the main module itself (which the build takes from the repository anyway).
      if (mainTargets.has(`${r.old.path}@${r.old.version ?? ''} ${target(m.dir, r)}`)) continue
      if (r.old.path === main.parsed.module?.path) continue
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
