/** Human-readable numbers and progress for logs and the terminal. */
import type { CacheProgress } from './types.js'

export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let v = n
  let i = 0
  while (Math.abs(v) >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`
}

export function formatDuration(seconds: number): string {
  const s = Math.abs(seconds)
  const text =
    s >= 86400
      ? `${(s / 86400).toFixed(1)}d`
      : s >= 3600
        ? `${(s / 3600).toFixed(1)}h`
        : s >= 60
          ? `${Math.round(s / 60)}m`
          : `${Math.round(s)}s`
  return seconds < 0 ? `-${text}` : text
}

/** One log line: `cache verify: 1200/5000 files, 210.0 MiB/600.0 MiB, 1.1 GiB/s`. */
export function progressLine(p: CacheProgress): string {
  const files = p.total !== undefined ? `${p.done}/${p.total}` : `${p.done}`
  const bytes =
    p.bytesTotal !== undefined
      ? `${formatBytes(p.bytesDone)}/${formatBytes(p.bytesTotal)}`
      : formatBytes(p.bytesDone)
  return `cache ${p.phase}: ${files} files, ${bytes}, ${formatBytes(p.rate)}/s`
}

/** A one-line bar for a terminal (redrawn with `\r`). */
export function progressBar(p: CacheProgress, width = 30): string {
  const total = p.bytesTotal ?? 0
  const share = p.fraction ?? (total > 0 ? p.bytesDone / total : undefined)
  const frac = Math.min(1, share ?? 0)
  const full = Math.round(frac * width)
  const bar =
    share !== undefined
      ? `[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${Math.round(frac * 100)}% `
      : ''
  return `${bar}${progressLine(p)}`
}

/** Wraps a progress sink so it emits a log line at most every `everyMs` (plus each phase's end). */
export function throttledLog(
  log: (line: string) => void,
  everyMs = 5000
): (p: CacheProgress) => void {
  let last = Date.now()
  let logged = ''
  return (p) => {
    const done = p.total !== undefined && p.done >= p.total
    const key = `${p.phase}:${p.done}`
    if (key === logged || (!done && Date.now() - last < everyMs)) return
    last = Date.now()
    logged = key
    log(progressLine(p))
  }
}
