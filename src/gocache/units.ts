import type { Spanned } from '../baseline/types.js'
import { UsageError } from '../errors.js'
import type { Location } from '../types.js'

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 }
const SIZE_UNITS: Record<string, number> = {
  b: 1,
  k: 1024,
  kb: 1e3,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1e6,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1e9,
  gib: 1024 ** 3,
  t: 1024 ** 4,
  tb: 1e12,
  tib: 1024 ** 4
}

function bad(what: string, value: string, location: Location | undefined, fix: string): UsageError {
  return new UsageError(`invalid ${what} ${JSON.stringify(value)}`, location, fix)
}

/** `5d`, `36h`, `1d12h`, `90m`, `3600s`, `2w` -> seconds. */
export function parseDuration(value: string, what: string, location?: Location): number {
  const fix = `write a duration such as 5d, 36h, 1d12h or 90m (units: ${Object.keys(DURATION_UNITS).join(', ')})`
  const text = value.trim()
  if (!/^(\d+(\.\d+)?[smhdw])+$/.test(text)) throw bad(what, value, location, fix)
  let seconds = 0
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g))
    seconds += Number(m[1]) * DURATION_UNITS[m[2]!]!
  if (seconds <= 0) throw bad(what, value, location, `${fix}; it must be more than zero`)
  return seconds
}

/** `2GiB`, `500MB`, `1.5G`, `1048576` -> bytes (K/M/G/T alone are binary, like GiB). */
export function parseSize(value: string, what: string, location?: Location): number {
  const fix =
    'write a size such as 2GiB, 500MB or 1.5G (units: B, KB, KiB, MB, MiB, GB, GiB, TB, TiB)'
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim())
  const unit = SIZE_UNITS[(m?.[2] || 'b').toLowerCase()]
  if (!m || unit === undefined) throw bad(what, value, location, fix)
  return Math.floor(Number(m[1]) * unit)
}

export function spannedDuration(s: Spanned<string> | undefined, what: string): number | undefined {
  return s === undefined ? undefined : parseDuration(s.value, what, s.location)
}

export function spannedSize(s: Spanned<string> | undefined, what: string): number | undefined {
  return s === undefined ? undefined : parseSize(s.value, what, s.location)
}
