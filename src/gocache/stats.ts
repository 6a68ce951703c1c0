import { MTIME_INTERVAL_S, TRIM_INTERVAL_S, TRIM_LIMIT_S } from './entry.js'
import type { ScannedAction, ScannedOutput } from './scan-dir.js'
import type { CacheStats } from './types.js'

interface Live {
  actions: Map<string, ScannedAction>
  outputs: Map<string, ScannedOutput>
}

/** Entry counts, bytes, orphans and last-use ages of the entries in `live`. */
export function cacheStats(
  live: Live,
  fuzz: { files: number; bytes: number },
  now: number
): CacheStats {
  const stats: CacheStats = {
    entries: live.actions.size,
    outputs: live.outputs.size,
    orphanOutputs: 0,
    bytes: 0,
    fuzzFiles: fuzz.files,
    fuzzBytes: fuzz.bytes,
    ages: { day: 0, week: 0, older: 0 }
  }
  const add = (e: { size: number; mtimeMs: number }): void => {
    stats.bytes += e.size
    const age = (now - e.mtimeMs) / 1000
    if (age < TRIM_INTERVAL_S) stats.ages.day++
    else if (age < TRIM_LIMIT_S) stats.ages.week++
    else stats.ages.older++
    stats.oldestUse = Math.min(stats.oldestUse ?? e.mtimeMs, e.mtimeMs)
    stats.newestUse = Math.max(stats.newestUse ?? e.mtimeMs, e.mtimeMs)
  }
  for (const a of live.actions.values()) add(a)
  for (const o of live.outputs.values()) {
    add(o)
    if (o.refs <= 0) stats.orphanOutputs++
  }
  return stats
}

/** Entries unused for longer than maxAge (plus Go's mtime imprecision of an hour). */
export function countStale(live: Live, maxAgeSeconds: number, now: number): number {
  const cutoff = now - (maxAgeSeconds + MTIME_INTERVAL_S) * 1000
  let n = 0
  for (const a of live.actions.values()) if (a.mtimeMs < cutoff) n++
  for (const o of live.outputs.values()) if (o.mtimeMs < cutoff) n++
  return n
}
