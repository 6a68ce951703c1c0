import type { Baseline } from '../../baseline/types.js'
import type { Facts } from '../../facts/types.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { removeHint } from './attribution.js'
import { toolchainSwitch } from './gotoolchain.js'
import { keyFinding } from './policy.js'

export const GOROOT_MISMATCH: RuleMeta = {
  id: 'GBG140',
  name: 'goroot-mismatch',
  area: 'env',
  defaultSeverity: 'error',
  summary:
    "The `go` found on PATH does not live in the GOROOT it reports: it compiles with another installation's standard library and tools.",
  fix: 'Unset GOROOT (go finds its own), or put `$GOROOT/bin` first on PATH.'
}

function run(facts: Facts, _baseline: Baseline): Finding[] {
  const paths = facts.paths
  const onPath = paths?.goOnPath[0]
  // A GOTOOLCHAIN switch reports the downloaded toolchain's GOROOT on purpose (GBG150 explains it).
  if (!paths || !onPath || toolchainSwitch(facts)) return []
  if (paths.gorootGo === onPath.realPath) return []
  const goroot = facts.go.env.GOROOT ?? ''
  const others = paths.goOnPath.slice(1).map((g) => g.path)
  const also = others.length ? ` Other go binaries on PATH: ${others.join(', ')}.` : ''
  return [
    keyFinding(GOROOT_MISMATCH, facts, 'GOROOT', {
      message: `The go on PATH is ${onPath.path}${onPath.realPath !== onPath.path ? ` (${onPath.realPath})` : ''}${onPath.version ? `, ${onPath.version},` : ''} but it reports GOROOT=${goroot}, whose bin/go is ${paths.gorootGo ?? 'missing'}.${also}`,
      expected: onPath.goroot ? `GOROOT=${onPath.goroot}` : 'the GOROOT of the go on PATH',
      fix: `${removeHint(facts, 'GOROOT')}, or put ${goroot}/bin first on PATH`
    })
  ]
}

export const gorootCheck: Check = { rules: [GOROOT_MISMATCH], run }
