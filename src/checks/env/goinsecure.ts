import type { Baseline } from '../../baseline/types.js'
import type { Facts } from '../../facts/types.js'
import type { Finding, RuleMeta } from '../../types.js'
import { isWildcardWide } from '../env.js'
import type { Check } from '../types.js'
import { removeHint } from './attribution.js'
import { declared, keyFinding } from './policy.js'

export const INSECURE_WIDE: RuleMeta = {
  id: 'GBG121',
  name: 'goinsecure-wildcard',
  area: 'env',
  defaultSeverity: 'error',
  summary:
    'GOINSECURE matches every module: any module may be fetched over plain HTTP without certificate checks.',
  fix: 'List only the hosts that need it (e.g. `GOINSECURE=git.corp.example.com`), or unset GOINSECURE.'
}

function run(facts: Facts, baseline: Baseline): Finding[] {
  if (declared(baseline, 'GOINSECURE')) return []
  const wide = (facts.go.env.GOINSECURE ?? '').split(',').filter(isWildcardWide)
  if (wide.length === 0) return []
  return [
    keyFinding(INSECURE_WIDE, facts, 'GOINSECURE', {
      message: `GOINSECURE pattern '${wide[0]}' matches every module: downloads may skip HTTPS and certificate checks.`,
      expected: 'GOINSECURE unset, or naming specific hosts',
      fix: `${removeHint(facts, 'GOINSECURE')}, or list only the hosts that need it`
    })
  ]
}

export const goinsecureCheck: Check = { rules: [INSECURE_WIDE], run }
