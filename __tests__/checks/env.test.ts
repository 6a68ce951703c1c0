import { describe, expect, it } from '@jest/globals'
import { builtinBaseline } from '../../src/baseline/load.js'
import { envChecks, isWildcardWide } from '../../src/checks/env.js'
import type { Facts } from '../../src/facts/types.js'
import { makeFacts } from '../../__fixtures__/facts.js'

function findings(facts: Facts) {
  return envChecks.flatMap((c) => c.run(facts, builtinBaseline()))
}

describe('GBG101 checksum-db-disabled', () => {
  it('reports GOSUMDB=off with its source and the command that removes it', () => {
    const facts = makeFacts({
      env: { GOSUMDB: 'off' },
      go: { sources: { GOSUMDB: { kind: 'goenv-file', file: '/home/u/.config/go/env', line: 1 } } }
    })
    const [f, ...rest] = findings(facts)
    expect(rest).toEqual([])
    expect(f?.rule).toBe('GBG101')
    expect(f?.severity).toBe('error')
    expect(f?.message).toContain('/home/u/.config/go/env line 1')
    expect(f?.fix).toContain('go env -u GOSUMDB')
  })

  it('reports GONOSUMCHECK, GOFLAGS=-insecure and wildcard GONOSUMDB/GOPRIVATE', () => {
    expect(findings(makeFacts({ processEnv: { GONOSUMCHECK: '1' } })).map((f) => f.actual)).toEqual(
      ['GONOSUMCHECK=1']
    )
    expect(findings(makeFacts({ env: { GOFLAGS: '-insecure' } }))[0]?.rule).toBe('GBG101')
    expect(findings(makeFacts({ env: { GONOSUMDB: 'corp.example.com,*' } }))[0]?.actual).toBe(
      'GONOSUMDB=corp.example.com,*'
    )
    expect(findings(makeFacts({ env: { GOPRIVATE: '*' } }))[0]?.actual).toBe('GOPRIVATE=*')
  })

  it('accepts a normal environment and narrow private patterns', () => {
    expect(findings(makeFacts())).toEqual([])
    expect(
      findings(makeFacts({ env: { GOPRIVATE: '*.corp.example.com,github.com/acme/*' } }))
    ).toEqual([])
    expect(findings(makeFacts({ env: { GOSUMDB: 'sum.golang.google.cn' } }))).toEqual([])
  })

  it('judges wildcard patterns by their first path element', () => {
    expect(isWildcardWide('*')).toBe(true)
    expect(isWildcardWide('*.*')).toBe(true)
    expect(isWildcardWide('*/*')).toBe(true)
    expect(isWildcardWide('*.corp.com')).toBe(false)
    expect(isWildcardWide('github.com/*')).toBe(false)
  })
})

describe('GBG102 goflags-mod-mod', () => {
  it('reports -mod=mod (and --mod=mod) anywhere in GOFLAGS', () => {
    for (const goflags of ['-mod=mod', '-trimpath -mod=mod', '--mod=mod']) {
      const [f] = findings(makeFacts({ env: { GOFLAGS: goflags } }))
      expect(f?.rule).toBe('GBG102')
      expect(f?.actual).toBe(`GOFLAGS=${goflags}`)
    }
  })

  it('attributes it to the process environment when set there', () => {
    const facts = makeFacts({
      env: { GOFLAGS: '-mod=mod' },
      go: { sources: { GOFLAGS: { kind: 'environment' } } }
    })
    const [f] = findings(facts)
    expect(f?.source).toBe('the process environment')
    expect(f?.fix).toContain('unset GOFLAGS')
  })

  it('ignores -mod=readonly, -mod=vendor and lookalikes', () => {
    for (const goflags of ['-mod=readonly', '-mod=vendor', '-modfile=mod', '-tags=mod=mod']) {
      expect(findings(makeFacts({ env: { GOFLAGS: goflags } }))).toEqual([])
    }
  })
})

describe('GBG103 go-command-fails', () => {
  it('reports a go that fails on GOFLAGS, attributed and with the fix', () => {
    const facts = makeFacts({
      env: { GOFLAGS: '-mod=readonly oops' },
      go: {
        versionError: 'go: parsing $GOFLAGS: non-flag "oops"',
        sources: { GOFLAGS: { kind: 'goenv-file', file: '/home/u/.config/go/env', line: 3 } }
      }
    })
    const [f, ...rest] = findings(facts)
    expect(rest).toEqual([])
    expect(f?.rule).toBe('GBG103')
    expect(f?.message).toContain('non-flag "oops"')
    expect(f?.fix).toContain('go env -u GOFLAGS')
  })

  it('is silent when go version ran', () => {
    expect(findings(makeFacts({ env: { GOFLAGS: '-trimpath' } }))).toEqual([])
  })
})
