import { describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { attributeEnvSources, parseGoEnvFile } from '../../src/facts/envsource.js'
import { go, OLD_GO, realFacts, sandbox } from '../checks/env/realgo.js'

/** The 1-based line of `KEY=` in a file, read independently of the code under test. */
function lineOf(file: string, key: string): number {
  return (
    readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((l) => l.startsWith(`${key}=`)) + 1
  )
}

describe.each([
  ['the machine Go', {}],
  [OLD_GO, { GOTOOLCHAIN: OLD_GO }]
])('attribution with %s', (_name, toolchain: Record<string, string>) => {
  it('go env -w values come from the GOENV file, with their line', async () => {
    const sb = sandbox()
    const env = sb.env(toolchain)
    await go(['env', '-w', 'GOFLAGS=-mod=mod', 'CGO_ENABLED=0'], env)
    const facts = await realFacts(env, sb.dir)
    expect(facts.go.env.GOFLAGS).toBe('-mod=mod')
    expect(facts.go.sources.GOFLAGS).toEqual({
      kind: 'goenv-file',
      file: sb.goenv,
      line: lineOf(sb.goenv, 'GOFLAGS')
    })
    expect(facts.go.sources.CGO_ENABLED).toEqual({
      kind: 'goenv-file',
      file: sb.goenv,
      line: lineOf(sb.goenv, 'CGO_ENABLED')
    })
    expect(lineOf(sb.goenv, 'GOFLAGS')).toBeGreaterThan(0)
  })

  it('the process environment wins over the GOENV file; an empty variable does not', async () => {
    const sb = sandbox()
    await go(['env', '-w', 'GOFLAGS=-mod=mod', 'GOPRIVATE=corp.example.com'], sb.env(toolchain))
    const env = sb.env({ ...toolchain, GOFLAGS: '-trimpath', GOPRIVATE: '' })
    const facts = await realFacts(env, sb.dir)
    expect(facts.go.env.GOFLAGS).toBe('-trimpath')
    expect(facts.go.sources.GOFLAGS).toEqual({ kind: 'environment' })
    expect(facts.go.env.GOPRIVATE).toBe('corp.example.com')
    expect(facts.go.sources.GOPRIVATE?.kind).toBe('goenv-file')
    // GONOSUMDB defaults to GOPRIVATE: attributed to where GOPRIVATE was set.
    expect(facts.go.env.GONOSUMDB).toBe('corp.example.com')
    expect(facts.go.sources.GONOSUMDB).toMatchObject({
      kind: 'goenv-file',
      derivedFrom: 'GOPRIVATE'
    })
  })

  it("$GOROOT/go.env values come from the toolchain's go.env; untouched keys are defaults", async () => {
    const sb = sandbox()
    const env = sb.env(toolchain)
    const facts = await realFacts(env, sb.dir)
    const goEnvFile = path.join(facts.go.env.GOROOT!, 'go.env')
    expect(facts.go.sources.GOSUMDB).toEqual({
      kind: 'goroot-go.env',
      file: goEnvFile,
      line: lineOf(goEnvFile, 'GOSUMDB')
    })
    expect(facts.go.sources.GOPROXY?.kind).toBe('goroot-go.env')
    expect(facts.go.sources.CGO_ENABLED).toEqual({ kind: 'default' })
    expect(facts.go.sources.GOVERSION).toEqual({ kind: 'default' })
    expect(facts.go.sources.GOMODCACHE).toEqual({ kind: 'environment' })
    // Every key go printed is attributed, whatever the version prints.
    expect(Object.keys(facts.go.sources).sort()).toEqual(Object.keys(facts.go.env).sort())
  })

  it('GOENV=off disables the file', async () => {
    const sb = sandbox()
    await go(['env', '-w', 'GOFLAGS=-mod=mod'], sb.env(toolchain))
    const facts = await realFacts(sb.env({ ...toolchain, GOENV: 'off' }), sb.dir)
    expect(facts.go.env.GOFLAGS).toBe('')
    expect(facts.go.sources.GOFLAGS).toEqual({ kind: 'default' })
  })
})

describe('version differences', () => {
  it('keys only newer Go prints are absent with the older one, not an error', async () => {
    const sb = sandbox()
    const [now, old] = await Promise.all([
      realFacts(sb.env(), sb.dir),
      realFacts(sb.env({ GOTOOLCHAIN: OLD_GO }), sb.dir)
    ])
    expect(old.go.version).toBe(OLD_GO)
    expect(now.go.version).not.toBe(OLD_GO)
    expect(old.go.env.GOFIPS140).toBeUndefined()
    expect(old.go.sources.GOFIPS140).toBeUndefined()
    expect(now.go.env.GOFIPS140).toBeDefined()
  })
})

describe('a GOROOT with its own go.env', () => {
  it('attributes go.env lines of the GOROOT go reports (first line of a key wins, as in Go)', async () => {
    const sb = sandbox()
    const goroot = path.join(sb.dir, 'goroot')
    mkdirSync(goroot)
    writeFileSync(
      path.join(goroot, 'go.env'),
      '# test\nGOPROXY=https://first.example\nGOPROXY=https://second.example\nlower=1\n'
    )
    const facts = await realFacts(sb.env({ GOROOT: goroot }), sb.dir)
    expect(facts.go.env.GOPROXY).toBe('https://first.example')
    expect(facts.go.sources.GOPROXY).toEqual({
      kind: 'goroot-go.env',
      file: path.join(goroot, 'go.env'),
      line: 2
    })
    expect(facts.go.sources.GOROOT).toEqual({ kind: 'environment' })
  })
})

describe('parseGoEnvFile', () => {
  it('skips comments, lines without = and keys not starting with A-Z', () => {
    const parsed = parseGoEnvFile('# c\nGOFLAGS=-a\nnope\nlower=1\nGOFLAGS=-b\n', false)
    expect([...parsed]).toEqual([['GOFLAGS', { value: '-b', line: 5 }]])
    expect(parseGoEnvFile('GOFLAGS=-a\nGOFLAGS=-b\n', true).get('GOFLAGS')).toEqual({
      value: '-a',
      line: 1
    })
  })

  it('leaves keys from unreadable files to the default', async () => {
    const sources = await attributeEnvSources({ GOENV: '/nonexistent/env', GOFLAGS: '' }, {})
    expect(sources).toEqual({ GOENV: { kind: 'default' }, GOFLAGS: { kind: 'default' } })
  })
})
