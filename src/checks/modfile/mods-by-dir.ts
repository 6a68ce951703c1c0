/** The go.mod of each directory, looked up per go.work `use` line without a search per line. */
import type { ModEntry } from '../../facts/modules.js'
import type { Facts } from '../../facts/types.js'

const indexes = new WeakMap<ModEntry[], Map<string, ModEntry>>()

/** The first module of `facts.modules.mods` in each directory (as `mods.find` would pick it). */
export function modByDir(facts: Facts, dir: string): ModEntry | undefined {
  const mods = facts.modules.mods
  let index = indexes.get(mods)
  if (!index) {
    index = new Map()
    for (const m of mods) if (!index.has(m.dir)) index.set(m.dir, m)
    indexes.set(mods, index)
  }
  return index.get(dir)
}
