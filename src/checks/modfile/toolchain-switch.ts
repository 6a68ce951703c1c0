/** GBG202: go will switch to another toolchain at startup (download it, or look it up in PATH). */
import type { Facts } from '../../facts/types.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { at } from './location.js'
import { selectToolchain } from './select-toolchain.js'
import { missingPathToolchain } from './toolchain-path.js'

export const TOOLCHAIN_SWITCH: RuleMeta = {
  id: 'GBG202',
  name: 'toolchain-switch',
  area: 'modfile',
  defaultSeverity: 'warning',
  summary:
    'The go or toolchain line asks for a newer Go than the one installed, so go switches toolchains at startup (GOTOOLCHAIN=auto downloads it; GOTOOLCHAIN=path needs it in PATH).',
  fix: 'Install the Go version the go.mod asks for (actions/setup-go with go-version-file: go.mod) so the job runs the toolchain it was set up with.'
}

function run(facts: Facts): Finding[] {
  const sel = selectToolchain(facts)
  if (!sel?.reason || !sel.file || sel.mode === '') return []
  if (missingPathToolchain(facts)) return [] // GBG216: not a switch but a failure
  const { kind, directive } = sel.reason
  const line = kind === 'go' ? `go ${sel.targetVersion}` : `toolchain ${sel.target}`
  const how =
    sel.mode === 'auto'
      ? `would download ${sel.target} from the module proxy`
      : `would run ${sel.target} from PATH (and fail if it is not installed)`
  return [
    {
      rule: TOOLCHAIN_SWITCH.id,
      severity: TOOLCHAIN_SWITCH.defaultSeverity,
      message: `${sel.file} sets ${line}, newer than the running go ${sel.local}: go ${how} (GOTOOLCHAIN=${sel.gotoolchain}).`,
      location: at(sel.file, directive.pos),
      expected: `go ${sel.local}`,
      actual: sel.target,
      source: `GOTOOLCHAIN=${sel.gotoolchain}`,
      fix: `Set up ${sel.target} in the workflow (actions/setup-go with go-version-file: ${sel.file}), or pin GOTOOLCHAIN=local to fail fast instead of switching.`
    }
  ]
}

export const toolchainSwitchCheck: Check = { rules: [TOOLCHAIN_SWITCH], run }
