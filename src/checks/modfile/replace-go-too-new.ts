/** GBG223: a local replacement module whose `go` line is newer than the go that will run. */
import type { Facts } from '../../facts/types.js'
import { compareGoVersions } from '../../goversion.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { at, finding } from './location.js'
import { replaceTargets, replaceUsed } from './replace-dirs.js'
import { selectToolchain } from './select-toolchain.js'

export const REPLACE_GO_TOO_NEW: RuleMeta = {
  id: 'GBG223',
  name: 'replace-go-too-new',
  area: 'modfile',
  defaultSeverity: 'error',
  summary:
    'A directory replacement (`replace x => ./dir`) has a go line newer than the go that will run, and GOTOOLCHAIN does not allow switching: go fails with "module ./dir requires go >= …".',
  fix: 'Use that Go version in the job, allow switching with GOTOOLCHAIN=auto, or lower the go line of the replacement module.'
}

function run(facts: Facts): Finding[] {
  const sel = selectToolchain(facts)
  // Under +auto / +path go switches to a newer toolchain instead of failing.
  if (!sel || sel.mode !== '') return []
  const running = sel.targetVersion
  return replaceTargets(facts)
    .filter(({ target }) => target.go !== undefined && compareGoVersions(target.go, running) > 0)
    .filter(({ target }) => replaceUsed(facts, target))
    .map(({ file, target }) =>
      finding(REPLACE_GO_TOO_NEW, {
        message: `module ${target.replace.new.path} requires go >= ${target.go} (running go ${running}; GOTOOLCHAIN=${sel.gotoolchain})`,
        location: at(file, target.replace.newPos),
        expected: `go <= ${running}`,
        actual: `go ${target.go}`,
        source: `GOTOOLCHAIN=${sel.gotoolchain}`,
        fix: `Use Go ${target.go} or newer in this job, set GOTOOLCHAIN=auto to let go download it, or lower the go line of ${target.replace.new.path}/go.mod.`
      })
    )
}

export const replaceGoTooNewCheck: Check = { rules: [REPLACE_GO_TOO_NEW], run }
