/** GBG221: a `replace` pointing at a directory that does not exist or has no go.mod. */
import type { Facts } from '../../facts/types.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { at, finding } from './location.js'
import { replaceTargets, replaceUsed } from './replace-dirs.js'

export const REPLACE_MISSING: RuleMeta = {
  id: 'GBG221',
  name: 'replace-target-missing',
  area: 'modfile',
  defaultSeverity: 'error',
  summary:
    'A replace directive points at a directory that does not exist or has no go.mod: go fails to load the replaced module.',
  fix: 'Fix the path (it is relative to the go.mod directory), commit the directory, or drop the replace.'
}

function run(facts: Facts): Finding[] {
  return replaceTargets(facts)
    .filter(({ target }) => !target.hasGoMod && replaceUsed(facts, target))
    .map(({ file, target }) =>
      finding(REPLACE_MISSING, {
        message: target.exists
          ? `${file}: replace ${target.replace.old.path} => ${target.replace.new.path}: the directory has no go.mod.`
          : `${file}: replace ${target.replace.old.path} => ${target.replace.new.path}: replacement directory ${target.replace.new.path} does not exist.`,
        location: at(file, target.replace.newPos),
        actual: target.replace.new.path,
        fix: REPLACE_MISSING.fix
      })
    )
}

export const replaceMissingCheck: Check = { rules: [REPLACE_MISSING], run }
