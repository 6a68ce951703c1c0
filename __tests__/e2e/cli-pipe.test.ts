/**
 * End to end: the CLI's output piped into a reader that closes early (`… | head -1`) ends
 * quietly, with no EPIPE stack trace; a large report sent to a file (`> report.json`, written
 * there asynchronously) is the same as through a pipe.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
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

describe('standard output to a file', () => {
  it('holds the same report as a pipe gets, in several writes', () => {
    // 3,000 requirements go.sum lacks: reports of several MiB (several write batches).
    const mod = path.join(tmp, 'big')
    mkdirSync(path.join(mod, '.git'), { recursive: true })
    const lines = Array.from({ length: 3000 }, (_, i) => `\texample.com/m${i} v1.0.0\n`)
    writeFileSync(
      path.join(mod, 'go.mod'),
      `module example.com/big\n\ngo 1.22\n\nrequire (\n${lines.join('')})\n`
    )
    writeFileSync(path.join(mod, 'go.sum'), '')
    // Timings differ from run to run; nothing else may.
    const steady = (s: string) => s.replace(/"durationMs": \d+/g, '"durationMs": 0')
    for (const format of ['json', 'sarif', 'text']) {
      const args = [
        path.join(REPO, 'dist', 'cli.js'),
        'check',
        '--cache-verify',
        'off',
        '--format',
        format
      ]
      const opts = { cwd: mod, env: cleanGoEnv(tmp, { GOFLAGS: '-mod=mod' }) }
      const piped = spawnSync(process.execPath, args, {
        ...opts,
        encoding: 'utf8',
        maxBuffer: 1 << 28
      })
      expect(piped.status).toBe(0)
      const file = path.join(tmp, `out.${format}`)
      const fd = openSync(file, 'w')
      try {
        const r = spawnSync(process.execPath, args, { ...opts, stdio: ['ignore', fd, 'pipe'] })
        expect(r.status).toBe(0)
      } finally {
        closeSync(fd)
      }
      const written = readFileSync(file, 'utf8')
      expect(written.length).toBeGreaterThan(1 << 20)
      expect(steady(written)).toBe(steady(piped.stdout))
    }
  })
})
