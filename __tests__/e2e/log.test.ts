/**
 * The step's log and GitHub's annotation budget, end to end: node dist/index.js as a runner runs
 * it, its stdout parsed as the runner parses workflow commands.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import {
  cleanGoEnv,
  GO_BIN_DIR,
  parseCommands,
  REPO,
  runAction,
  runCli
} from '../../__fixtures__/runner.js'

let tmp: string
let workspace: string
let keys: string[]

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gbg-e2e-log-'))
  mkdirSync(path.join(tmp, 'home'), { recursive: true })
  workspace = path.join(tmp, 'ws')
  cpSync(path.join(REPO, 'examples', 'hello'), workspace, { recursive: true })
  // 30 keys the real go reports, each expected at a value it does not have.
  const goEnv = JSON.parse(
    execFileSync(path.join(GO_BIN_DIR, 'go'), ['env', '-json'], {
      env: cleanGoEnv(tmp),
      cwd: tmp
    }).toString()
  ) as Record<string, string>
  keys = Object.keys(goEnv).sort().slice(0, 30)
  expect(keys).toHaveLength(30)
  const lines = keys.map((k) => `  ${k}: 'drifted-${k}'`)
  mkdirSync(path.join(workspace, '.github'), { recursive: true })
  writeFileSync(
    path.join(workspace, '.github', 'go-baseline.yml'),
    `version: 1\nenv:\n${lines.join('\n')}\n`
  )
})

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('30 drifted keys under mode: enforce, fail-on: warning', () => {
  it('print at most 10 ::error lines counting the failure message, and each finding once', async () => {
    const r = await runAction({
      workspace,
      inputs: { mode: 'enforce', 'fail-on': 'warning', 'cache-verify': 'off' },
      env: cleanGoEnv(tmp)
    })
    expect(r.outputs.result).toBe('fail')
    expect(Number(r.outputs.errors)).toBeGreaterThanOrEqual(30)
    const errors = r.commands.filter((c) => c.command === 'error')
    expect(errors).toHaveLength(10)
    expect(errors.at(-1)?.message).toMatch(
      /violation\(s\) at or above 'warning' under mode enforce/
    )
    // The annotations land on the baseline lines of the drifted keys.
    expect(errors[0]?.properties.file).toBe('.github/go-baseline.yml')
    expect(Number(errors[0]?.properties.line)).toBeGreaterThan(2)
    const total = Number(r.outputs.errors) + Number(r.outputs.warnings)
    expect(r.stdout).toContain(`${total - 9} more finding(s) were not annotated`)
    // Each finding once: one group per finding, each drift's message printed once (annotation or text).
    const groups = r.commands.filter((c) => c.command === 'group')
    expect(groups).toHaveLength(total)
    expect(r.commands.filter((c) => c.command === 'endgroup')).toHaveLength(groups.length)
    for (const k of keys) {
      const mentions = r.stdout
        .split('\n')
        .filter((l) => l.includes(`${k}=`) && l.includes('but the baseline expects'))
      expect(mentions).toHaveLength(1)
    }
  })

  it("the CLI in a run: step (--format github) leaves a slot for the runner's exit-code error", async () => {
    const r = await runCli(
      [
        'check',
        '--mode',
        'enforce',
        '--fail-on',
        'warning',
        '--cache-verify',
        'off',
        '--format',
        'github'
      ],
      workspace,
      cleanGoEnv(tmp)
    )
    expect(r.code).toBe(1)
    const errors = parseCommands(r.stdout).filter((c) => c.command === 'error')
    expect(errors).toHaveLength(9)
    expect(r.stdout).toMatch(/\d+ more finding\(s\) not annotated/)
  })
})
