/** The local replace targets of the build (main go.mod files and go.work), for the replace rules. */
import type { Facts } from '../../facts/types.js'
import type { ReplaceDir } from '../../facts/modules.js'

export function replaceTargets(facts: Facts): Array<{ file: string; target: ReplaceDir }> {
  const out: Array<{ file: string; target: ReplaceDir }> = []
  const w = facts.modules.work
  for (const target of w?.replaceDirs ?? []) out.push({ file: w?.file ?? '', target })
  for (const m of facts.modules.mods) {
    if (m.main === false) continue
    for (const target of m.replaceDirs ?? []) out.push({ file: m.file, target })
  }
  return out
}
