/**
 * Runs a child process (go) with a deadline. A child that does not finish in time is killed with
 * its whole process group (a `go` wrapper script's own children included, so none keeps the
 * output pipes open), and the caller gets a RunTimeoutError that says so and after how long.
 */
import { spawn } from 'node:child_process'
import { UsageError } from '../errors.js'

/** Default deadline of one `go` command the gate runs. */
export const DEFAULT_GO_TIMEOUT_MS = 120_000
/** The environment variable that changes it, in seconds (e.g. `30`, `0.5`). */
export const GO_TIMEOUT_VAR = 'GO_BASELINE_GATE_GO_TIMEOUT'

/** The deadline for go commands, from GO_BASELINE_GATE_GO_TIMEOUT (seconds) or the default. */
export function goTimeoutMs(env: Record<string, string | undefined>): number {
  const raw = env[GO_TIMEOUT_VAR]?.trim()
  if (!raw) return DEFAULT_GO_TIMEOUT_MS
  const seconds = Number(raw)
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new UsageError(
      `${GO_TIMEOUT_VAR}=${JSON.stringify(raw)} is not a number of seconds`,
      undefined,
      `set ${GO_TIMEOUT_VAR} to a positive number of seconds (default ${DEFAULT_GO_TIMEOUT_MS / 1000}), or unset it`
    )
  }
  return Math.round(seconds * 1000)
}

/** `1.5 s`, `120 s`, `250 ms`. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`
}

export interface RunResult {
  /** Exit code; null when a signal ended the child. */
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** The child did not finish within the deadline and was killed. */
export class RunTimeoutError extends Error {
  constructor(
    readonly command: string,
    readonly timeoutMs: number
  ) {
    super(`\`${command}\` did not finish within ${formatDuration(timeoutMs)} and was killed`)
    this.name = 'RunTimeoutError'
  }
}

export interface RunOptions {
  cwd: string
  env: Record<string, string | undefined>
  timeoutMs: number
  /** Output kept per stream; the rest is dropped. */
  maxBuffer?: number
  /** How the command is named in messages (default: binary and args). */
  display?: string
}

/**
 * Runs `binary args` to completion, collecting its output as UTF-8. Rejects with a
 * RunTimeoutError at the deadline, or with the spawn error (ENOENT, EACCES). A non-zero exit is
 * a result, not an error.
 */
export function runWithDeadline(
  binary: string,
  args: readonly string[],
  opts: RunOptions
): Promise<RunResult> {
  const display = opts.display ?? [binary, ...args].join(' ')
  const max = opts.maxBuffer ?? 64 * 1024 * 1024
  // A process group of its own (not on Windows, which has none), so the deadline kills the
  // child's children too.
  const group = process.platform !== 'win32'
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      cwd: opts.cwd,
      env: opts.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: group,
      windowsHide: true
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    let outLen = 0
    let errLen = 0
    child.stdout.on('data', (b: Buffer) => {
      if (outLen < max) out.push(b)
      outLen += b.length
    })
    child.stderr.on('data', (b: Buffer) => {
      if (errLen < max) err.push(b)
      errLen += b.length
    })
    let settled = false
    const timer = setTimeout(() => {
      if (settled) return
      settled = true
      try {
        if (group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
        else child.kill('SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
      child.stdout.destroy()
      child.stderr.destroy()
      reject(new RunTimeoutError(display, opts.timeoutMs))
    }, opts.timeoutMs)
    child.on('error', (e) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      reject(e)
    })
    child.on('close', (code, signal) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).subarray(0, max).toString('utf8'),
        stderr: Buffer.concat(err).subarray(0, max).toString('utf8')
      })
    })
  })
}
