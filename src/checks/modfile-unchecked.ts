/** GBG200: a go.mod the gate found but could not check. */
import type { Facts } from '../facts/types.js'
import type { Finding, RuleMeta } from '../types.js'
import type { Check } from './types.js'

export const MODFILE_NOT_CHECKED: RuleMeta = {
  id: 'GBG200',
  name: 'modfile-not-checked',
  area: 'modfile',
  defaultSeverity: 'warning',
  summary:
    'A go.mod was found where the gate cannot read it (a directory name that is not valid UTF-8): its module was not checked.',
  fix: 'Rename the directory to a valid UTF-8 name (Go rejects such names in import paths too), or check that module separately.'
}

function run(facts: Facts): Finding[] {
  return (facts.modules.unchecked ?? []).map((u) => ({
    rule: MODFILE_NOT_CHECKED.id,
    severity: MODFILE_NOT_CHECKED.defaultSeverity,
    message: `${u.file} was not checked: ${u.reason}`,
    fix: MODFILE_NOT_CHECKED.fix
  }))
}

export const modfileUncheckedCheck: Check = { rules: [MODFILE_NOT_CHECKED], run }
