/** GBG101 names GOPRIVATE, the variable the user set, when go derives GONOSUMDB from it. */
import { describe, expect, it } from '@jest/globals'
import { builtinBaseline } from '../../src/baseline/load.js'
import { envChecks } from '../../src/checks/env.js'
import { collectGoFacts } from '../../src/facts/go.js'
import { makeFacts } from '../../__fixtures__/facts.js'
import { cleanGoEnv } from '../modfile/gotool.js'

async function gbg101(extra: Record<string, string>) {
  const go = await collectGoFacts({ cwd: process.cwd(), env: cleanGoEnv(extra) })
  const facts = makeFacts({ env: go.env, go })
  return envChecks
    .flatMap((c) => c.run(facts, builtinBaseline()))
    .filter((f) => f.rule === 'GBG101')
}

describe('GBG101 with the real go env', () => {
  it('GOPRIVATE=*: go env prints GONOSUMDB=* too, the finding names GOPRIVATE', async () => {
    const f = await gbg101({ GOSUMDB: 'sum.golang.org', GOPRIVATE: '*' })
    expect(f.map((x) => x.actual)).toEqual(['GOPRIVATE=*'])
    expect(f[0]?.message).toContain("GOPRIVATE pattern '*' matches every module")
    expect(f[0]?.fix).toContain('GOPRIVATE')
  })
  it('GONOSUMDB set on its own is named GONOSUMDB', async () => {
    const f = await gbg101({
      GOSUMDB: 'sum.golang.org',
      GOPRIVATE: 'corp.example.com',
      GONOSUMDB: '*'
    })
    expect(f.map((x) => x.actual)).toEqual(['GONOSUMDB=*'])
  })
  it('a narrow GOPRIVATE is no finding', async () => {
    expect(await gbg101({ GOSUMDB: 'sum.golang.org', GOPRIVATE: '*.corp.example.com' })).toEqual([])
  })
})
