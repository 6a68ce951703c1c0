// Shared timing helpers for the bench modules.
import { spawnSync } from 'node:child_process'

/** Wall time of one run of a command, in milliseconds (throws when it fails). */
export function timeCommand(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(cmd, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
    ...opts
  })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  if (r.status !== 0 && !opts.allowFailure) {
    throw new Error(
      `${cmd} ${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`
    )
  }
  return ms
}

/** Median of `n` runs of fn() (after one warm-up run). */
export function median(n, fn) {
  fn()
  const xs = Array.from({ length: n }, () => fn()).sort((a, b) => a - b)
  return xs[Math.floor(n / 2)]
}

export function row(name, value, unit, floor, limit) {
  return {
    name,
    value,
    unit,
    floor,
    ratio: value / floor,
    ...(limit === undefined ? {} : { limit })
  }
}
