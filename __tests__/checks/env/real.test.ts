import { describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { builtinBaseline } from '../../../src/baseline/load.js'
import { baselineEnvChecks } from '../../../src/checks/baseline-env.js'
import { attributeEnvSources } from '../../../src/facts/envsource.js'
import { probeGoPaths } from '../../../src/facts/paths.js'
import type { Facts } from '../../../src/facts/types.js'
import { go, OLD_GO, realFacts, sandbox } from './realgo.js'

function findings(facts: Facts) {
  return baselineEnvChecks.flatMap((c) => c.run(facts, builtinBaseline()))
}

describe('built-in policy against the real go', () => {
  it('a clean environment passes', async () => {
    const sb = sandbox()
    expect(findings(await realFacts(sb.env(), sb.dir))).toEqual([])
  })

  it('GBG130: a relative GOCACHE, which go env prints as "off", is reported as relative', async () => {
    const sb = sandbox()
    const env = sb.env({ GOCACHE: 'rel/cache' })
    // Go's own view: `go env` says off, the build names the real reason.
    expect((await go(['env', 'GOCACHE'], env)).trim()).toBe('off')
    const facts = await realFacts(env, sb.dir)
    expect(facts.go.env.GOCACHE).toBe('off')
    const f = findings(facts).filter((x) => x.rule === 'GBG130')
    expect(f).toHaveLength(1)
    expect(f[0]?.message).toMatch(
      /^GOCACHE=rel\/cache is not an absolute path \(go env shows it as "off"\): go build refuses to run\./
    )
    // GOCACHE=off itself still reads as off.
    const off = findings(await realFacts(sb.env({ GOCACHE: 'off' }), sb.dir))
    expect(off.find((x) => x.rule === 'GBG130')?.message).toMatch(
      /^GOCACHE=off disables the build cache: go build refuses to run\./
    )
  })

  it('GBG131: GOCACHE below a regular file cannot be created', async () => {
    const sb = sandbox()
    const file = path.join(sb.dir, 'not-a-dir')
    writeFileSync(file, '')
    const gocache = path.join(file, 'cache')
    const env = sb.env({ GOCACHE: gocache })
    // Go itself refuses to print the full `go env -json` with an unusable cache (it creates GOCACHE
    // while computing GOGCCFLAGS), but names the key when asked for it alone.
    await expect(go(['env', '-json'], env)).rejects.toThrow(/failed to initialize build cache/)
    expect(JSON.parse(await go(['env', '-json', 'GOCACHE'], env))).toEqual({ GOCACHE: gocache })
    const clean = await realFacts(sb.env(), sb.dir)
    const goEnv = { ...clean.go.env, GOCACHE: gocache }
    const facts: Facts = {
      ...clean,
      processEnv: env,
      go: { ...clean.go, env: goEnv, sources: await attributeEnvSources(goEnv, env) },
      paths: await probeGoPaths(goEnv, env)
    }
    const f = findings(facts)
    expect(f.map((x) => x.rule)).toEqual(['GBG131'])
    expect(f[0]?.message).toContain('does not exist and cannot be created')
    expect(f[0]?.source).toBe('the process environment')
  })

  it('GBG131 is quiet for an existing writable GOCACHE', async () => {
    const sb = sandbox()
    const cache = path.join(sb.dir, 'cache')
    mkdirSync(cache)
    expect(findings(await realFacts(sb.env({ GOCACHE: cache }), sb.dir))).toEqual([])
  })

  it('GBG140: GOROOT pointing at another installation', async () => {
    const sb = sandbox()
    const goroot = path.join(sb.dir, 'goroot')
    mkdirSync(goroot)
    writeFileSync(
      path.join(goroot, 'go.env'),
      'GOPROXY=https://proxy.golang.org,direct\nGOSUMDB=sum.golang.org\n'
    )
    const f = findings(await realFacts(sb.env({ GOROOT: goroot }), sb.dir))
    expect(f.map((x) => x.rule)).toEqual(['GBG140'])
    expect(f[0]?.message).toContain(`reports GOROOT=${goroot}, whose bin/go is missing`)
  })

  it('GBG141: GOBIN off PATH is reported, on PATH it is not', async () => {
    const sb = sandbox()
    const gobin = path.join(sb.dir, 'bin')
    const env = sb.env({ GOBIN: gobin })
    expect(findings(await realFacts(env, sb.dir)).map((x) => x.rule)).toEqual(['GBG141'])
    const onPath = { ...env, PATH: `${env.PATH}${path.delimiter}${gobin}` }
    expect(findings(await realFacts(onPath, sb.dir))).toEqual([])
  })

  it('GBG123: GOPROXY=direct written by go env -w, attributed to the GOENV file', async () => {
    const sb = sandbox()
    await go(['env', '-w', 'GOPROXY=direct'], sb.env())
    const [f, ...rest] = findings(await realFacts(sb.env(), sb.dir))
    expect(rest).toEqual([])
    expect(f).toMatchObject({
      rule: 'GBG123',
      actual: 'GOPROXY=direct',
      source: `${sb.goenv} line 1, written by \`go env -w\``
    })
    expect(f?.fix).toContain('go env -u GOPROXY')
  })

  it('GBG121: GOINSECURE=* from the environment', async () => {
    const sb = sandbox()
    expect(
      findings(await realFacts(sb.env({ GOINSECURE: '*' }), sb.dir)).map((x) => x.rule)
    ).toEqual(['GBG121'])
  })

  it(`GBG150: GOTOOLCHAIN=${OLD_GO} runs another toolchain (and GBG140 stays quiet)`, async () => {
    const sb = sandbox()
    const f = findings(await realFacts(sb.env({ GOTOOLCHAIN: OLD_GO }), sb.dir))
    expect(f.map((x) => x.rule)).toEqual(['GBG150'])
    expect(f[0]?.message).toContain(`but it runs ${OLD_GO}`)
    expect(f[0]?.message).toContain(`GOTOOLCHAIN=${OLD_GO} names that toolchain`)
  })
})
