/** GBG201: a `go` line newer than the toolchain that will run, with switching not allowed. */
import type { Facts } from '../../facts/types.js'
import type { GoDirective } from '../../modfile/index.js'
import { compareGoVersions } from '../../goversion.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { at } from './location.js'
import { selectToolchain } from './select-toolchain.js'

export const GO_TOO_NEW: RuleMeta = {
  id: 'GBG201',
  name: 'go-version-unavailable',
  area: 'modfile',
  defaultSeverity: 'error',
  summary:
    'A go.mod/go.work `go` line is newer than the Go toolchain that will run, and GOTOOLCHAIN does not allow switching: every go command fails.',
  fix: 'Install that Go version in the workflow (actions/setup-go with go-version-file: go.mod), or allow switching with GOTOOLCHAIN=auto, or lower the go line.'
}

/**
 * The go lines Go compares with the running go at startup: go.work's in workspace mode (a
 * module's go line above go.work's is GBG210, which Go reports first), else the main go.mod's.
 */
function goLines(facts: Facts): Array<{ file: string; go: GoDirective }> {
  const out: Array<{ file: string; go: GoDirective }> = []
  const work = facts.modules.work
  if (work) return work.parsed.go ? [{ file: work.file, go: work.parsed.go }] : []
  for (const m of facts.modules.mods) {
    if (m.main && m.parsed.go) out.push({ file: m.file, go: m.parsed.go })
  }
  return out
}

function run(facts: Facts): Finding[] {
  const sel = selectToolchain(facts)
  // With +auto or +path, go switches to a newer toolchain instead (GBG202 reports that).
  if (!sel || sel.mode !== '') return []
  const running = sel.targetVersion
  return goLines(facts)
    .filter(({ go }) => compareGoVersions(go.version, running) > 0)
    .map(({ file, go }) => ({
      rule: GO_TOO_NEW.id,
      severity: GO_TOO_NEW.defaultSeverity,
      message: `${file} requires go >= ${go.version} (running go ${running}; GOTOOLCHAIN=${sel.gotoolchain})`,
      location: at(file, go.pos),
      expected: `go <= ${running}`,
      actual: `go ${go.version}`,
      source: `GOTOOLCHAIN=${sel.gotoolchain}`,
      fix: `Use Go ${go.version} or newer in this job (actions/setup-go with go-version-file: ${file}), or set GOTOOLCHAIN=auto to let go download it, or lower the go line of ${file}.`
    }))
}

export const goTooNewCheck: Check = { rules: [GO_TOO_NEW], run }
