import { describe, expect, it } from '@jest/globals'
import { makeFacts } from '../../../__fixtures__/facts.js'
import { builtinBaseline } from '../../../src/baseline/load.js'
import type { EnvExpectation } from '../../../src/baseline/types.js'
import { driftCheck } from '../../../src/checks/env/drift.js'

const at = { file: '.github/go-baseline.yml', line: 7, column: 3 }
function run(env: Record<string, string>, expectations: EnvExpectation[], sources = {}) {
  const facts = makeFacts({ env, go: { sources } })
  return driftCheck.run(facts, { ...builtinBaseline(), builtin: false, env: expectations })
}

describe('GBG110 env-drift', () => {
  it('reports expected vs actual at the baseline line, with the fix for the source', () => {
    const [f, ...rest] = run(
      { GOFLAGS: '-mod=mod -trimpath' },
      [
        {
          key: 'GOFLAGS',
          matcher: { kind: 'list', contains: [], notContains: ['-mod=mod'] },
          location: at
        }
      ],
      { GOFLAGS: { kind: 'goenv-file', file: '/home/runner/.config/go/env', line: 2 } }
    )
    expect(rest).toEqual([])
    expect(f).toEqual({
      rule: 'GBG110',
      severity: 'error',
      message:
        'GOFLAGS=-mod=mod -trimpath but the baseline expects not containing -mod=mod (contains -mod=mod); it comes from /home/runner/.config/go/env line 2, written by `go env -w`.',
      location: at,
      expected: 'not containing -mod=mod',
      actual: '-mod=mod -trimpath',
      source: '/home/runner/.config/go/env line 2, written by `go env -w`',
      fix: 'go env -w GOFLAGS=-trimpath',
      envKey: 'GOFLAGS'
    })
  })

  it('follows a derived value to the key that set it, and quotes the baseline reason', () => {
    const [f] = run(
      { GOPRIVATE: '*', GONOSUMDB: '*' },
      [
        {
          key: 'GONOSUMDB',
          matcher: { kind: 'unset' },
          location: at,
          reason: 'all modules are public'
        }
      ],
      {
        GONOSUMDB: { kind: 'environment', derivedFrom: 'GOPRIVATE' },
        GOPRIVATE: { kind: 'environment' }
      }
    )
    expect(f?.message).toContain(
      "it comes from GOPRIVATE's value (GOPRIVATE is set by the process environment)"
    )
    expect(f?.message).toContain('The baseline says: all modules are public.')
    expect(f?.fix).toBe('unset GOPRIVATE in the workflow or shell that sets it (env: GOPRIVATE)')
  })

  it('is quiet when every key matches', () => {
    expect(
      run({ CGO_ENABLED: '0' }, [{ key: 'CGO_ENABLED', matcher: { kind: 'exact', value: '0' } }])
    ).toEqual([])
  })
})

describe('GBG111 env-key-not-reported', () => {
  it('reports a key the running Go does not print', () => {
    const [f] = run({}, [
      { key: 'GOFIPS140', matcher: { kind: 'exact', value: 'off' }, location: at }
    ])
    expect(f).toMatchObject({
      rule: 'GBG111',
      severity: 'warning',
      actual: '(not reported by go1.26.8)',
      location: at
    })
  })
  it('accepts a missing key the baseline marks unset or ignore', () => {
    expect(
      run({}, [
        { key: 'GOFIPS140', matcher: { kind: 'unset' } },
        { key: 'GOAUTH', matcher: { kind: 'ignore' } }
      ])
    ).toEqual([])
  })
})
