/**
 * A working directory that does not exist (or is a file) is a usage error, from the bundled CLI
 * and from the bundled action: a typo in --dir / working-directory must not pass silently.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { cleanGoEnv, runAction, runCli } from '../../__fixtures__/runner.js'

let tmp: string
let workspace: string

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gbg-wd-'))
  mkdirSync(path.join(tmp, 'home'), { recursive: true })
  workspace = path.join(tmp, 'ws')
  mkdirSync(workspace)
  writeFileSync(path.join(workspace, 'go.mod'), 'module example.com/hello\n\ngo 1.22\n')
  writeFileSync(path.join(workspace, 'README'), 'not a directory\n')
})

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('check --dir', () => {
  it('a missing directory exits 2 with one sentence, under enforce and warn', async () => {
    for (const mode of ['enforce', 'warn']) {
      const r = await runCli(
        ['check', '--dir', '/no/such/dir', '--mode', mode],
        workspace,
        cleanGoEnv(tmp)
      )
      expect(r.code).toBe(2)
      expect(r.stderr).toContain('the working directory /no/such/dir does not exist')
      expect(r.stderr).not.toMatch(/\n\s+at /)
      expect(r.stdout).toBe('')
    }
  })
  it('a file is not a directory: exit 2', async () => {
    const r = await runCli(['check', '--dir', 'README'], workspace, cleanGoEnv(tmp))
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`the working directory ${workspace}/README is not a directory`)
  })
  it('an existing directory runs the gate (exit 0)', async () => {
    const r = await runCli(
      ['check', '--dir', '.', '--cache-verify', 'off'],
      workspace,
      cleanGoEnv(tmp)
    )
    expect(r.stdout).toContain('PASS')
    expect(r.code).toBe(0)
  })
})

describe('working-directory input', () => {
  it('a typo fails the step with the same sentence', async () => {
    const r = await runAction({
      workspace,
      inputs: { 'working-directory': 'svc/typo', 'cache-verify': 'off' },
      env: cleanGoEnv(tmp)
    })
    expect(r.code).not.toBe(0)
    expect(r.stdout).toContain(
      `::error::go-baseline-gate could not run: the working directory ${workspace}/svc/typo does not exist`
    )
  })
  it('an existing one passes', async () => {
    const r = await runAction({
      workspace,
      inputs: { 'working-directory': '.', 'cache-verify': 'off' },
      env: cleanGoEnv(tmp)
    })
    expect(r.code).toBe(0)
  })
})
