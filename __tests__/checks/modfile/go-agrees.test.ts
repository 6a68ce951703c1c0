/**
 * The modfile rules against the real go: what Go accepts is never an error, what Go rejects
 * before building is reported at the file and line Go names. Every case runs go first.
 */
import { describe, expect, it } from '@jest/globals'
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { toolchainChecks } from '../../../src/checks/toolchain.js'
import { probeGoPaths } from '../../../src/facts/paths.js'
import { modfileChecks } from '../../../src/checks/modfile.js'
import { goTooNewCheck } from '../../../src/checks/modfile/go-too-new.js'
import { cleanGoEnv, runGo } from '../../modfile/gotool.js'
import { factsFor, ofRule, runChecks, tree } from './harness.js'
import { fileProxy } from './proxy.js'

const MAIN = 'package main\n\nfunc main() {}\n'
const IMPORTS_DEP = 'package main\n\nimport _ "example.com/dep"\n\nfunc main() {}\n'
const sev = (
  fs: { rule: string; severity: string; location?: { file: string; line?: number } }[]
) => fs.map((f) => `${f.rule} ${f.severity} ${f.location?.file}:${f.location?.line}`)

async function check(root: string, env: Record<string, string> = {}) {
  return runChecks(modfileChecks, await factsFor(root, env))
}

describe('toolchain line at or below the go line (GBG204, GBG205)', () => {
  it('go ignores `toolchain go1.22` under `go 1.22.5`: a notice, never an error', async () => {
    const root = tree({ 'go.mod': 'module a\n\ngo 1.22.5\n\ntoolchain go1.22\n', 'main.go': MAIN })
    for (const tc of ['local', 'auto', 'path']) {
      expect(await runGo(['list', './...'], root, cleanGoEnv({ GOTOOLCHAIN: tc }))).toMatchObject({
        code: 0
      })
    }
    const f = await check(root, { GOTOOLCHAIN: 'auto' })
    expect(sev(f)).toEqual(['GBG204 notice go.mod:5'])
    expect(f[0]?.fix).toBe('go mod edit -toolchain=none')
  })
  it('`toolchain go1.99` go would switch to is an error; unused under local it is a notice', async () => {
    const root = tree({ 'go.mod': 'module a\n\ngo 1.22\n\ntoolchain go1.99\n', 'main.go': MAIN })
    const auto = await runGo(['list', './...'], root, cleanGoEnv({ GOTOOLCHAIN: 'auto' }))
    expect(auto.code).not.toBe(0)
    expect(auto.stderr).toContain('go1.99')
    expect(sev(await check(root, { GOTOOLCHAIN: 'auto' }))).toContain('GBG205 error go.mod:5')
    expect(await runGo(['list', './...'], root, cleanGoEnv())).toMatchObject({ code: 0 })
    expect(sev(await check(root, { GOTOOLCHAIN: 'local' }))).toEqual(['GBG205 notice go.mod:5'])
  })
  it('GBG204 on a go.work suggests go work edit, run from the repository root', async () => {
    const root = tree({
      'w/go.work': 'go 1.22.5\n\ntoolchain go1.22.1\n\nuse ./a\n',
      'w/a/go.mod': 'module example.com/a\n\ngo 1.22\n',
      'w/a/main.go': MAIN
    })
    const env = { GOWORK: `${root}/w/go.work` }
    expect(await runGo(['list', './a'], `${root}/w`, cleanGoEnv(env))).toMatchObject({ code: 0 })
    const f = ofRule(await check(root, env), 'GBG204')
    expect(f.map((x) => x.fix)).toEqual(['go -C w work edit -toolchain=none'])
    // The suggested command is one go accepts, and it removes the line.
    expect(
      await runGo(['-C', 'w', 'work', 'edit', '-toolchain=none'], root, cleanGoEnv({ GOWORK: '' }))
    ).toMatchObject({
      code: 0
    })
    expect(ofRule(await check(root, env), 'GBG204')).toEqual([])
  })
})

describe('go.sum in a workspace (GBG240, GBG241)', () => {
  const proxy = fileProxy()
  proxy.publish('example.com/dep', 'v1.0.0', {
    'go.mod': 'module example.com/dep\n\ngo 1.22\n',
    'dep.go': 'package dep\n'
  })
  const files = {
    'go.work': 'go 1.22\n\nuse ./a\n',
    'a/go.mod': 'module example.com/a\n\ngo 1.22\n\nrequire example.com/dep v1.0.0\n',
    'a/go.sum': '',
    'a/main.go': IMPORTS_DEP
  }
  it('a line missing from a module go.sum: go builds in the workspace (-mod=readonly), so a notice', async () => {
    const root = tree(files)
    const ws = await runGo(
      ['list', '-deps', '-test', './a'],
      root,
      proxy.env({ GOWORK: `${root}/go.work` })
    )
    expect(ws).toMatchObject({ code: 0 })
    // go took the sum from the download and wrote it to go.work.sum, not to a/go.sum.
    expect(readFileSync(`${root}/go.work.sum`, 'utf8')).toContain('example.com/dep v1.0.0 h1:')
    expect(readFileSync(`${root}/a/go.sum`, 'utf8')).toBe('')
    const f = await check(root, { GOWORK: `${root}/go.work` })
    expect(sev(f)).toEqual(['GBG241 notice a/go.mod:5'])
    expect(f[0]?.fix).toBe('go -C a mod download example.com/dep')
  })
  it('the same module built alone (GOWORK=off) fails: an error', async () => {
    const root = tree(files)
    const alone = await runGo(['build', '.'], `${root}/a`, proxy.env({ GOWORK: 'off' }))
    expect(alone.code).not.toBe(0)
    expect(alone.stderr).toContain(
      'missing go.sum entry for module providing package example.com/dep'
    )
    const f = await check(root, { GOWORK: 'off' })
    expect(f).toEqual([])
    const g = runChecks(modfileChecks, await factsFor(root, { GOWORK: 'off' }, { dir: 'a' }))
    expect(sev(g)).toEqual(['GBG241 error a/go.mod:5'])
  })
  it('a replaced module: the message names the replacement, the hint the required path, as go does', async () => {
    proxy.publish('example.com/fork', 'v1.0.0', {
      'go.mod': 'module example.com/dep\n\ngo 1.22\n',
      'dep.go': 'package dep\n'
    })
    const root = tree({
      'go.mod':
        'module example.com/app\n\ngo 1.22\n\nrequire example.com/dep v1.2.0 // indirect\n\nreplace example.com/dep => example.com/fork v1.0.0\n',
      'go.sum': '',
      'main.go': MAIN
    })
    const real = await runGo(['list', '-m', 'all'], root, proxy.env())
    expect(real.stderr).toContain(
      'example.com/dep@v1.2.0 (replaced by example.com/fork@v1.0.0): missing go.sum entry for go.mod file; to add it:\n\tgo mod download example.com/dep'
    )
    const f = ofRule(await check(root), 'GBG241')
    expect(f[0]?.message).toContain(
      'example.com/dep@v1.2.0 (replaced by example.com/fork@v1.0.0): missing go.sum entry for go.mod file'
    )
    expect(f[0]?.fix).toBe('go mod download example.com/dep')
    // The hint works: go fills go.sum, and the gate is then silent.
    expect(await runGo(['mod', 'download', 'example.com/dep'], root, proxy.env())).toMatchObject({
      code: 0
    })
    expect(ofRule(await check(root), 'GBG241')).toEqual([])
  })
})

describe('replaces go never reads (GBG220, GBG221, GBG222)', () => {
  it('a replace of a module outside the build, to a missing or outside directory: go builds, the gate is silent', async () => {
    const root = tree({
      'repo/go.mod':
        'module a\n\ngo 1.22\n\nreplace (\n\texample.com/x => ./nope\n\texample.com/y => ../outside\n)\n',
      'repo/main.go': MAIN
    })
    expect(await runGo(['list', '-deps', '-test', './...'], `${root}/repo`)).toMatchObject({
      code: 0
    })
    expect(runChecks(modfileChecks, await factsFor(`${root}/repo`))).toEqual([])
  })
  it('a nested module repeating the main module replace, or replacing the main module: silent; a different one: a notice', async () => {
    const root = tree({
      'go.mod':
        'module example.com/app\n\ngo 1.22\n\nrequire (\n\texample.com/app/sub v1.0.0\n\texample.com/x v1.0.0\n)\n\nreplace (\n\texample.com/app/sub => ./sub\n\texample.com/x => ./x\n)\n',
      'main.go': 'package main\n\nimport _ "example.com/app/sub"\n\nfunc main() {}\n',
      'sub/go.mod':
        'module example.com/app/sub\n\ngo 1.22\n\nrequire example.com/x v1.0.0\n\nreplace example.com/x => ../x\n\nreplace example.com/app => ../\n\nreplace example.com/z => ../z\n',
      'sub/sub.go': 'package sub\n',
      'x/go.mod': 'module example.com/x\n\ngo 1.22\n'
    })
    expect(await runGo(['list', '-deps', '-test', './...'], root)).toMatchObject({ code: 0 })
    expect(sev(await check(root))).toEqual(['GBG222 notice sub/go.mod:11'])
  })
})

describe('GBG242 malformed go.sum', () => {
  const proxy = fileProxy()
  proxy.publish('example.com/dep', 'v1.0.0', {
    'go.mod': 'module example.com/dep\n\ngo 1.22\n',
    'dep.go': 'package dep\n'
  })
  const gomod = 'module example.com/app\n\ngo 1.22\n\nrequire example.com/dep v1.0.0\n'
  async function sums(): Promise<string> {
    const root = tree({ 'go.mod': gomod, 'main.go': IMPORTS_DEP })
    const r = await runGo(['mod', 'download', 'example.com/dep'], root, proxy.env())
    expect(r.code).toBe(0)
    return readFileSync(`${root}/go.sum`, 'utf8')
  }
  it('a line with two fields: go fails at go.sum:LINE, the gate says the same there', async () => {
    const good = await sums()
    const [zip, mod] = good.trim().split('\n') as [string, string]
    const root = tree({
      'go.mod': gomod,
      'main.go': IMPORTS_DEP,
      'go.sum': `${zip}\n${mod.split(' ').slice(0, 2).join(' ')}\n`
    })
    const real = await runGo(['list', '-deps', './...'], root, proxy.env())
    expect(real.code).not.toBe(0)
    expect(real.stderr).toContain(`malformed go.sum:\n${root}/go.sum:2: wrong number of fields 2`)
    const f = await check(root)
    expect(sev(f)).toEqual(['GBG242 error go.sum:2'])
    expect(f[0]?.message).toBe('malformed go.sum:\ngo.sum:2: wrong number of fields 2')
  })
  it('blank lines are fine for go and for the gate', async () => {
    const root = tree({
      'go.mod': gomod,
      'main.go': IMPORTS_DEP,
      'go.sum': `\n${await sums()}\n\n`
    })
    expect(await runGo(['list', '-deps', './...'], root, proxy.env())).toMatchObject({ code: 0 })
    expect(await check(root)).toEqual([])
  })
})

describe('go.work messages and fixes in Go words (GBG201, GBG210)', () => {
  it('a go.work without go line "implicitly requires go 1.18"', async () => {
    const root = tree({
      'go.work': 'use ./a\n',
      'a/go.mod': 'module example.com/a\n\ngo 1.22\n',
      'a/main.go': MAIN
    })
    const env = { GOWORK: `${root}/go.work` }
    const real = await runGo(['list', './a'], root, cleanGoEnv(env))
    expect(real.stderr).toContain(
      'go: module a listed in go.work file requires go >= 1.22, but go.work implicitly requires go 1.18; to update it:\n\tgo work use'
    )
    const f = ofRule(await check(root, env), 'GBG210')
    expect(f[0]?.message).toContain(
      'module a listed in go.work file requires go >= 1.22 (a/go.mod:3), but go.work implicitly requires go 1.18; to update it: go work use'
    )
    expect(f[0]?.fix).toBe('go work use')
    // The suggested fix works.
    expect(await runGo(['work', 'use'], root, cleanGoEnv(env))).toMatchObject({ code: 0 })
    expect(await runGo(['list', './a'], root, cleanGoEnv(env))).toMatchObject({ code: 0 })
    expect(ofRule(await check(root, env), 'GBG210')).toEqual([])
  })
  it('GBG210 only for module go lines from 1.21 on (before, a go line was no requirement)', async () => {
    for (const [work, mod, fails] of [
      ['1.18', '1.20', false],
      ['1.18', '1.21', true],
      ['1.20', '1.21.0', true]
    ] as const) {
      const root = tree({
        'go.work': `go ${work}\n\nuse ./a\n`,
        'a/go.mod': `module example.com/a\n\ngo ${mod}\n`,
        'a/a.go': 'package a\n'
      })
      const env = { GOWORK: `${root}/go.work` }
      const real = await runGo(['list', './a'], root, cleanGoEnv(env))
      expect(real.code !== 0).toBe(fails)
      expect(ofRule(await check(root, env), 'GBG210').length).toBe(fails ? 1 : 0)
    }
  })
  it('GBG201 in a workspace: one finding on go.work, setup-go reads go.work', async () => {
    const root = tree({
      'go.work': 'go 1.99\n\nuse ./a\n',
      'a/go.mod': 'module example.com/a\n\ngo 1.99\n',
      'a/main.go': MAIN
    })
    const env = { GOWORK: `${root}/go.work` }
    const real = await runGo(['list', './a'], root, cleanGoEnv(env))
    expect(real.stderr).toContain(
      'go: go.work requires go >= 1.99 (running go 1.26.8; GOTOOLCHAIN=local)'
    )
    const f = runChecks([goTooNewCheck], await factsFor(root, env))
    expect(sev(f)).toEqual(['GBG201 error go.work:1'])
    expect(f[0]?.fix).toContain('go-version-file: go.work')
  })
})

describe('workspace errors go raises while loading go.work (GBG213, GBG214, GBG215)', () => {
  const wsEnv = (root: string) => ({ GOWORK: `${root}/go.work` })
  async function both(root: string) {
    const real = await runGo(['list', './a'], root, cleanGoEnv(wsEnv(root)))
    return { real, f: await check(root, wsEnv(root)) }
  }
  it('GBG213: one module path in two use directories', async () => {
    const root = tree({
      'go.work': 'go 1.22\n\nuse (\n\t./a\n\t./b\n)\n',
      'a/go.mod': 'module example.com/a\n\ngo 1.22\n',
      'a/a.go': 'package a\n',
      'b/go.mod': 'module example.com/a\n\ngo 1.22\n',
      'b/b.go': 'package a\n'
    })
    const { real, f } = await both(root)
    expect(real.stderr).toContain('go: module example.com/a appears multiple times in workspace')
    expect(sev(f)).toEqual(['GBG213 error go.work:5'])
    expect(f[0]?.message).toContain('module example.com/a appears multiple times in workspace')
  })
  const conflict = {
    'a/go.mod':
      'module example.com/a\n\ngo 1.22\n\nrequire example.com/x v1.0.0\n\nreplace example.com/x => ../x2\n',
    'a/a.go': 'package a\n',
    'b/go.mod':
      'module example.com/b\n\ngo 1.22\n\nrequire example.com/x v1.0.0\n\nreplace example.com/x => ../x1\n',
    'b/b.go': 'package b\n',
    'x1/go.mod': 'module example.com/x\n\ngo 1.22\n',
    'x2/go.mod': 'module example.com/x\n\ngo 1.22\n'
  }
  it('GBG214: two workspace modules replace one module differently', async () => {
    const root = tree({ 'go.work': 'go 1.22\n\nuse (\n\t./a\n\t./b\n)\n', ...conflict })
    const { real, f } = await both(root)
    expect(real.stderr).toContain(
      `go: conflicting replacements for example.com/x:\n\t${root}/x2\n\t${root}/x1\nuse "go work edit -replace example.com/x=[override]" to resolve`
    )
    expect(sev(f)).toEqual(['GBG214 error b/go.mod:7'])
    expect(f[0]?.message).toBe(
      'conflicting replacements for example.com/x:\n\tx2 (a/go.mod)\n\tx1 (b/go.mod)\nuse "go work edit -replace example.com/x=[override]" to resolve'
    )
    // The suggested fix resolves it for go and for the gate.
    expect(f[0]?.fix).toBe('go work edit -replace example.com/x=./x2')
    expect(
      await runGo(['work', 'edit', '-replace', 'example.com/x=./x2'], root, cleanGoEnv(wsEnv(root)))
    ).toMatchObject({ code: 0 })
    const after = await both(root)
    expect(after.real).toMatchObject({ code: 0 })
    expect(after.f).toEqual([])
  })
  it('GBG214 negative: the same target from two modules is no conflict', async () => {
    const root = tree({
      'go.work': 'go 1.22\n\nuse (\n\t./a\n\t./b\n)\n',
      ...conflict,
      'a/go.mod':
        'module example.com/a\n\ngo 1.22\n\nrequire example.com/x v1.0.0\n\nreplace example.com/x => ./../x1\n'
    })
    const { real, f } = await both(root)
    expect(real).toMatchObject({ code: 0 })
    expect(f).toEqual([])
  })
  it('GBG215: go.work replaces a workspace module at all versions; at one version it is fine', async () => {
    const files = {
      'a/go.mod': 'module example.com/a\n\ngo 1.22\n',
      'a/a.go': 'package a\n',
      'b/go.mod': 'module example.com/b\n\ngo 1.22\n\nrequire example.com/a v1.0.0\n',
      'b/b.go': 'package b\n',
      'x1/go.mod': 'module example.com/a\n\ngo 1.22\n'
    }
    const bad = tree({
      'go.work': 'go 1.22\n\nuse (\n\t./a\n\t./b\n)\n\nreplace example.com/a => ./x1\n',
      ...files
    })
    const { real, f } = await both(bad)
    expect(real.stderr).toContain(
      'go: workspace module example.com/a is replaced at all versions in the go.work file. To fix, remove the replacement from the go.work file or specify the version at which to replace the module.'
    )
    expect(sev(f)).toEqual(['GBG215 error go.work:8'])
    const good = tree({
      'go.work': 'go 1.22\n\nuse (\n\t./a\n\t./b\n)\n\nreplace example.com/a v1.0.0 => ./x1\n',
      ...files
    })
    const ok = await both(good)
    expect(ok.real).toMatchObject({ code: 0 })
    expect(ok.f).toEqual([])
  })
})

describe('GBG223 local replacement with a newer go line', () => {
  const files = (xGo: string) => ({
    'go.mod':
      'module example.com/app\n\ngo 1.22\n\nrequire example.com/x v1.0.0\n\nreplace example.com/x => ./x\n',
    'main.go': 'package main\n\nimport _ "example.com/x"\n\nfunc main() {}\n',
    'x/go.mod': `module example.com/x\n\ngo ${xGo}\n`,
    'x/x.go': 'package x\n'
  })
  it('go 1.99 in ./x under GOTOOLCHAIN=local: go fails, the gate says so on the replace', async () => {
    const root = tree(files('1.99'))
    const real = await runGo(['list', '-deps', './...'], root)
    expect(real.stderr).toContain(
      'go: module ./x requires go >= 1.99 (running go 1.26.8; GOTOOLCHAIN=local)'
    )
    const f = await check(root)
    expect(sev(f)).toEqual(['GBG223 error go.mod:7'])
    expect(f[0]?.message).toBe(
      'module ./x requires go >= 1.99 (running go 1.26.8; GOTOOLCHAIN=local)'
    )
  })
  it('a go line the running go meets: go builds, the gate is silent', async () => {
    const root = tree(files('1.22'))
    expect(await runGo(['list', '-deps', './...'], root)).toMatchObject({ code: 0 })
    expect(await check(root)).toEqual([])
  })
})

describe('GOFLAGS=-modfile=alt.mod: the gate checks the file go reads (GBG209 when go refuses it)', () => {
  const modfile = { GOFLAGS: '-modfile=alt.mod' }
  it('alt.mod asks for go 1.99, go.mod is fine: go fails on alt.mod, so does the gate', async () => {
    const root = tree({
      'go.mod': 'module a\n\ngo 1.22\n',
      'alt.mod': 'module a\n\ngo 1.99\n',
      'main.go': MAIN
    })
    const real = await runGo(['list', './...'], root, cleanGoEnv(modfile))
    expect(real.stderr).toContain(
      'go: alt.mod requires go >= 1.99 (running go 1.26.8; GOTOOLCHAIN=local)'
    )
    const f = runChecks([goTooNewCheck, ...modfileChecks], await factsFor(root, modfile))
    expect(sev(f)).toEqual(['GBG201 error alt.mod:3'])
  })
  it('go.mod asks for go 1.99, alt.mod is fine: go builds with -modfile, the gate is silent', async () => {
    const root = tree({
      'go.mod': 'module a\n\ngo 1.99\n',
      'alt.mod': 'module a\n\ngo 1.22\n',
      'main.go': MAIN
    })
    expect(await runGo(['list', './...'], root, cleanGoEnv(modfile))).toMatchObject({ code: 0 })
    expect(runChecks([goTooNewCheck, ...modfileChecks], await factsFor(root, modfile))).toEqual([])
  })
  it('alt.sum, not go.sum, holds the checksums go needs', async () => {
    const proxy = fileProxy()
    proxy.publish('example.com/dep', 'v1.0.0', {
      'go.mod': 'module example.com/dep\n\ngo 1.22\n',
      'dep.go': 'package dep\n'
    })
    const files = {
      'go.mod': 'module a\n\ngo 1.22\n',
      'alt.mod': 'module a\n\ngo 1.22\n\nrequire example.com/dep v1.0.0\n',
      'main.go': IMPORTS_DEP
    }
    const root = tree(files)
    const without = await runGo(['list', '-deps', './...'], root, proxy.env(modfile))
    expect(without.stderr).toContain(
      'missing go.sum entry for module providing package example.com/dep'
    )
    const f = await check(root, modfile)
    expect(sev(f)).toEqual(['GBG240 error alt.mod:5'])
    expect(f[0]?.message).toContain('alt.sum does not exist')
    // go mod download with the same GOFLAGS writes alt.sum; then go and the gate agree.
    expect(
      await runGo(['mod', 'download', 'example.com/dep'], root, proxy.env(modfile))
    ).toMatchObject({ code: 0 })
    expect(readFileSync(`${root}/alt.sum`, 'utf8')).toContain('example.com/dep v1.0.0 h1:')
    expect(await runGo(['list', '-deps', './...'], root, proxy.env(modfile))).toMatchObject({
      code: 0
    })
    expect(await check(root, modfile)).toEqual([])
  })
  it('GBG209: go refuses -modfile in workspace mode, or a missing file', async () => {
    const ws = tree({
      'go.work': 'go 1.22\n\nuse ./a\n',
      'a/go.mod': 'module example.com/a\n\ngo 1.22\n',
      'a/alt.mod': 'module example.com/a\n\ngo 1.22\n',
      'a/main.go': MAIN
    })
    const env = { ...modfile, GOWORK: `${ws}/go.work` }
    const real = await runGo(['list', './a'], ws, cleanGoEnv(env))
    expect(real.stderr).toContain('go: -modfile cannot be used in workspace mode')
    expect(sev(await check(ws, env))).toEqual(['GBG209 error go.work:undefined'])
    const missing = tree({ 'go.mod': 'module a\n\ngo 1.22\n', 'main.go': MAIN })
    const gone = await runGo(['list', './...'], missing, cleanGoEnv(modfile))
    expect(gone.stderr).toContain('go: open alt.mod: no such file or directory')
    const f = await check(missing, modfile)
    expect(f.map((x) => `${x.rule} ${x.message}`)).toEqual([
      'GBG209 go: open alt.mod: no such file or directory (GOFLAGS=-modfile=alt.mod)'
    ])
  })
})

describe('GBG216 GOTOOLCHAIN=path without the toolchain on PATH', () => {
  async function gate(root: string, env: Record<string, string>) {
    const facts = await factsFor(root, { GOTOOLCHAIN: env.GOTOOLCHAIN as string })
    facts.paths = await probeGoPaths(facts.go.env, { PATH: env.PATH })
    return runChecks(toolchainChecks, facts)
  }
  const root = tree({ 'go.mod': 'module a\n\ngo 1.99\n', 'main.go': MAIN })
  it('go 1.99 with GOTOOLCHAIN=path and no go1.99.0 on PATH: go fails, an error (not GBG202)', async () => {
    for (const tc of ['path', 'go1.26.0+path']) {
      const env = cleanGoEnv({ GOTOOLCHAIN: tc })
      const real = await runGo(['list', './...'], root, env)
      expect(real.stderr).toContain('go: cannot find "go1.99.0" in PATH')
      const f = await gate(root, env)
      expect(sev(f)).toEqual(['GBG216 error go.mod:3'])
      expect(f[0]?.message).toContain('go: cannot find "go1.99.0" in PATH')
    }
  })
  it('with a go1.99.0 executable on PATH go runs it: a switch (GBG202 warning), no GBG216', async () => {
    const bin = tree({ 'go1.99.0': '#!/bin/sh\necho "go1.99.0 ran: $*"\n' })
    chmodSync(`${bin}/go1.99.0`, 0o755)
    const env = cleanGoEnv({ GOTOOLCHAIN: 'path', PATH: `${bin}:${process.env.PATH ?? ''}` })
    const real = await runGo(['list', './...'], root, env)
    expect(real).toMatchObject({ code: 0, stdout: 'go1.99.0 ran: list ./...\n' })
    expect(sev(await gate(root, env))).toEqual(['GBG202 warning go.mod:3'])
  })
})

describe('go work vendor: the workspace vendor/modules.txt (GBG230) and vendored packages (GBG231)', () => {
  const proxy = fileProxy()
  proxy.publish('example.com/dep', 'v1.0.0', {
    'go.mod': 'module example.com/dep\n\ngo 1.22\n',
    'dep.go': 'package dep\n'
  })
  const files = {
    'go.work': 'go 1.22\n\nuse (\n\t./a\n\t./b\n)\n',
    'a/go.mod': 'module example.com/a\n\ngo 1.22\n\nrequire example.com/dep v1.0.0\n',
    'a/main.go':
      'package main\n\nimport (\n\t_ "example.com/b"\n\t_ "example.com/dep"\n)\n\nfunc main() {}\n',
    'b/go.mod': 'module example.com/b\n\ngo 1.22\n',
    'b/b.go': 'package b\n',
    'depfork/go.mod': 'module example.com/dep\n\ngo 1.22\n',
    'depfork/dep.go': 'package dep\n'
  }
  /** A workspace vendored by the real `go work vendor`; go then builds it offline. */
  async function vendored(): Promise<{ root: string; env: Record<string, string> }> {
    const root = tree(files)
    const env = proxy.env({ GOWORK: `${root}/go.work`, GOFLAGS: '' })
    expect(await runGo(['work', 'vendor'], root, env)).toMatchObject({ code: 0 })
    expect(readFileSync(`${root}/vendor/modules.txt`, 'utf8')).toMatch(/^## workspace\n/)
    return { root, env: { ...env, GOPROXY: 'off' } }
  }
  const gate = (root: string) => check(root, { GOWORK: `${root}/go.work` })
  it('as go work vendor wrote it: go builds from vendor/, the gate is silent', async () => {
    const { root, env } = await vendored()
    expect(await runGo(['list', '-deps', './a'], root, env)).toMatchObject({ code: 0 })
    expect(await gate(root)).toEqual([])
  })
  it('a workspace module required and replaced by another (as etcd does): go and the gate accept it', async () => {
    const root = tree({
      ...files,
      'a/go.mod':
        'module example.com/a\n\ngo 1.22\n\nrequire (\n\texample.com/b v0.0.0\n\texample.com/dep v1.0.0\n)\n\nreplace example.com/b => ../b\n'
    })
    const env = proxy.env({ GOWORK: `${root}/go.work`, GOFLAGS: '' })
    expect(await runGo(['work', 'vendor'], root, env)).toMatchObject({ code: 0 })
    expect(readFileSync(`${root}/vendor/modules.txt`, 'utf8')).toContain(
      '# example.com/b v0.0.0 => ./b\n## explicit; go 1.22\n'
    )
    expect(await runGo(['list', '-deps', './a'], root, { ...env, GOPROXY: 'off' })).toMatchObject({
      code: 0
    })
    expect(await gate(root)).toEqual([])
  })
  it('a version that differs from a module requirement: inconsistent vendoring at a/go.mod', async () => {
    const { root, env } = await vendored()
    const txt = readFileSync(`${root}/vendor/modules.txt`, 'utf8')
    writeFileSync(`${root}/vendor/modules.txt`, txt.replace('v1.0.0', 'v1.0.1'))
    const real = await runGo(['list', '-deps', './a'], root, env)
    expect(real.stderr).toContain(
      'example.com/dep@v1.0.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt'
    )
    expect(real.stderr).toContain(
      'example.com/dep@v1.0.1: is marked as explicit in vendor/modules.txt, but not explicitly required in a go.mod'
    )
    const f = await gate(root)
    expect(sev(f)).toEqual(['GBG230 error a/go.mod:5', 'GBG230 error vendor/modules.txt:2'])
    expect(f[0]?.fix).toBe('go work vendor')
  })
  it('a replace added to a module after vendoring: go and the gate name a/go.mod', async () => {
    const { root, env } = await vendored()
    writeFileSync(
      `${root}/a/go.mod`,
      'module example.com/a\n\ngo 1.22\n\nrequire example.com/dep v1.0.0\n\nreplace example.com/dep => ../depfork\n'
    )
    const real = await runGo(['list', '-deps', './a'], root, env)
    expect(real.stderr).toContain(
      'example.com/dep: is replaced in a/go.mod, but not marked as replaced in vendor/modules.txt'
    )
    expect(sev(await gate(root))).toEqual(['GBG230 error a/go.mod:7'])
    // Re-vendoring records it as ./depfork (resolved from the workspace root): consistent again.
    expect(await runGo(['work', 'vendor'], root, env)).toMatchObject({ code: 0 })
    expect(readFileSync(`${root}/vendor/modules.txt`, 'utf8')).toContain(
      '# example.com/dep v1.0.0 => ./depfork'
    )
    expect(await runGo(['list', '-deps', './a'], root, env)).toMatchObject({ code: 0 })
    expect(await gate(root)).toEqual([])
  })
  it('GBG231: a vendored package directory missing: go cannot find the package', async () => {
    const { root, env } = await vendored()
    rmSync(`${root}/vendor/example.com`, { recursive: true })
    const real = await runGo(['list', '-deps', './a'], root, env)
    expect(real.stderr).toContain(
      'cannot find module providing package example.com/dep: import lookup disabled by -mod=vendor'
    )
    const f = await gate(root)
    expect(sev(f)).toEqual(['GBG231 error vendor/modules.txt:4'])
    expect(f[0]?.message).toContain(
      'cannot find module providing package example.com/dep: import lookup disabled by -mod=vendor'
    )
  })
  it('GBG232: without the ## workspace marker go ignores vendor/ (offline: it fails), and vice versa', async () => {
    const { root, env } = await vendored()
    const offline = { ...env, GOMODCACHE: `${root}/empty-modcache` }
    expect(await runGo(['list', '-deps', './a'], root, offline)).toMatchObject({ code: 0 })
    const txt = readFileSync(`${root}/vendor/modules.txt`, 'utf8')
    writeFileSync(`${root}/vendor/modules.txt`, txt.replace(/^## workspace\n/, ''))
    const real = await runGo(['list', '-deps', './a'], root, offline)
    expect(real.stderr).toContain('module lookup disabled by GOPROXY=off')
    // With -mod=vendor go reads it anyway.
    expect(await runGo(['list', '-mod=vendor', '-deps', './a'], root, offline)).toMatchObject({
      code: 0
    })
    const f = await gate(root)
    expect(sev(f.filter((x) => x.rule === 'GBG232'))).toEqual([
      'GBG232 warning vendor/modules.txt:1'
    ])
    expect(f.find((x) => x.rule === 'GBG232')?.message).toContain(
      'In workspace mode, but vendor directory is not for a workspace'
    )
    expect(f.filter((x) => x.severity === 'error')).toEqual([])
    // A single module whose vendor/modules.txt says ## workspace: go ignores it too.
    const single = tree({
      'go.mod': 'module example.com/app\n\ngo 1.22\n\nrequire example.com/dep v1.0.0\n',
      'go.sum': '',
      'main.go': IMPORTS_DEP,
      'vendor/modules.txt':
        '## workspace\n# example.com/dep v1.0.0\n## explicit; go 1.22\nexample.com/dep\n',
      'vendor/example.com/dep/dep.go': 'package dep\n'
    })
    const alone = await runGo(['list', '-deps', './...'], single)
    expect(alone.stderr).toContain('missing go.sum entry')
    expect(sev(ofRule(await check(single), 'GBG232'))).toEqual([
      'GBG232 warning vendor/modules.txt:1'
    ])
  })
  it('GBG231 in a single module, and silent when the directory is there', async () => {
    const root = tree({
      'go.mod': 'module example.com/app\n\ngo 1.22\n\nrequire example.com/dep v1.2.0\n',
      'main.go': IMPORTS_DEP,
      'vendor/modules.txt': '# example.com/dep v1.2.0\n## explicit; go 1.22\nexample.com/dep\n'
    })
    const real = await runGo(['list', '-deps', './...'], root)
    expect(real.stderr).toContain('cannot find module providing package example.com/dep')
    expect(sev(await check(root))).toEqual(['GBG231 error vendor/modules.txt:3'])
    writeFileSync(`${root}/main.go`, IMPORTS_DEP)
    mkdirSync(`${root}/vendor/example.com/dep`, { recursive: true })
    writeFileSync(`${root}/vendor/example.com/dep/dep.go`, 'package dep\n')
    expect(await runGo(['list', '-deps', './...'], root)).toMatchObject({ code: 0 })
    expect(await check(root)).toEqual([])
  })
})
