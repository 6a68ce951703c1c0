/**
 * A `go` that hangs or prints something other than an object of strings: the gate stops with a
 * clear UsageError (exit 2). The fake go binaries are real executables (shell scripts) run as
 * child processes, as the `go` input / --go would run them.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { UsageError } from '../../src/errors.js'
import { collectGoFacts } from '../../src/facts/go.js'
import { goTimeoutMs, runWithDeadline, RunTimeoutError } from '../../src/facts/run.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gbg-fakego-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let n = 0
/** An executable `go` script with this body, in a directory of its own. */
function fakeGo(body: string): string {
  const file = path.join(dir, `go${n++}`)
  writeFileSync(file, `#!/bin/sh\n${body}\n`)
  chmodSync(file, 0o755)
  return file
}

const env = (extra: Record<string, string> = {}) => ({ PATH: '/usr/bin:/bin', ...extra })

async function usageError(goBinary: string, extra: Record<string, string> = {}) {
  const err = await collectGoFacts({ goBinary, cwd: dir, env: env(extra) }).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(UsageError)
  return err as UsageError
}

/** Running (a killed process may stay a zombie until its new parent reaps it). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return !/^\S+ \(.*\) Z/.test(stat)
  } catch {
    return false
  }
}

describe('a go that hangs', () => {
  it('is killed at the deadline, children included, with a message that says so', async () => {
    const pids = path.join(dir, 'pids')
    // The shell forks sleep, which holds the output pipes: killing the shell alone would not do.
    const go = fakeGo(`sleep 300 &\necho $$ $! > ${pids}\nwait`)
    const started = Date.now()
    const err = await usageError(go, { GO_BASELINE_GATE_GO_TIMEOUT: '0.5' })
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(err.message).toBe(
      `\`${path.basename(go)} env -json\` did not finish within 500 ms and was killed (${go})`
    )
    expect(err.fix).toContain('GO_BASELINE_GATE_GO_TIMEOUT')
    const [shell, sleeper] = readFileSync(pids, 'utf8').trim().split(' ').map(Number)
    // SIGKILL is delivered at once, but the kernel reaps asynchronously.
    for (let i = 0; i < 50 && (alive(shell!) || alive(sleeper!)); i++)
      await new Promise((r) => setTimeout(r, 20))
    expect(alive(shell!)).toBe(false)
    expect(alive(sleeper!)).toBe(false)
  })

  it('runWithDeadline reports the timeout in seconds, and returns normal runs untouched', async () => {
    const hang = runWithDeadline(fakeGo('exec sleep 300'), ['env'], {
      cwd: dir,
      env: env(),
      timeoutMs: 1500,
      display: 'go env'
    })
    await expect(hang).rejects.toThrow(new RunTimeoutError('go env', 1500).message)
    await expect(hang).rejects.toThrow('`go env` did not finish within 1.5 s and was killed')
    const r = await runWithDeadline(fakeGo('echo out; echo err >&2; exit 3'), [], {
      cwd: dir,
      env: env(),
      timeoutMs: 10_000
    })
    expect(r).toEqual({ code: 3, signal: null, stdout: 'out\n', stderr: 'err\n' })
  })

  it('GO_BASELINE_GATE_GO_TIMEOUT: seconds, default 120, nonsense refused', () => {
    expect(goTimeoutMs({})).toBe(120_000)
    expect(goTimeoutMs({ GO_BASELINE_GATE_GO_TIMEOUT: '2.5' })).toBe(2500)
    expect(() => goTimeoutMs({ GO_BASELINE_GATE_GO_TIMEOUT: '10s' })).toThrow(
      'GO_BASELINE_GATE_GO_TIMEOUT="10s" is not a number of seconds'
    )
    expect(() => goTimeoutMs({ GO_BASELINE_GATE_GO_TIMEOUT: '0' })).toThrow(UsageError)
  })
})

describe('go env -json that is not an object of strings', () => {
  const cases: Array<[string, string, string]> = [
    ['null', 'echo null', 'printed null, not an object of strings: "null"'],
    [
      'an array',
      `echo '["GOOS","linux"]'`,
      'printed an array, not an object of strings: "[\\"GOOS\\",\\"linux\\"]"'
    ],
    ['a number', 'echo 42', 'printed a number, not an object of strings: "42"'],
    [
      'a field of the wrong type',
      `echo '{"GOOS":"linux","GOFLAGS":7}'`,
      'printed a number for "GOFLAGS", where Go prints a string: "{\\"GOOS\\":\\"linux\\",\\"GOFLAGS\\":7}"'
    ],
    [
      'a null field',
      `echo '{"GOVERSION":null}'`,
      'printed null for "GOVERSION", where Go prints a string'
    ],
    [
      'not JSON',
      'echo "go: something odd"',
      'printed something that is not JSON: "go: something odd"'
    ],
    ['nothing', 'true', 'printed something that is not JSON: nothing']
  ]
  for (const [what, body, expected] of cases) {
    it(`${what}: exit 2 naming the binary and quoting the output`, async () => {
      const go = fakeGo(body)
      const err = await usageError(go)
      expect(err.message).toContain(`\`${go} env -json\` ${expected}`)
      expect(err.message).not.toMatch(/Cannot read properties|is not a function/)
    })
  }

  it('long output is shortened to 200 characters', async () => {
    const go = fakeGo(`printf '[%s]' "$(head -c 5000 /dev/zero | tr '\\0' 1)"`)
    const err = await usageError(go)
    expect(err.message).toMatch(/printed an array, not an object of strings: "\[1{199}\.\.\."$/)
  })
})
