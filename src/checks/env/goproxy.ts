import { listElements } from '../../baseline/env.js'
import type { Baseline } from '../../baseline/types.js'
import type { Facts } from '../../facts/types.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { removeHint } from './attribution.js'
import { declared, keyFinding } from './policy.js'

export const GOPROXY_OFF: RuleMeta = {
  id: 'GBG122',
  name: 'goproxy-off',
  area: 'env',
  defaultSeverity: 'warning',
  summary: 'GOPROXY=off: go cannot download any module, so a missing module fails the build late.',
  fix: 'Unset GOPROXY (the default is https://proxy.golang.org,direct); if builds must be offline (vendored), declare `GOPROXY: "off"` in the baseline with a reason.'
}

export const GOPROXY_DIRECT: RuleMeta = {
  id: 'GBG123',
  name: 'goproxy-direct-only',
  area: 'env',
  defaultSeverity: 'warning',
  summary:
    'GOPROXY=direct alone: every module comes straight from its VCS, without a proxy cache (slower, and broken by vanished repositories).',
  fix: 'Use a proxy first (`https://proxy.golang.org,direct` or your mirror); if direct is required, declare `GOPROXY: direct` in the baseline with a reason.'
}

function run(facts: Facts, baseline: Baseline): Finding[] {
  if (declared(baseline, 'GOPROXY')) return []
  const proxies = listElements('GOPROXY', facts.go.env.GOPROXY ?? '')
  const first = proxies[0]
  if (first === 'off') {
    return [
      keyFinding(GOPROXY_OFF, facts, 'GOPROXY', {
        message:
          'GOPROXY=off: go cannot download modules; a module missing from the module cache fails the build.',
        expected: 'a module proxy (https://proxy.golang.org,direct)',
        fix: `${removeHint(facts, 'GOPROXY')}, or declare GOPROXY in the baseline if offline builds are intended`
      })
    ]
  }
  if (proxies.length > 0 && proxies.every((p) => p === 'direct')) {
    return [
      keyFinding(GOPROXY_DIRECT, facts, 'GOPROXY', {
        message:
          'GOPROXY=direct: every module is fetched from its origin repository, without a proxy.',
        expected: 'a module proxy before direct',
        fix: `${removeHint(facts, 'GOPROXY')}, or declare GOPROXY in the baseline with a reason`
      })
    ]
  }
  return []
}

export const goproxyCheck: Check = { rules: [GOPROXY_OFF, GOPROXY_DIRECT], run }
