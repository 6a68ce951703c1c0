/** Runs the real go command for tests, in a clean, offline environment with temp caches. */
import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const GO = process.env.GO_BINARY ?? 'go'

let base: string | undefined
function tempBase(): string {
  base ??= mkdtempSync(join(tmpdir(), 'gbg-go-'))
  return base
}

/** A minimal, explicit go environment: nothing inherited but PATH. */
export function cleanGoEnv(extra: Record<string, string> = {}): Record<string, string> {
  const b = tempBase()
  return {
    PATH: process.env.PATH ?? '',
    HOME: join(b, 'home'),
    GOENV: 'off',
    GOCACHE: join(b, 'gocache'),
    GOPATH: join(b, 'gopath'),
    GOMODCACHE: join(b, 'gopath', 'pkg', 'mod'),
    GOPROXY: 'off',
    GOSUMDB: 'off',
    GOFLAGS: '',
    GOTOOLCHAIN: 'local',
    GOWORK: 'off',
    ...extra
  }
}

export interface GoRun {
  code: number
  stdout: string
  stderr: string
}

export function runGo(
  args: string[],
  cwd: string,
  env: Record<string, string> = cleanGoEnv()
): Promise<GoRun> {
  return new Promise((resolve) => {
    execFile(GO, args, { cwd, env, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0
      resolve({ code, stdout, stderr })
    })
  })
}

/** Runs `tasks` with at most `limit` in flight. */
export async function pool<T, R>(
  items: T[],
  limit: number,
  task: (x: T) => Promise<R>
): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      out[i] = await task(items[i] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}

export interface GoParse {
  ok: boolean
  json?: unknown
  /** `line:column` of each error Go printed (column 1 when Go printed none). */
  errors: Array<{ line: number; column: number; message: string }>
  stderr: string
}

/**
 * `go mod edit -json NAME` (or `go work edit -json NAME`) run in `dir`. Errors are read from
 * Go's `NAME:line[:col]: message` lines.
 */
export async function goEditJSON(dir: string, name: string, work: boolean): Promise<GoParse> {
  const r = await runGo([work ? 'work' : 'mod', 'edit', '-json', name], dir)
  if (r.code === 0) return { ok: true, json: JSON.parse(r.stdout), errors: [], stderr: r.stderr }
  const errors: GoParse['errors'] = []
  const prefix = `${name}:`
  for (const line of r.stderr.split('\n')) {
    if (!line.startsWith(prefix)) continue
    const m = /^(\d+)(?::(\d+))?: (.*)$/.exec(line.slice(prefix.length))
    if (m)
      errors.push({ line: Number(m[1]), column: m[2] ? Number(m[2]) : 1, message: m[3] as string })
  }
  return { ok: false, errors, stderr: r.stderr }
}
