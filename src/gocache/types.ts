/**
 * Facts from the build-cache scan . Filled by src/gocache, read by
 * src/checks/cache.ts. The layout and the entry format follow cmd/go/internal/cache in golang/go.
 */

/** What is wrong with one path in the cache. */
export type CacheProblemKind =
  /** An action entry (`xx/<hex>-a`) Go would not parse: size, header, fields, or ID != file name. */
  | 'action-malformed'
  /** An action entry whose output (`xx/<output id>-d`) does not exist. */
  | 'output-missing'
  /** An output whose size differs from the size its action entry declares (truncated or grown). */
  | 'output-size'
  /** An output whose SHA-256 differs from its name (full verification only). */
  | 'output-hash'
  /** A symbolic link anywhere in the cache (Go never writes one; Go would follow it). */
  | 'symlink'
  /** A file name Go does not write (not `<64 hex>-a` / `<64 hex>-d` in `00`..`ff`, not a known top-level file). */
  | 'foreign'
  /** A directory, device, socket or FIFO where Go writes a regular file (or an invalid executable entry). */
  | 'not-a-file'
  /** An entry any user may write (mode o+w): its content cannot be trusted. */
  | 'world-writable'
  /** A regular file with more than one hard link: it can be changed through a name outside the cache. */
  | 'hardlink'
  /** The gate could not read an entry (permissions, I/O error). */
  | 'unreadable'

export interface CacheProblem {
  kind: CacheProblemKind
  /** Absolute path of the broken file or directory. */
  path: string
  /** What exactly is wrong, e.g. `entry is 120 bytes, Go expects 175`. Plain text. */
  detail: string
}

/** The state of `trim.txt` (Go trims at most once per day, see trimInterval). */
export type TrimState = 'missing' | 'fresh' | 'stale' | 'future' | 'unparsable'

export interface TrimFacts {
  state: TrimState
  /** The last trim recorded in trim.txt, Unix seconds (when parsable). */
  lastTrim?: number
  /** now - lastTrim, seconds (negative when in the future). */
  ageSeconds?: number
  /** The raw content when unparsable (at most 64 characters). */
  raw?: string
}

/** Counts of last-use ages (file mtime, refreshed by Go at most once an hour). */
export interface AgeBuckets {
  /** Entries (action entries + outputs) used within the last day. */
  day: number
  /** Within the last 5 days (Go's trimLimit), older than a day. */
  week: number
  /** Unused for more than 5 days: Go's own trim would remove them. */
  older: number
}

export interface CacheStats {
  /** Action entries (`-a`). */
  entries: number
  /** Outputs (`-d` files and executable directories). */
  outputs: number
  /** Outputs no action entry refers to (unreachable; Go's trim removes them eventually). */
  orphanOutputs: number
  /** Bytes in action entries and outputs (apparent size). */
  bytes: number
  /** Files and bytes under `fuzz/` (never pruned unless asked). */
  fuzzFiles: number
  fuzzBytes: number
  ages: AgeBuckets
  /** Oldest and newest last use among entries, Unix milliseconds. */
  oldestUse?: number
  newestUse?: number
}

export interface PruneFacts {
  mode: 'corrupt' | 'stale' | 'all'
  /** Files and directories removed (action entries, outputs, foreign paths). */
  entries: number
  bytes: number
  /** Of those, removed because they were broken / stale by age / over the size budget. */
  corrupt: number
  stale: number
  overBudget: number
  /** Whether trim.txt was rewritten (only when the trim was at least as strict as Go's own). */
  trimWritten: boolean
  /** Paths that could not be removed (permissions): still in the cache. */
  failed: CacheProblem[]
}

export interface CacheFacts {
  /** Absolute cache root (go env GOCACHE). */
  root: string
  verify: 'full' | 'quick' | 'off'
  /** When the scan ran, Unix milliseconds. */
  scannedAt: number
  /** Wall time of scan + verify + prune, milliseconds. */
  durationMs: number
  /** Before pruning. */
  stats: CacheStats
  trim: TrimFacts
  /** Every problem found (before pruning). Checks summarise them per kind. */
  problems: CacheProblem[]
  /**
   * Action entries whose output could not be looked at (an unreadable directory): not checked,
   * neither problems nor pruned.
   */
  notChecked?: number
  /** Budget the scan was measured against (from the baseline `cache:` section or the defaults). */
  maxAgeSeconds: number
  maxSizeBytes?: number
  /** Bytes after pruning (equal to stats.bytes when nothing was pruned). */
  bytesAfter: number
  /** Entries older than maxAge that are still in the cache after pruning. */
  staleAfter: number
  prune?: PruneFacts
}

/** Periodic progress of a long scan, hash or prune. */
export interface CacheProgress {
  phase: 'scan' | 'verify' | 'prune'
  /** Files done so far and, when known, in total. */
  done: number
  total?: number
  bytesDone: number
  bytesTotal?: number
  /** Share of the work done, 0..1, when the totals are not known in advance (the scan). */
  fraction?: number
  elapsedMs: number
  /** Bytes per second so far. */
  rate: number
}
