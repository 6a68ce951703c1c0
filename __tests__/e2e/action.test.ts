/**
 * End to end: the bundled action (dist/index.js) run as a runner runs it, with the real go.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { cleanGoEnv, REPO, runAction, runCli } from '../../__fixtures__/runner.js'

let tmp: string
let workspace: string

function sampleModule(goLine = '1.22'): string {
  const ws = mkdtempSync(path.join(tmp, 'ws-'))
  cpSync(path.join(REPO, 'examples', 'hello'), ws, { recursive: true })
  writeFileSync(path.join(ws, 'go.mod'), `module example.com/hello\n\ngo ${goLine}\n`)
  return ws
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gbg-e2e-'))
  mkdirSync(path.join(tmp, 'home'), { recursive: true })
  workspace = sampleModule()
})

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const pr = { pull_request: { number: 7 } }

describe('GOFLAGS=-mod=mod on a sample module', () => {
  it('annotates it and fails the step under enforce', async () => {
    const r = await runAction({
      workspace,
      inputs: { mode: 'enforce', 'cache-verify': 'off' },
      env: cleanGoEnv(tmp, { GOFLAGS: '-mod=mod' }),
      event: pr
    })
    const errors = r.commands.filter((c) => c.command === 'error')
    expect(errors.map((c) => c.properties.title)).toContain('GBG102 goflags-mod-mod')
    expect(r.code).not.toBe(0)
    expect(r.outputs.result).toBe('fail')
    expect(Number(r.outputs.violations)).toBeGreaterThanOrEqual(1)
    expect(r.summary).toContain('GBG102')
  })

  it('only reports under warn: exit 0 and result=warn', async () => {
    const r = await runAction({
      workspace,
      inputs: { mode: 'warn', 'cache-verify': 'off' },
      env: cleanGoEnv(tmp, { GOFLAGS: '-mod=mod' }),
      event: pr
    })
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('warn')
    expect(
      r.commands.some((c) => c.command === 'error' && c.properties.title?.startsWith('GBG102'))
    ).toBe(true)
    expect(r.outputs['go-version']).toMatch(/^go1\.\d+/)
  })

  it('passes a clean environment with result=pass and writes the JSON report', async () => {
    const r = await runAction({
      workspace,
      inputs: { mode: 'enforce', 'cache-verify': 'off' },
      env: cleanGoEnv(tmp),
      event: pr
    })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('pass')
    expect(r.outputs.violations).toBe('0')
    expect(r.outputs.report).toMatch(/report\.json$/)
  })
})

describe('untrusted values stay text', () => {
  it('never turns a GOFLAGS value with :: or a newline into a second workflow command', async () => {
    // Every field starts with '-', so go accepts it; the newline and '::' reach the findings.
    const hostile = '-mod=mod\n-ldflags=::error file=evil.go::pwned%0A\n-tags=x,y'
    const r = await runAction({
      workspace,
      inputs: { mode: 'warn', 'cache-verify': 'off' },
      env: cleanGoEnv(tmp, { GOFLAGS: hostile }),
      event: pr
    })
    // Only our two annotations (GBG102, and GBG103: the space makes a non-flag field) are live,
    // each inside the log group of its finding.
    const grouping = r.commands.filter((c) => c.command === 'group' || c.command === 'endgroup')
    expect(grouping.map((c) => c.command)).toEqual(['group', 'endgroup', 'group', 'endgroup'])
    const others = r.commands.filter((c) => !grouping.includes(c))
    expect(others.map((c) => `${c.command} ${c.properties.title ?? ''}`).sort()).toEqual([
      'error GBG102 goflags-mod-mod',
      'error GBG103 go-command-fails'
    ])
    expect(r.commands.some((c) => c.properties.file === 'evil.go')).toBe(false)
    const finding = r.commands.find((c) => c.properties.title?.startsWith('GBG102'))
    expect(finding?.message).toContain(hostile)
  })

  it('reports a GOFLAGS that breaks every go command as a finding, not a crash', async () => {
    const r = await runAction({
      workspace,
      inputs: { mode: 'enforce', 'cache-verify': 'off' },
      env: cleanGoEnv(tmp, { GOFLAGS: '-mod=mod\n::error::pwned' }),
      event: pr
    })
    expect(r.commands.some((c) => c.message.startsWith('pwned'))).toBe(false)
    const broken = r.commands.find((c) => c.properties.title === 'GBG103 go-command-fails')
    expect(broken?.message).toContain('non-flag "::error::pwned"')
    expect(r.outputs.result).toBe('fail')
  })
})

describe('go line above the running toolchain with GOTOOLCHAIN=local', () => {
  it('points at the go line of go.mod', async () => {
    const ws = sampleModule('1.999.0')
    const r = await runAction({
      workspace: ws,
      inputs: { mode: 'enforce', 'cache-verify': 'off' },
      env: cleanGoEnv(tmp, { GOTOOLCHAIN: 'local' }),
      event: pr
    })
    const hit = r.commands.find((c) => c.command === 'error' && c.properties.file === 'go.mod')
    expect(hit?.properties.line).toBe('3')
    expect(hit?.message).toContain('1.999.0')
    expect(r.code).not.toBe(0)
  })
})

describe('no go binary', () => {
  it('CLI exits 2 with one clear sentence and no stack trace', async () => {
    const env = { ...cleanGoEnv(tmp), PATH: '/nonexistent' }
    const r = await runCli(['check', '--dir', workspace], workspace, env)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/no go binary found on PATH/)
    expect(r.stderr).not.toMatch(/\n\s+at /)
    expect(r.stdout).toBe('')
  })

  it('the action fails the step with the same message', async () => {
    const r = await runAction({
      workspace,
      inputs: { mode: 'warn' },
      env: { ...cleanGoEnv(tmp), PATH: '/nonexistent' },
      event: pr
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/::error::go-baseline-gate could not run: no go binary found on PATH/)
    expect(r.stdout).not.toMatch(/\n\s+at /)
  })
})

describe('bad inputs', () => {
  it('an invalid mode is a clear error naming the allowed values', async () => {
    const r = await runCli(
      ['check', '--mode', 'strict', '--dir', workspace],
      workspace,
      cleanGoEnv(tmp)
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("invalid value 'strict' for mode")
  })
})

describe('GOCACHE=off', () => {
  it('is a finding (GBG130), not a gate that cannot run', async () => {
    const r = await runAction({
      workspace,
      inputs: { mode: 'enforce', 'cache-verify': 'quick' },
      env: cleanGoEnv(tmp, { GOCACHE: 'off' }),
      event: pr
    })
    expect(r.commands.find((c) => c.command === 'error')?.properties.title).toBe(
      'GBG130 gocache-off'
    )
    expect(r.outputs.result).toBe('fail')
    expect(r.stdout).toContain('build cache not checked')
  })
})
