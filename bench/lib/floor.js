// The native floors (bench/floor, Go): built with the machine's go into a temporary directory on
// first use in a bench run and removed when the run ends; no binary is ever committed.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const src = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'floor')
let binary

/** Path of the built floor program (built once per process). */
export function floorBinary() {
  if (binary) return binary
  const dir = mkdtempSync(path.join(tmpdir(), 'gbg-floor-'))
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }))
  binary = path.join(dir, 'floor')
  execFileSync('go', ['build', '-trimpath', '-o', binary, '.'], {
    cwd: src,
    env: { ...process.env, GOFLAGS: '', GOWORK: 'off', GOTOOLCHAIN: 'local', CGO_ENABLED: '0' },
    stdio: ['ignore', 'ignore', 'inherit']
  })
  return binary
}

/** Runs the floor (`full|quick|prune`), returns wall seconds and its output line's numbers. */
export function runFloor(args) {
  const bin = floorBinary()
  const t0 = process.hrtime.bigint()
  const r = spawnSync(bin, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  const s = Number(process.hrtime.bigint() - t0) / 1e9
  if (r.status !== 0) throw new Error(`floor ${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  return { s, out: r.stdout.trim().split(/\s+/).map(Number) }
}
