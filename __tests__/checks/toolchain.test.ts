import { describe, expect, it } from '@jest/globals'
import { toolchainChecks } from '../../src/checks/toolchain.js'
import { cleanGoEnv, runGo } from '../modfile/gotool.js'
import { factsFor, ofRule, runChecks, tree } from './modfile/harness.js'

const GO_MOD_TOO_NEW = 'module example.com/app\n\ngo 1.99.0\n'
const MAIN = 'package main\n\nfunc main() {}\n'

describe('GBG201 go line newer than the toolchain, switching forbidden', () => {
  it('reproduces the failure with the real go command and reports the go line', async () => {
    const root = tree({ 'go.mod': GO_MOD_TOO_NEW, 'main.go': MAIN })
    const real = await runGo(['list', './...'], root, cleanGoEnv({ GOTOOLCHAIN: 'local' }))
    expect(real.code).not.toBe(0)
    expect(real.stderr).toContain(
      'go.mod requires go >= 1.99.0 (running go 1.26.8; GOTOOLCHAIN=local)'
    )

    const findings = ofRule(
      runChecks(toolchainChecks, await factsFor(root, { GOTOOLCHAIN: 'local' })),
      'GBG201'
    )
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      severity: 'error',
      message: 'go.mod requires go >= 1.99.0 (running go 1.26.8; GOTOOLCHAIN=local)',
      location: { file: 'go.mod', line: 3, column: 1, endLine: 3, endColumn: 10 }
    })
    expect(findings[0]?.fix).toContain('GOTOOLCHAIN=auto')
  })

  it('uses the pinned version of GOTOOLCHAIN=goX as the running toolchain', async () => {
    const root = tree({ 'go.mod': 'module example.com/app\n\ngo 1.23.0\n' })
    const findings = runChecks(toolchainChecks, await factsFor(root, { GOTOOLCHAIN: 'go1.22.12' }))
    expect(ofRule(findings, 'GBG201').map((f) => f.message)).toEqual([
      'go.mod requires go >= 1.23.0 (running go 1.22.12; GOTOOLCHAIN=go1.22.12)'
    ])
  })

  it('is silent when the go line is not newer, and under auto (that switches instead)', async () => {
    const ok = tree({ 'go.mod': 'module example.com/app\n\ngo 1.26.8\n', 'main.go': MAIN })
    const real = await runGo(['list', './...'], ok, cleanGoEnv({ GOTOOLCHAIN: 'local' }))
    expect(real.code).toBe(0)
    expect(runChecks(toolchainChecks, await factsFor(ok, { GOTOOLCHAIN: 'local' }))).toEqual([])
    const auto = tree({ 'go.mod': GO_MOD_TOO_NEW })
    expect(
      ofRule(runChecks(toolchainChecks, await factsFor(auto, { GOTOOLCHAIN: 'auto' })), 'GBG201')
    ).toEqual([])
  })

  it('reports each workspace file whose go line is too new', async () => {
    const root = tree({
      'go.work': 'go 1.26.0\n\nuse ./a\n',
      'a/go.mod': 'module example.com/a\n\ngo 1.99.1\n'
    })
    const facts = await factsFor(root, { GOTOOLCHAIN: 'local', GOWORK: `${root}/go.work` })
    expect(
      ofRule(runChecks(toolchainChecks, facts), 'GBG201').map((f) => [
        f.location?.file,
        f.location?.line
      ])
    ).toEqual([['a/go.mod', 3]])
  })
})

describe('GBG202 toolchain switch', () => {
  it('warns that auto would download the go line version, at the go line', async () => {
    const root = tree({ 'go.mod': 'module example.com/app\n\ngo 1.99\n' })
    const findings = runChecks(toolchainChecks, await factsFor(root, { GOTOOLCHAIN: 'auto' }))
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ rule: 'GBG202', severity: 'warning', actual: 'go1.99.0' })
    expect(findings[0]?.message).toContain('would download go1.99.0')
    expect(findings[0]?.location).toMatchObject({ file: 'go.mod', line: 3 })
  })

  it('points at the toolchain line when it decides, and reports PATH lookups for +path', async () => {
    const root = tree({ 'go.mod': 'module example.com/app\n\ngo 1.21\n\ntoolchain go1.99.2\n' })
    const findings = runChecks(toolchainChecks, await factsFor(root, { GOTOOLCHAIN: 'local+path' }))
    expect(findings.map((f) => [f.rule, f.location?.line, f.actual])).toEqual([
      ['GBG202', 5, 'go1.99.2']
    ])
    expect(findings[0]?.message).toContain('from PATH')
  })

  it('is silent when nothing newer is asked for, or for toolchain default', async () => {
    const old = tree({ 'go.mod': 'module example.com/app\n\ngo 1.22\n\ntoolchain go1.23.1\n' })
    expect(runChecks(toolchainChecks, await factsFor(old, { GOTOOLCHAIN: 'auto' }))).toEqual([])
    const def = tree({ 'go.mod': 'module example.com/app\n\ngo 1.99\n\ntoolchain default\n' })
    expect(runChecks(toolchainChecks, await factsFor(def, { GOTOOLCHAIN: 'auto' }))).toEqual([])
  })
})
