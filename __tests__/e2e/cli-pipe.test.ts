/**
 * End to end: the CLI's output piped into a reader that closes early (`… | head -1`) ends
 * quietly, with no EPIPE stack trace.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { cleanGoEnv, REPO } from '../../__fixtures__/runner.js'

let tmp: string

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gbg-pipe-'))
  mkdirSync(path.join(tmp, 'home'), { recursive: true })
})

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('a closed stdout pipe', () => {
  it('ends the CLI without a stack trace', async () => {
    const child = spawn(
      process.execPath,
      [path.join(REPO, 'dist', 'cli.js'), 'check', '--format', 'sarif', '--dir', 'examples/hello'],
      { cwd: REPO, env: cleanGoEnv(tmp), stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    // Close the read end before the CLI writes, as `| head -c 0` would: its first write fails.
    child.stdout.destroy()
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).not.toMatch(/EPIPE|Unhandled|at .*\(node:/)
    expect(code).toBe(0)
  })
})
