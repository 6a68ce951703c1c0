/** GBG212: modules of one workspace require different versions of the same dependency. */
import type { Baseline } from '../../baseline/types.js'
import type { Facts } from '../../facts/types.js'
import { compareSemver } from '../../modfile/semver.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { at, dirFlag, finding } from './location.js'

export const WORKSPACE_DRIFT: RuleMeta = {
  id: 'GBG212',
  name: 'workspace-dependency-drift',
  area: 'modfile',
  defaultSeverity: 'notice',
  summary:
    'Modules of the workspace require different versions of the same dependency: the workspace builds with the highest (as `go list -m all` shows), each module alone with its own. Off unless the baseline sets its severity.',
  fix: 'Align the requirements: `go get DEP@VERSION` in each listed module (then `go mod tidy`).'
}

interface Req {
  file: string
  version: string
  line: number
  pos: import('../../modfile/index.js').Pos
}

function run(facts: Facts, baseline: Baseline): Finding[] {
  // Normal workspace behaviour, not a problem: reported only when the baseline asks for it.
  if (!facts.modules.work || baseline.rules[WORKSPACE_DRIFT.id] === undefined) return []
  const byPath = new Map<string, Req[]>()
  const own = new Set(facts.modules.mods.map((m) => m.parsed.module?.path))
  for (const m of facts.modules.mods) {
    for (const r of m.parsed.require) {
      if (own.has(r.path)) continue // workspace modules replace each other; their versions do not matter
      const list = byPath.get(r.path) ?? []
      list.push({ file: m.file, version: r.version, line: r.pos.line, pos: r.pos })
      byPath.set(r.path, list)
    }
  }
  const out: Finding[] = []
  for (const [path, reqs] of [...byPath].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const versions = [...new Set(reqs.map((r) => r.version))].sort(compareSemver)
    if (versions.length < 2) continue
    const selected = versions[versions.length - 1] as string
    const listing = reqs.map((r) => `${r.file}:${r.line} ${r.version}`).join(', ')
    for (const r of reqs.filter((x) => x.version !== selected)) {
      out.push(
        finding(WORKSPACE_DRIFT, {
          message: `${path}: ${r.file} requires ${r.version} but the workspace selects ${selected} (${listing}).`,
          location: at(r.file, r.pos),
          expected: selected,
          actual: r.version,
          fix: `go ${dirFlag(r.file)}get ${path}@${selected}`
        })
      )
    }
  }
  return out
}

export const workspaceDriftCheck: Check = { rules: [WORKSPACE_DRIFT], run }
