import type { Baseline } from '../../baseline/types.js'
import type { Facts } from '../../facts/types.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { removeHint } from './attribution.js'
import { declared, keyFinding } from './policy.js'

export const GOPATH_MODE: RuleMeta = {
  id: 'GBG120',
  name: 'go111module-off',
  area: 'env',
  defaultSeverity: 'error',
  summary:
    'GO111MODULE=off inside a module: go ignores go.mod and go.sum and builds in GOPATH mode.',
  fix: 'Unset GO111MODULE (`go env -u GO111MODULE`, or remove it from the workflow env); module mode is the default.'
}

/** Whether the checked directory is inside a module or workspace. */
function inModule(facts: Facts): boolean {
  return facts.modules.mods.length > 0 || facts.modules.work !== undefined
}

function run(facts: Facts, baseline: Baseline): Finding[] {
  if (declared(baseline, 'GO111MODULE') || !inModule(facts)) return []
  if ((facts.go.env.GO111MODULE ?? '').trim().toLowerCase() !== 'off') return []
  return [
    keyFinding(GOPATH_MODE, facts, 'GO111MODULE', {
      message:
        'GO111MODULE=off inside a module: go ignores go.mod and go.sum and builds in GOPATH mode.',
      expected: 'GO111MODULE unset, on or auto',
      fix: removeHint(facts, 'GO111MODULE')
    })
  ]
}

export const moduleModeCheck: Check = { rules: [GOPATH_MODE], run }
