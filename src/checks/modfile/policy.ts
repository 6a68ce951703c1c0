/**
 * Baseline `go:` policy: GBG206 the go line outside the allowed range, GBG207 the toolchain line
 * required / forbidden / outside its range, GBG208 a GOTOOLCHAIN mode the baseline does not allow.
 */
import type { Baseline } from '../../baseline/types.js'
import type { Facts } from '../../facts/types.js'
import { goVersionInRange } from '../../goversion.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { at, finding } from './location.js'
import { fromToolchain } from './select-toolchain.js'

export const GO_OUT_OF_RANGE: RuleMeta = {
  id: 'GBG206',
  name: 'go-line-outside-policy',
  area: 'modfile',
  defaultSeverity: 'error',
  summary: 'A go line is outside the range the baseline allows (`go.version`).',
  fix: 'Change the go line (`go mod edit -go=VERSION`) or widen `go.version` in the baseline.'
}

export const TOOLCHAIN_POLICY: RuleMeta = {
  id: 'GBG207',
  name: 'toolchain-line-policy',
  area: 'modfile',
  defaultSeverity: 'error',
  summary:
    'A toolchain line is missing (baseline requires it), present (baseline forbids it), or outside `go.toolchainVersion`.',
  fix: 'Add or change it with `go mod edit -toolchain=goX.Y.Z`, remove it with `go mod edit -toolchain=none`, or update the baseline.'
}

export const GOTOOLCHAIN_MODE: RuleMeta = {
  id: 'GBG208',
  name: 'gotoolchain-mode-policy',
  area: 'modfile',
  defaultSeverity: 'error',
  summary: 'GOTOOLCHAIN uses a mode the baseline does not allow (`go.gotoolchain`).',
  fix: 'Set GOTOOLCHAIN in the workflow to an allowed mode (e.g. `local`), or allow the mode in the baseline.'
}

/** local, auto, path, version, version+auto, version+path — the modes a baseline can allow. */
export function gotoolchainMode(value: string): string {
  const [min, suffix] = value.split('+', 2) as [string, string | undefined]
  if (value === 'auto' || value === 'path') return value
  if (min === 'local') return suffix ?? 'local'
  return suffix ? `version+${suffix}` : 'version'
}

function files(facts: Facts) {
  const out = facts.modules.mods
    .filter((m) => m.main !== false)
    .map((m) => ({
      file: m.file,
      go: m.parsed.go,
      toolchain: m.parsed.toolchain,
      pos: m.parsed.module?.pos
    }))
  const w = facts.modules.work
  if (w)
    out.unshift({ file: w.file, go: w.parsed.go, toolchain: w.parsed.toolchain, pos: undefined })
  return out
}

function run(facts: Facts, baseline: Baseline): Finding[] {
  const policy = baseline.go
  const out: Finding[] = []
  const source = baseline.path ? `baseline ${baseline.path}` : 'built-in policy'
  for (const f of files(facts)) {
    const range = policy.version?.value
    if (range && f.go && goVersionInRange(f.go.version, range) === false) {
      out.push(
        finding(GO_OUT_OF_RANGE, {
          message: `${f.file}: go ${f.go.version} is outside the allowed range ${range}.`,
          location: at(f.file, f.go.pos),
          expected: range,
          actual: f.go.version,
          source,
          fix: GO_OUT_OF_RANGE.fix
        })
      )
    }
    const rule = policy.toolchain?.value
    const where = f.toolchain
      ? at(f.file, f.toolchain.pos)
      : f.pos
        ? at(f.file, f.pos)
        : { file: f.file }
    const add = (message: string, expected: string) =>
      out.push(
        finding(TOOLCHAIN_POLICY, {
          message: `${f.file}: ${message}`,
          location: where,
          expected,
          actual: f.toolchain?.name ?? 'no toolchain line',
          source,
          fix: TOOLCHAIN_POLICY.fix
        })
      )
    if (rule === 'required' && !f.toolchain)
      add('the baseline requires a toolchain line.', 'a toolchain line')
    if (rule === 'forbidden' && f.toolchain)
      add(`toolchain ${f.toolchain.name} is forbidden by the baseline.`, 'no toolchain line')
    const tr = policy.toolchainVersion?.value
    const tv = f.toolchain ? fromToolchain(f.toolchain.name) : undefined
    if (
      tr &&
      f.toolchain &&
      f.toolchain.name !== 'default' &&
      (tv === undefined || goVersionInRange(tv, tr) !== true)
    ) {
      add(`toolchain ${f.toolchain.name} is outside the allowed range ${tr}.`, tr)
    }
  }
  const allowed = policy.gotoolchain?.value
  const value = facts.go.env.GOTOOLCHAIN ?? ''
  if (allowed && allowed.length > 0 && !allowed.includes(gotoolchainMode(value))) {
    out.push(
      finding(GOTOOLCHAIN_MODE, {
        message: `GOTOOLCHAIN=${value} (mode ${gotoolchainMode(value)}) is not one of the allowed modes: ${allowed.join(', ')}.`,
        ...(policy.gotoolchain?.location ? { location: policy.gotoolchain.location } : {}),
        expected: allowed.join(' | '),
        actual: value,
        source: facts.go.sources.GOTOOLCHAIN?.kind ?? 'go env',
        fix: GOTOOLCHAIN_MODE.fix
      })
    )
  }
  return out
}

export const policyCheck: Check = {
  rules: [GO_OUT_OF_RANGE, TOOLCHAIN_POLICY, GOTOOLCHAIN_MODE],
  run
}
