import { describe, expect, it } from '@jest/globals'
import { modfileChecks } from '../../../src/checks/modfile.js'
import { cleanGoEnv, runGo } from '../../modfile/gotool.js'
import { baseline, factsFor, ofRule, runChecks, tree } from './harness.js'

const MAIN = 'package main\n\nfunc main() {}\n'
const where = (fs: { location?: { file: string; line?: number } }[]) =>
  fs.map((f) => `${f.location?.file}:${f.location?.line}`)

async function check(root: string, env: Record<string, string> = {}, b = baseline()) {
  return runChecks(modfileChecks, await factsFor(root, env), b)
}

describe('GBG203 parse error', () => {
  it('reports what go reports, on the same line', async () => {
    const root = tree({
      'go.mod': 'module example.com/a\n\ngo 1.22\nfrobnicate example.com/x\n',
      'main.go': MAIN
    })
    const real = await runGo(['list', './...'], root)
    expect(real.stderr).toContain('go.mod:4: unknown directive: frobnicate')
    const f = ofRule(await check(root), 'GBG203')
    expect(f.map((x) => x.message)).toEqual(['go.mod:4: unknown directive: frobnicate'])
    expect(f[0]?.location).toEqual({ file: 'go.mod', line: 4, column: 1 })
  })
  it('is silent for a valid file', async () => {
    expect(
      ofRule(await check(tree({ 'go.mod': 'module example.com/a\n\ngo 1.22\n' })), 'GBG203')
    ).toEqual([])
  })
})

describe('GBG204/GBG205 toolchain line', () => {
  it('notes a toolchain line Go ignores and rejects a non-release name', async () => {
    const f = await check(
      tree({
        'go.mod': 'module a\n\ngo 1.22.3\n\ntoolchain go1.22.1\n',
        'b/go.mod': 'module b\n\ngo 1.22\n\ntoolchain go1.23\n'
      })
    )
    expect(ofRule(f, 'GBG204').map((x) => `${x.location?.file}:${x.location?.line}`)).toEqual([
      'go.mod:5'
    ])
    expect(ofRule(f, 'GBG205').map((x) => `${x.location?.file}:${x.location?.line}`)).toEqual([
      'b/go.mod:5'
    ])
  })
  it('is silent for a toolchain above the go line, default, and pre-1.21 names', async () => {
    const f = await check(
      tree({
        'go.mod': 'module a\n\ngo 1.22\n\ntoolchain go1.22.3\n',
        'b/go.mod': 'module b\ngo 1.20\ntoolchain default\n',
        'c/go.mod': 'module c\ngo 1.19\ntoolchain go1.20\n'
      })
    )
    expect([...ofRule(f, 'GBG204'), ...ofRule(f, 'GBG205')]).toEqual([])
  })
})

describe('GBG206/GBG207/GBG208 baseline policy', () => {
  const root = tree({ 'go.mod': 'module a\n\ngo 1.21.0\n' })
  it('reports the go line outside the range, a missing required toolchain, a forbidden GOTOOLCHAIN mode', async () => {
    const f = await check(
      root,
      { GOTOOLCHAIN: 'auto' },
      baseline({
        version: { value: '>=1.22' },
        toolchain: { value: 'required' },
        gotoolchain: { value: ['local'], location: { file: 'go-baseline.yml', line: 7 } }
      })
    )
    expect(ofRule(f, 'GBG206')).toMatchObject([
      { location: { file: 'go.mod', line: 3 }, expected: '>=1.22', actual: '1.21.0' }
    ])
    expect(ofRule(f, 'GBG207')).toMatchObject([{ location: { file: 'go.mod', line: 1 } }])
    expect(ofRule(f, 'GBG208')).toMatchObject([
      { location: { file: 'go-baseline.yml', line: 7 }, actual: 'auto' }
    ])
  })
  it('forbids a toolchain line and checks its range', async () => {
    const r = tree({ 'go.mod': 'module a\n\ngo 1.21.0\ntoolchain go1.21.5\n' })
    expect(
      ofRule(await check(r, {}, baseline({ toolchain: { value: 'forbidden' } })), 'GBG207')
    ).toHaveLength(1)
    expect(
      ofRule(await check(r, {}, baseline({ toolchainVersion: { value: '>=1.22.0' } })), 'GBG207')
    ).toMatchObject([{ location: { line: 4 } }])
  })
  it('is silent when the policy holds', async () => {
    const f = await check(
      root,
      { GOTOOLCHAIN: 'local' },
      baseline({
        version: { value: '>=1.21 <1.30' },
        toolchain: { value: 'optional' },
        gotoolchain: { value: ['local', 'version'] }
      })
    )
    expect(f).toEqual([])
  })
})

describe('workspace rules', () => {
  it('GBG210: go.work go line below a module: go list fails, the gate points at go.work', async () => {
    const root = tree({
      'go.work': 'go 1.21\n\nuse ./a\n',
      'a/go.mod': 'module example.com/a\n\ngo 1.22\n',
      'a/main.go': MAIN
    })
    const real = await runGo(['list', './...'], root, cleanGoEnv({ GOWORK: `${root}/go.work` }))
    expect(real.code).not.toBe(0)
    expect(real.stderr).toContain(
      'module a listed in go.work file requires go >= 1.22, but go.work lists go 1.21'
    )
    const f = ofRule(await check(root, { GOWORK: `${root}/go.work` }), 'GBG210')
    expect(where(f)).toEqual(['go.work:1'])
    expect(f[0]?.message).toContain('requires go >= 1.22 (a/go.mod:3)')
  })
  it('GBG211: a use directory without go.mod: go list fails, the gate points at the use line', async () => {
    const root = tree({
      'go.work': 'go 1.22\n\nuse (\n\t./a\n\t./missing\n)\n',
      'a/go.mod': 'module example.com/a\n\ngo 1.22\n',
      'a/main.go': MAIN
    })
    const real = await runGo(['list', './...'], root, cleanGoEnv({ GOWORK: `${root}/go.work` }))
    expect(real.code).not.toBe(0)
    const f = ofRule(await check(root, { GOWORK: `${root}/go.work` }), 'GBG211')
    expect(where(f)).toEqual(['go.work:5'])
    expect(f[0]?.message).toContain('does not exist')
  })
  it('GBG212: drift between workspace modules, listed per module with lines', async () => {
    const root = tree({
      'go.work': 'go 1.22\n\nuse ./a\nuse ./b\n',
      'a/go.mod': 'module example.com/a\n\ngo 1.22\n\nrequire example.com/dep v1.2.0\n',
      'b/go.mod':
        'module example.com/b\n\ngo 1.22\n\nrequire (\n\texample.com/a v0.0.0\n\texample.com/dep v1.4.0\n)\n'
    })
    // Off by default: the workspace selecting the higher version is what go list -m all does.
    expect(ofRule(await check(root, { GOWORK: `${root}/go.work` }), 'GBG212')).toEqual([])
    const on = baseline()
    on.rules.GBG212 = { value: 'notice' }
    const f = ofRule(await check(root, { GOWORK: `${root}/go.work` }, on), 'GBG212')
    expect(where(f)).toEqual(['a/go.mod:5'])
    expect(f[0]?.severity).toBe('notice')
    expect(f[0]?.message).toBe(
      'example.com/dep: a/go.mod requires v1.2.0 but the workspace selects v1.4.0 (a/go.mod:5 v1.2.0, b/go.mod:7 v1.4.0).'
    )
  })
  it('is silent for a healthy workspace', async () => {
    const root = tree({
      'go.work': 'go 1.22\n\nuse (\n\t./a\n\t./b\n)\n',
      'a/go.mod': 'module example.com/a\n\ngo 1.22\n',
      'b/go.mod': 'module example.com/b\n\ngo 1.21\n\nrequire example.com/a v0.0.0\n',
      'b/go.sum': ''
    })
    expect(await check(root, { GOWORK: `${root}/go.work` })).toEqual([])
  })
})

describe('replace rules', () => {
  it('GBG221: replace to a missing directory: go list fails; GBG220: outside the repository', async () => {
    const root = tree({
      'go.mod':
        'module example.com/app\n\ngo 1.22\n\nrequire example.com/lib v1.0.0\n\nreplace example.com/lib => ./lib\n',
      'main.go': 'package main\n\nimport _ "example.com/lib"\n\nfunc main() {}\n'
    })
    const real = await runGo(['build', './...'], root)
    expect(real.code).not.toBe(0)
    expect(real.stderr).toContain('replacement directory ./lib does not exist')
    const f = ofRule(await check(root), 'GBG221')
    expect(f).toMatchObject([{ location: { file: 'go.mod', line: 7, column: 28 } }])

    const outside = tree({
      'repo/go.mod':
        'module a\n\ngo 1.22\n\nrequire example.com/lib v1.0.0\n\nreplace example.com/lib => ../lib\n',
      'lib/go.mod': 'module example.com/lib\n'
    })
    const facts = await factsFor(outside + '/repo')
    const g = runChecks(modfileChecks, facts)
    expect(ofRule(g, 'GBG220').map((x) => x.location?.line)).toEqual([7])
    expect(ofRule(g, 'GBG221')).toEqual([])
  })
  it('GBG222: replace in a nested module that the main module requires', async () => {
    const root = tree({
      'go.mod': 'module example.com/app\n\ngo 1.22\n\nrequire example.com/app/sub v1.0.0\n',
      'go.sum': 'example.com/app/sub v1.0.0 h1:x=\nexample.com/app/sub v1.0.0/go.mod h1:y=\n',
      'sub/go.mod': 'module example.com/app/sub\n\ngo 1.22\n\nreplace example.com/x => ../x\n',
      'x/go.mod': 'module example.com/x\n'
    })
    const f = await check(root)
    expect(where(ofRule(f, 'GBG222'))).toEqual(['sub/go.mod:5'])
  })
  it('is silent for replaces inside the repository in the main module', async () => {
    const root = tree({
      'go.mod': 'module a\n\ngo 1.22\n\nreplace example.com/lib => ./lib\n',
      'lib/go.mod': 'module example.com/lib\n'
    })
    expect(await check(root)).toEqual([])
  })
})

describe('GBG230 vendor consistency', () => {
  const gomod = 'module example.com/app\n\ngo 1.22\n\nrequire example.com/dep v1.2.0\n'
  const dep = { 'vendor/example.com/dep/dep.go': 'package dep\n' }
  const main = 'package main\n\nimport _ "example.com/dep"\n\nfunc main() {}\n'
  it('reproduces inconsistent vendoring with go build and points at the require line', async () => {
    const root = tree({
      'go.mod': gomod,
      'main.go': main,
      ...dep,
      'vendor/modules.txt': '# example.com/dep v1.1.0\n## explicit; go 1.22\nexample.com/dep\n'
    })
    const real = await runGo(['build', './...'], root)
    expect(real.code).not.toBe(0)
    expect(real.stderr).toContain('inconsistent vendoring')
    const f = ofRule(await check(root), 'GBG230')
    expect(f.map((x) => `${x.location?.file}:${x.location?.line}`)).toEqual([
      'go.mod:5',
      'vendor/modules.txt:1'
    ])
    expect(f[0]?.message).toContain(
      'example.com/dep@v1.2.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt'
    )
  })
  it('is silent when vendor/modules.txt matches (and go list in vendor mode succeeds)', async () => {
    const root = tree({
      'go.mod': gomod,
      'main.go': main,
      ...dep,
      'vendor/modules.txt': '# example.com/dep v1.2.0\n## explicit; go 1.22\nexample.com/dep\n'
    })
    const real = await runGo(['list', './...'], root)
    expect(real).toMatchObject({ code: 0, stderr: '' })
    expect(await check(root)).toEqual([])
  })
})

describe('GBG240/GBG241 go.sum', () => {
  const gomod =
    'module example.com/app\n\ngo 1.22\n\nrequire (\n\texample.com/dep v1.2.0\n\texample.com/ind v0.1.0 // indirect\n)\n'
  it('GBG240: no go.sum, go build fails offline, the gate points at the first requirement', async () => {
    const root = tree({
      'go.mod': gomod,
      'main.go': 'package main\n\nimport _ "example.com/dep"\n\nfunc main() {}\n'
    })
    const real = await runGo(['build', './...'], root)
    expect(real.stderr).toContain('missing go.sum entry')
    expect(where(ofRule(await check(root), 'GBG240'))).toEqual(['go.mod:6'])
  })
  it('GBG241: a requirement without its go.sum lines', async () => {
    const root = tree({
      'go.mod': gomod,
      'go.sum': 'example.com/dep v1.2.0 h1:a=\nexample.com/dep v1.2.0/go.mod h1:b=\n'
    })
    const f = ofRule(await check(root), 'GBG241')
    expect(where(f)).toEqual(['go.mod:7'])
    expect(f[0]?.message).toContain('example.com/ind v0.1.0/go.mod')
  })
  it('a version-specific replace wins over an all-versions one after it, as go picks it', async () => {
    const root = tree({
      'go.mod':
        'module example.com/app\n\ngo 1.22\n\nrequire example.com/dep v1.2.0 // indirect\n\nreplace example.com/dep v1.2.0 => example.com/forka v1.0.0\n\nreplace example.com/dep => example.com/forkb v1.0.0\n',
      'go.sum': ''
    })
    const real = await runGo(['list', '-m', 'all'], root, cleanGoEnv({ GOPROXY: 'off' }))
    expect(real.stderr).toContain(
      'example.com/dep@v1.2.0 (replaced by example.com/forka@v1.0.0): missing go.sum entry for go.mod file'
    )
    const f = ofRule(await check(root), 'GBG241')
    expect(f.map((x) => x.message.split(':')[0])).toEqual([
      'example.com/dep@v1.2.0 (replaced by example.com/forka@v1.0.0)'
    ])
  })
  it('is silent with complete sums, directory replacements and in vendor mode', async () => {
    const sum =
      'example.com/dep v1.2.0 h1:a=\nexample.com/dep v1.2.0/go.mod h1:b=\nexample.com/ind v0.1.0/go.mod h1:c=\n'
    expect(await check(tree({ 'go.mod': gomod, 'go.sum': sum }))).toEqual([])
    const replaced = tree({
      'go.mod':
        'module a\n\ngo 1.22\n\nrequire example.com/dep v1.2.0\n\nreplace example.com/dep => ./dep\n',
      'dep/go.mod': 'module example.com/dep\n'
    })
    expect(await check(replaced)).toEqual([])
  })
  it("in a workspace, the module's own missing lines are notices whatever other sums hold; workspace modules need none", async () => {
    const root = tree({
      'go.work': 'go 1.22\n\nuse (\n\t./a\n\t./b\n)\n',
      'go.work.sum': 'example.com/w v1.0.0 h1:w=\nexample.com/w v1.0.0/go.mod h1:x=\n',
      'a/go.mod':
        'module example.com/a\n\ngo 1.22\n\nrequire (\n\texample.com/dep v1.2.0\n\texample.com/w v1.0.0\n\texample.com/b v0.0.0\n\texample.com/none v0.3.0\n)\n',
      'a/go.sum': '',
      'b/go.mod': 'module example.com/b\n\ngo 1.22\n',
      'b/go.sum': 'example.com/dep v1.2.0 h1:a=\nexample.com/dep v1.2.0/go.mod h1:b=\n'
    })
    const f = ofRule(await check(root, { GOWORK: `${root}/go.work` }), 'GBG241')
    // go takes a workspace's missing lines from go.work.sum (or writes them there): only a
    // build of a alone needs them in a/go.sum. b is a workspace module: no line at all.
    expect(where(f)).toEqual(['a/go.mod:6', 'a/go.mod:7', 'a/go.mod:9'])
    expect(f.map((x) => x.severity)).toEqual(['notice', 'notice', 'notice'])
    expect(f[2]?.message).toContain('Only a build of this module alone (GOWORK=off) fails')
  })
})
