/**
 * Hostile inputs through the bundled action and CLI (dist/), with the real go: each run ends
 * promptly with a clear message instead of hanging or crashing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { cleanGoEnv, REPO, runAction, runCli } from '../../__fixtures__/runner.js'

let tmp: string
let ws: string

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gbg-e2e-hostile-'))
  mkdirSync(path.join(tmp, 'home'), { recursive: true })
  ws = path.join(tmp, 'ws')
  cpSync(path.join(REPO, 'examples', 'hello'), ws, { recursive: true })
  mkdirSync(path.join(ws, '.git'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const failure = (r: { commands: Array<{ command: string; message: string }> }) =>
  r.commands.filter((c) => c.command === 'error').map((c) => c.message)

describe('the baseline', () => {
  it('a FIFO at the baseline path fails the action at once, saying what it is', async () => {
    execFileSync('mkfifo', [path.join(ws, 'fifo.yml')])
    const r = await runAction({
      workspace: ws,
      inputs: { baseline: 'fifo.yml', 'cache-verify': 'off' },
      env: cleanGoEnv(tmp)
    })
    expect(r.code).toBe(1)
    expect(failure(r)).toContainEqual(
      expect.stringContaining('the baseline fifo.yml is a FIFO (named pipe), not a regular file')
    )
  })

  it('a catastrophic regex against a hostile GOFLAGS is a finding, in linear time', async () => {
    writeFileSync(path.join(ws, 'redos.yml'), 'version: 1\nenv:\n  GOFLAGS: { regex: "(a+)+$" }\n')
    const r = await runCli(
      ['check', '--baseline', 'redos.yml', '--cache-verify', 'off', '--format', 'json'],
      ws,
      cleanGoEnv(tmp, { GOFLAGS: `${'a'.repeat(33)}!` })
    )
    const report = JSON.parse(r.stdout) as {
      findings: Array<{ rule: string; expected?: string; actual?: string }>
    }
    expect(report.findings).toContainEqual(
      expect.objectContaining({ expected: 'matching /(a+)+$/', actual: `${'a'.repeat(33)}!` })
    )
  })

  it('a billion-laughs baseline: exit 2 at file:line:column', async () => {
    const lines = ['version: 1', 'a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (const [n, p] of ['ba', 'cb', 'dc', 'ed', 'fe', 'gf'].map((s) => [...s]))
      lines.push(`${n}: &${n} [${Array(10).fill(`*${p}`).join(', ')}]`)
    writeFileSync(path.join(ws, 'bomb.yml'), lines.join('\n') + '\n')
    const r = await runCli(
      ['check', '--baseline', 'bomb.yml', '--cache-verify', 'off'],
      ws,
      cleanGoEnv(tmp)
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      /^go-baseline-gate: bomb\.yml:5:\d+: the aliases in the baseline expand to more than 10000 values \(at this alias\)\n/
    )
    expect(r.stderr).not.toMatch(/Excessive alias count|\n\s+at /)
  })
})

describe('the go binary', () => {
  function fakeGo(name: string, body: string): string {
    const file = path.join(tmp, name)
    writeFileSync(file, `#!/bin/sh\n${body}\n`)
    chmodSync(file, 0o755)
    return file
  }

  it('a go input that hangs is killed at the deadline and the step fails saying so', async () => {
    const go = fakeGo('hanging-go', 'sleep 300')
    const started = Date.now()
    const r = await runAction({
      workspace: ws,
      inputs: { go, 'cache-verify': 'off' },
      env: cleanGoEnv(tmp, { GO_BASELINE_GATE_GO_TIMEOUT: '1' })
    })
    expect(Date.now() - started).toBeLessThan(60_000)
    expect(r.code).toBe(1)
    expect(failure(r)).toContainEqual(
      expect.stringContaining(
        `\`hanging-go env -json\` did not finish within 1 s and was killed (${go})`
      )
    )
  })

  it('--go printing null for go env -json: exit 2 naming the binary and the output', async () => {
    const go = fakeGo('null-go', 'echo null')
    const r = await runCli(['check', '--go', go, '--cache-verify', 'off'], ws, cleanGoEnv(tmp))
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`\`${go} env -json\` printed null, not an object of strings: "null"`)
    expect(r.stderr).not.toMatch(/Cannot read properties|\n\s+at /)
  })
})
