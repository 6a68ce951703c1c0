/**
 * Scan, verify and prune one cache root (already checked by checkCacheRoot) and describe the
 * result as CacheFacts. Shared by the gate (gate.ts) and `go-baseline-gate cache` (command.ts).
 */
import { existsSync } from 'node:fs'
import { TRIM_LIMIT_S } from './entry.js'
import { pruneCache } from './prune.js'
import { scanCache } from './scan.js'
import { cacheStats, countStale } from './stats.js'
import type { CacheFacts, CacheProgress } from './types.js'

export interface CacheRunOptions {
  verify: 'full' | 'quick' | 'off'
  prune: 'off' | 'corrupt' | 'stale' | 'all'
  /** Default: Go's own trimLimit (5 days). */
  maxAgeSeconds?: number
  maxSizeBytes?: number
  /** Let `prune: all` empty fuzz/ too. */
  pruneFuzz?: boolean
  /** Scan threads (default: the calling thread, joined by one per further core on a large cache). */
  workers?: number
  workerUrl?: URL
  onProgress?: (p: CacheProgress) => void
  log?: (line: string) => void
  /** The clock, Unix milliseconds (tests). */
  now?: number
}

export async function runCache(root: string, opts: CacheRunOptions): Promise<CacheFacts> {
  const started = Date.now()
  const now = opts.now ?? started
  const maxAgeSeconds = opts.maxAgeSeconds ?? TRIM_LIMIT_S
  if (!existsSync(root)) opts.log?.(`cache: ${root} does not exist yet; nothing to check`)
  // Pruning broken entries needs them parsed: quick verification at least.
  const verify =
    opts.verify === 'off' && (opts.prune === 'corrupt' || opts.prune === 'stale')
      ? 'quick'
      : opts.verify
  const scan = await scanCache(root, {
    hash: verify === 'full',
    workers: opts.workers,
    workerUrl: opts.workerUrl,
    onProgress: opts.onProgress,
    log: opts.log,
    now
  })
  const problems = verify === 'off' ? [] : scan.problems
  const stats = cacheStats(scan, scan.fuzz, now)
  const facts: CacheFacts = {
    root,
    verify,
    scannedAt: now,
    durationMs: 0,
    stats,
    trim: scan.trim,
    problems,
    ...(verify !== 'off' && scan.notChecked > 0 ? { notChecked: scan.notChecked } : {}),
    maxAgeSeconds,
    maxSizeBytes: opts.maxSizeBytes,
    bytesAfter: stats.bytes,
    staleAfter: countStale(scan, maxAgeSeconds, now)
  }
  if (opts.prune !== 'off' && existsSync(root)) {
    const pruned = pruneCache(scan, problems, {
      mode: opts.prune,
      maxAgeSeconds,
      maxSizeBytes: opts.maxSizeBytes,
      fuzz: opts.pruneFuzz,
      now,
      onProgress: opts.onProgress
    })
    facts.prune = pruned.facts
    facts.bytesAfter = cacheStats(pruned, scan.fuzz, now).bytes
    facts.staleAfter = countStale(pruned, maxAgeSeconds, now)
  }
  facts.durationMs = Date.now() - started
  return facts
}
