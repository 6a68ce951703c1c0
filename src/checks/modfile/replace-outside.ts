/** GBG220: a `replace` pointing at a local directory outside the repository (works on a laptop, not in CI). */
import { relative, isAbsolute } from 'node:path'
import type { Facts } from '../../facts/types.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { at, finding } from './location.js'
import { replaceTargets, replaceUsed } from './replace-dirs.js'

export const REPLACE_OUTSIDE_REPO: RuleMeta = {
  id: 'GBG220',
  name: 'replace-outside-repository',
  area: 'modfile',
  defaultSeverity: 'warning',
  summary:
    'A replace directive points at a directory outside the repository: the build depends on files CI does not check out.',
  fix: 'Replace with a module version (`old => new vX.Y.Z`), vendor the code into the repository, or drop the replace.'
}

function run(facts: Facts): Finding[] {
  return replaceTargets(facts)
    .filter(({ target }) => replaceUsed(facts, target))
    .filter(({ target }) => {
      const rel = relative(facts.root, target.dir)
      return rel === '..' || rel.startsWith('../') || rel.startsWith('..\\') || isAbsolute(rel)
    })
    .map(({ file, target }) =>
      finding(REPLACE_OUTSIDE_REPO, {
        message: `${file}: replace ${target.replace.old.path} => ${target.replace.new.path} points outside the repository (${target.dir}).`,
        location: at(file, target.replace.newPos),
        actual: target.replace.new.path,
        expected: 'a directory inside the repository or a module version',
        fix: REPLACE_OUTSIDE_REPO.fix
      })
    )
}

export const replaceOutsideCheck: Check = { rules: [REPLACE_OUTSIDE_REPO], run }
