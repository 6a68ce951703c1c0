/** GBG209: `-modfile=FILE` in GOFLAGS that go refuses (every go command in the module fails). */
import type { Facts } from '../../facts/types.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { finding } from './location.js'

export const MODFILE_FLAG: RuleMeta = {
  id: 'GBG209',
  name: 'goflags-modfile-unusable',
  area: 'modfile',
  defaultSeverity: 'error',
  summary:
    'GOFLAGS has -modfile=FILE that go refuses (missing file, no .mod extension, no main module, or workspace mode): every go command fails.',
  fix: 'Point -modfile at an existing FILE.mod relative to the working directory (it replaces go.mod; FILE.sum replaces go.sum), set GOWORK=off for it, or drop it from GOFLAGS.'
}

function run(facts: Facts): Finding[] {
  const m = facts.modules.modfile
  if (!m?.error) return []
  const work = facts.modules.work
  return [
    finding(MODFILE_FLAG, {
      message: `go: ${m.error} (GOFLAGS=${facts.go.env.GOFLAGS ?? ''})`,
      ...(work && /workspace mode/.test(m.error) ? { location: { file: work.file } } : {}),
      actual: `-modfile=${m.flag}`,
      source: facts.go.sources.GOFLAGS?.kind ?? 'GOFLAGS',
      fix: /workspace mode/.test(m.error)
        ? 'Set GOWORK=off for this job (go reads go.work otherwise), or drop -modfile from GOFLAGS.'
        : MODFILE_FLAG.fix
    })
  ]
}

export const modfileFlagCheck: Check = { rules: [MODFILE_FLAG], run }
