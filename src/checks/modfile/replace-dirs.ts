/** The local replace targets of the build (main go.mod files and go.work), for the replace rules. */
import type { Facts } from '../../facts/types.js'
import type { ReplaceDir } from '../../facts/modules.js'
import { compareGoVersions } from '../../goversion.js'

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

/**
 * Whether go loads the replaced module: a main module requires it (at the replaced version, when
 * the replace names one). Go never reads a replacement of a module outside the build, so a
 * replace to a missing directory is harmless there. A main module before go 1.17 lists no full
 * requirement set (no graph pruning): every replace counts then.
 */
export function replaceUsed(facts: Facts, target: ReplaceDir): boolean {
  const { path, version } = target.replace.old
  return buildRequires(facts).some(
    (m) =>
      m.all || (version === undefined ? m.versions.has(path) : m.versions.get(path)?.has(version))
  )
}

interface MainRequires {
  /** Before go 1.17: every replace counts. */
  all: boolean
  /** Required versions by module path. */
  versions: Map<string, Set<string>>
}

const requiresIndex = new WeakMap<Facts['modules'], MainRequires[]>()

/** The main modules' requirements by path, built once per run (replaceUsed runs per replace). */
function buildRequires(facts: Facts): MainRequires[] {
  let index = requiresIndex.get(facts.modules)
  if (!index) {
    index = facts.modules.mods
      .filter((m) => m.main)
      .map((m) => {
        const all = compareGoVersions(m.parsed.go?.version ?? '1.16', '1.17') < 0
        const versions = new Map<string, Set<string>>()
        if (!all) {
          for (const r of m.parsed.require) {
            let set = versions.get(r.path)
            if (!set) versions.set(r.path, (set = new Set()))
            set.add(r.version)
          }
        }
        return { all, versions }
      })
    requiresIndex.set(facts.modules, index)
  }
  return index
}
