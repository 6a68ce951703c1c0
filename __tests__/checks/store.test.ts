/** The store check (GBG35x/GBG36x) on plain facts: each rule's positive and negative case. */
import { describe, expect, it } from '@jest/globals'
import { makeFacts } from '../../__fixtures__/facts.js'
import { storeChecks } from '../../src/checks/store.js'
import type { ModuleDamage, ModVerifyFacts, StoreFacts } from '../../src/actions-cache/types.js'

const damage = (extra: Partial<ModuleDamage> = {}): ModuleDamage => ({
  path: 'example.com/dep',
  version: 'v1.0.0',
  detail: 'dir has been modified (/m/example.com/dep@v1.0.0)',
  removed: false,
  ...extra
})

function run(store: StoreFacts | undefined) {
  const facts = { ...makeFacts(), ...(store ? { store } : {}) }
  return storeChecks.flatMap((c) => c.run(facts, {} as never))
}

const withVerify = (verify?: ModVerifyFacts): StoreFacts => ({
  available: true,
  durationMs: 1,
  modules: {
    path: '/m',
    key: 'k',
    restoreKeys: [],
    hit: 'exact',
    fingerprint: 'f',
    ...(verify ? { verify } : {})
  }
})

describe('store checks', () => {
  it('reports nothing without cache: true, or for a clean or unrestored module cache', () => {
    expect(run(undefined)).toEqual([])
    expect(run(withVerify())).toEqual([])
    expect(run(withVerify({ status: 'verified', damaged: [] }))).toEqual([])
    expect(
      run(withVerify({ status: 'incomplete', damaged: [], message: 'module lookup disabled' }))
    ).toEqual([])
  })

  it('GBG350 for kept modified modules, with samples and a count', () => {
    const list = [1, 2, 3, 4].map((i) => damage({ path: `example.com/m${i}` }))
    const [f, ...rest] = run(withVerify({ status: 'modified', damaged: list }))
    expect(rest).toEqual([])
    expect(f).toMatchObject({
      rule: 'GBG350',
      severity: 'error',
      actual: '4',
      location: { file: '/m' }
    })
    expect(f!.message).toContain(
      '4 restored modules differ from go.sum: example.com/m1@v1.0.0 (dir has been modified'
    )
    expect(f!.message).toContain('; and 1 more')
  })

  it('GBG351 instead of GBG350 when prune removed them', () => {
    const out = run(withVerify({ status: 'modified', damaged: [damage({ removed: true })] }))
    expect(out.map((f) => [f.rule, f.severity])).toEqual([['GBG351', 'notice']])
  })

  it('GBG352 when removing failed, not GBG350 twice', () => {
    const out = run(
      withVerify({
        status: 'modified',
        damaged: [damage({ removeError: 'EACCES' }), damage({ removed: true })]
      })
    )
    expect(out.map((f) => f.rule)).toEqual(['GBG351', 'GBG352'])
    expect(out[1]!.message).toContain('(EACCES)')
  })

  it('GBG353 when go mod verify failed to run', () => {
    const out = run(
      withVerify({ status: 'failed', damaged: [], message: 'go: go.mod file not found' })
    )
    expect(out).toMatchObject([
      {
        rule: 'GBG353',
        severity: 'notice',
        message: 'go mod verify failed: go: go.mod file not found'
      }
    ])
  })

  it('GBG360 when the runner offers no cache service, and only then', () => {
    expect(run({ available: false, durationMs: 0 }).map((f) => [f.rule, f.severity])).toEqual([
      ['GBG360', 'warning']
    ])
    expect(run({ available: true, durationMs: 0 })).toEqual([])
  })
})
