import type { Baseline } from '../../baseline/types.js'
import type { Facts } from '../../facts/types.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { keyFinding } from './policy.js'

export const TOOLCHAIN_SWITCH: RuleMeta = {
  id: 'GBG150',
  name: 'gotoolchain-switch',
  area: 'env',
  defaultSeverity: 'notice',
  summary:
    'GOTOOLCHAIN makes `go` run a different toolchain than the one installed on PATH (downloaded from the module proxy).',
  fix: 'If the switch is intended, pin it (a `toolchain` line in go.mod, or install that Go with actions/setup-go); otherwise set GOTOOLCHAIN=local.'
}

/** The installed Go on PATH and the toolchain `go` actually ran, when they differ. */
export function toolchainSwitch(facts: Facts): { installed: string; running: string } | undefined {
  const installed = facts.paths?.goOnPath[0]?.version
  const running = facts.go.version
  return installed && running && installed !== running ? { installed, running } : undefined
}

function run(facts: Facts, _baseline: Baseline): Finding[] {
  const sw = toolchainSwitch(facts)
  if (!sw) return []
  const mode = facts.go.env.GOTOOLCHAIN ?? ''
  const why = /^go1/.test(mode)
    ? `GOTOOLCHAIN=${mode} names that toolchain`
    : `GOTOOLCHAIN=${mode} lets go.mod or go.work (go or toolchain line) ask for a newer Go`
  return [
    keyFinding(TOOLCHAIN_SWITCH, facts, 'GOTOOLCHAIN', {
      message: `The go on PATH is ${sw.installed}, but it runs ${sw.running} from ${facts.go.env.GOROOT ?? 'the module cache'}: ${why}.`,
      expected: `the installed ${sw.installed}`,
      fix: `install ${sw.running} (actions/setup-go with go-version-file: go.mod) so nothing is downloaded, or set GOTOOLCHAIN=local to build with ${sw.installed}`
    })
  ]
}

export const gotoolchainCheck: Check = { rules: [TOOLCHAIN_SWITCH], run }
