import { describe, expect, it } from '@jest/globals'
import { makeFacts } from '../../__fixtures__/facts.js'
import { builtinBaseline } from '../../src/baseline/load.js'
import { locateFindings } from '../../src/checks/locate.js'
import type { Facts } from '../../src/facts/types.js'
import { parseGoMod, parseGoWork } from '../../src/modfile/index.js'
import type { Finding } from '../../src/types.js'

const GOMOD = 'module example.com/hello\n\ngo 1.22.5\n'
const modules = (): Facts['modules'] => ({
  mods: [{ file: 'go.mod', dir: '/repo', main: true, parsed: parseGoMod(GOMOD, 'go.mod') }],
  errors: []
})

const workflow = {
  file: '.github/workflows/ci.yml',
  env: {
    GOFLAGS: { key: 'GOFLAGS', value: '-mod=mod', level: 'job' as const, line: 12, column: 7 },
    GOPRIVATE: {
      key: 'GOPRIVATE',
      value: '${{ vars.P }}',
      level: 'workflow' as const,
      line: 4,
      column: 3
    }
  },
  stepLine: 20
}

const envFinding = (key: string, extra: Partial<Finding> = {}): Finding => ({
  rule: 'GBG102',
  severity: 'error',
  message: `${key} is bad.`,
  envKey: key,
  ...extra
})

describe('locateFindings', () => {
  it('places an environment finding on the workflow env line that sets the value', () => {
    const facts = makeFacts({
      env: { GOFLAGS: '-mod=mod' },
      processEnv: { GOFLAGS: '-mod=mod' },
      go: { sources: { GOFLAGS: { kind: 'environment' } } },
      modules: modules()
    })
    facts.workflow = workflow
    const [f] = locateFindings([envFinding('GOFLAGS')], facts, builtinBaseline())
    expect(f?.location).toEqual({ file: '.github/workflows/ci.yml', line: 12, column: 7 })
    expect(f?.message).toBe('GOFLAGS is bad.')
  })

  it('follows a derived value to the key that set it, and accepts expressions', () => {
    const facts = makeFacts({
      env: { GOPRIVATE: '*', GONOSUMDB: '*' },
      processEnv: { GOPRIVATE: '*' },
      go: {
        sources: {
          GOPRIVATE: { kind: 'environment' },
          GONOSUMDB: { kind: 'environment', derivedFrom: 'GOPRIVATE' }
        }
      },
      modules: modules()
    })
    facts.workflow = workflow
    const [f] = locateFindings([envFinding('GONOSUMDB')], facts, builtinBaseline())
    expect(f?.location).toEqual({ file: '.github/workflows/ci.yml', line: 4, column: 3 })
  })

  it('does not trust a workflow literal that differs from the live value (overridden later)', () => {
    const facts = makeFacts({
      env: { GOFLAGS: '-mod=mod -v' },
      processEnv: { GOFLAGS: '-mod=mod -v' },
      go: { sources: { GOFLAGS: { kind: 'environment' } } },
      modules: modules()
    })
    facts.workflow = workflow
    const [f] = locateFindings([envFinding('GOFLAGS')], facts, builtinBaseline())
    expect(f?.location).toEqual({ file: 'go.mod', line: 3, column: 1 })
    expect(f?.message).toContain('GOFLAGS is set by the process environment')
    // A message that already names the source is not told twice.
    const named = envFinding('GOFLAGS', {
      message: 'GOFLAGS is bad (set by the process environment).',
      source: 'the process environment'
    })
    expect(locateFindings([named], facts, builtinBaseline())[0]?.message).toBe(
      'GOFLAGS is bad (set by the process environment). (Shown on the go line of go.mod: the value is not set in a file of this repository.)'
    )
  })

  it('keeps the baseline line of a drift, made relative to the root', () => {
    const facts = makeFacts({
      processEnv: {},
      go: { sources: { GOFLAGS: { kind: 'goenv-file', file: '/home/u/.config/go/env', line: 2 } } },
      modules: modules()
    })
    const drift = envFinding('GOFLAGS', {
      rule: 'GBG110',
      location: { file: '/repo/.github/go-baseline.yml', line: 5, column: 3 }
    })
    const [f] = locateFindings([drift], facts, builtinBaseline())
    expect(f?.location).toEqual({ file: '.github/go-baseline.yml', line: 5, column: 3 })
  })

  it('falls back to the go line of the main go.mod, saying where the value comes from', () => {
    const facts = makeFacts({
      go: { sources: { GOFLAGS: { kind: 'goenv-file', file: '/home/u/.config/go/env', line: 2 } } },
      modules: modules()
    })
    const [f] = locateFindings([envFinding('GOFLAGS')], facts, builtinBaseline())
    expect(f?.location).toEqual({ file: 'go.mod', line: 3, column: 1 })
    expect(f?.message).toBe(
      'GOFLAGS is bad. (Shown on the go line of go.mod: GOFLAGS is set by /home/u/.config/go/env line 2, written by `go env -w`, not by a file of this repository.)'
    )
  })

  it('uses a go env file inside the repository directly', () => {
    const facts = makeFacts({
      go: { sources: { GOFLAGS: { kind: 'goenv-file', file: '/repo/ci/goenv', line: 7 } } },
      modules: modules()
    })
    const [f] = locateFindings([envFinding('GOFLAGS')], facts, builtinBaseline())
    expect(f?.location).toEqual({ file: 'ci/goenv', line: 7 })
  })

  it('places findings outside the repository on the go.work go line, naming the real place', () => {
    const facts = makeFacts({
      modules: {
        mods: [],
        errors: [],
        work: { file: 'go.work', parsed: parseGoWork('\ngo 1.23\n', 'go.work') }
      }
    })
    const cache: Finding = {
      rule: 'GBG301',
      severity: 'warning',
      message: 'Entry broken.',
      location: { file: '/home/u/.cache/go-build/ab' }
    }
    const crashed: Finding = { rule: 'GBG001', severity: 'error', message: 'Crashed.' }
    const inside: Finding = {
      rule: 'GBG201',
      severity: 'error',
      message: 'x',
      location: { file: 'a/go.mod', line: 2 }
    }
    const [c, g, i] = locateFindings([cache, crashed, inside], facts, builtinBaseline())
    expect(c?.location).toEqual({ file: 'go.work', line: 2, column: 1 })
    expect(c?.message).toContain('it concerns /home/u/.cache/go-build/ab, outside this repository')
    expect(g?.location?.file).toBe('go.work')
    expect(i?.location).toEqual({ file: 'a/go.mod', line: 2 })
  })

  it('without any module uses the baseline file, then the gate step, else leaves the finding', () => {
    const f: Finding = { rule: 'GBG001', severity: 'error', message: 'x' }
    const baseline = { ...builtinBaseline(), builtin: false, path: '/repo/.github/go-baseline.yml' }
    expect(locateFindings([f], makeFacts(), baseline)[0]?.location).toEqual({
      file: '.github/go-baseline.yml',
      line: 1
    })
    const facts = makeFacts()
    facts.workflow = workflow
    expect(locateFindings([f], facts, builtinBaseline())[0]?.location).toEqual({
      file: '.github/workflows/ci.yml',
      line: 20
    })
    expect(locateFindings([f], makeFacts(), builtinBaseline())[0]).toBe(f)
  })
})
