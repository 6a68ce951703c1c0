import { describe, expect, it } from '@jest/globals'
import { modfileChecks } from '../../src/checks/modfile.js'
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

  it('in a workspace, reports the go.work go line; a module line above go.work is GBG210, as go says', async () => {
    const root = tree({
      'go.work': 'go 1.26.0\n\nuse ./a\n',
      'a/go.mod': 'module example.com/a\n\ngo 1.99.1\n',
      'a/a.go': 'package a\n'
    })
    const env = { GOTOOLCHAIN: 'local', GOWORK: `${root}/go.work` }
    const real = await runGo(['list', './a'], root, cleanGoEnv(env))
    expect(real.stderr).toContain(
      'module a listed in go.work file requires go >= 1.99.1, but go.work lists go 1.26.0'
    )
    const facts = await factsFor(root, env)
    expect(ofRule(runChecks(toolchainChecks, facts), 'GBG201')).toEqual([])
    expect(ofRule(runChecks(modfileChecks, facts), 'GBG210').map((f) => f.location?.file)).toEqual([
      'go.work'
    ])
    const newer = tree({
      'go.work': 'go 1.99.1\n\nuse ./a\n',
      'a/go.mod': 'module example.com/a\n\ngo 1.99.1\n'
    })
    const g = runChecks(
      toolchainChecks,
      await factsFor(newer, { ...env, GOWORK: `${newer}/go.work` })
    )
    expect(ofRule(g, 'GBG201').map((f) => [f.location?.file, f.location?.line])).toEqual([
      ['go.work', 1]
    ])
  })
})
