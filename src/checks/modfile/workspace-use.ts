/** GBG211: a go.work `use` directory that does not exist or has no go.mod. */
import type { Facts } from '../../facts/types.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { at, dirFlag, finding } from './location.js'

export const USE_MISSING: RuleMeta = {
  id: 'GBG211',
  name: 'workspace-use-missing',
  area: 'modfile',
  defaultSeverity: 'error',
  summary:
    'A go.work `use` directory does not exist or contains no go.mod: go commands fail in the workspace.',
  fix: 'Fix the path, commit the module, or drop the line with `go work edit -dropuse=DIR`.'
}

function run(facts: Facts): Finding[] {
  const work = facts.modules.work
  return (work?.uses ?? [])
    .filter((u) => !u.hasGoMod)
    .map((u) =>
      finding(USE_MISSING, {
        message: u.exists
          ? `${work?.file}: use ${u.use.path}: the directory has no go.mod.`
          : `${work?.file}: use ${u.use.path}: the directory does not exist.`,
        location: at(work?.file ?? '', u.use.pos),
        actual: u.use.path,
        fix: `Fix the path, commit the module, or drop the line: go ${dirFlag(work?.file ?? '')}work edit -dropuse=${u.use.path}`
      })
    )
}

export const workspaceUseCheck: Check = { rules: [USE_MISSING], run }
