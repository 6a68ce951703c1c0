import { describe, expect, it } from '@jest/globals'
import { builtinBaseline } from '../src/baseline/load.js'
import type { Baseline } from '../src/baseline/types.js'
import { applyOverrides, moduleEnv } from '../src/engine.js'
import { UsageError } from '../src/errors.js'
import type { Finding } from '../src/types.js'

const finding = (rule: string): Finding => ({ rule, severity: 'error', message: rule })

function baselineWith(rules: Baseline['rules']): Baseline {
  return { ...builtinBaseline(), builtin: false, rules }
}

describe('applyOverrides', () => {
  it('drops rules set to off and re-grades others', () => {
    const out = applyOverrides(
      [finding('GBG101'), finding('GBG102'), finding('GBG103')],
      baselineWith({ GBG101: { value: 'off' }, GBG102: { value: 'notice' } })
    )
    expect(out.map((f) => `${f.rule}:${f.severity}`)).toEqual(['GBG103:error', 'GBG102:notice'])
  })

  it('rejects an unknown rule ID at its baseline line, with a suggestion', () => {
    const baseline = baselineWith({
      GBG1O2: { value: 'off', location: { file: '.github/go-baseline.yml', line: 7, column: 3 } }
    })
    let error: unknown
    try {
      applyOverrides([], baseline)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(UsageError)
    expect((error as UsageError).format()).toBe(
      ".github/go-baseline.yml:7:3: unknown rule 'GBG1O2' in the baseline's rules section (did you mean GBG102?)\n  fix: run `go-baseline-gate rules` for the list of rule IDs"
    )
  })
})

describe('moduleEnv', () => {
  it("drops the neutral directory's empty GOWORK so discovery searches upward", () => {
    expect('GOWORK' in moduleEnv({ GOWORK: '', GOOS: 'linux' })).toBe(false)
  })

  it('keeps an explicit GOWORK (a path or off)', () => {
    expect(moduleEnv({ GOWORK: 'off' }).GOWORK).toBe('off')
    expect(moduleEnv({ GOWORK: '/w/go.work' }).GOWORK).toBe('/w/go.work')
  })
})

describe('runChecks at scale', () => {
  it('keeps every finding of a check that returns 300k of them (no spread into push)', async () => {
    const { runChecks } = await import('../src/engine.js')
    const unchecked = Array.from({ length: 300_000 }, (_, i) => ({
      file: `d${i}/go.mod`,
      reason: 'its path is not valid UTF-8'
    }))
    // Only the module facts are real; checks that need more fail alone as GBG001.
    const facts = { modules: { mods: [], errors: [], unchecked }, go: { env: {} } }
    const findings = runChecks(facts as never, builtinBaseline())
    expect(findings.filter((f) => f.rule === 'GBG200')).toHaveLength(300_000)
    expect(findings.filter((f) => f.rule === 'GBG001' && f.message.includes('GBG200'))).toEqual([])
  })
})
