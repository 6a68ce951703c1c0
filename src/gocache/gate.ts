/** The cache stage of the gate's facts phase: check the root, then scan, verify and prune. */
import type { CachePolicy } from '../baseline/types.js'
import { UsageError } from '../errors.js'
import { throttledLog } from './format.js'
import { runCache } from './run.js'
import { checkCacheRoot, homeDirs, workspaceDirs } from './safety.js'
import type { CacheFacts, CacheProgress } from './types.js'
import { spannedDuration, spannedSize } from './units.js'

export interface CacheStageOptions {
  /** `go env -json` of the toolchain the job uses (GOCACHE, GOROOT). */
  goEnv: Record<string, string>
  /** Repository root (the workspace): the cache root must not be it or an ancestor of it. */
  root: string
  /** The process environment (GITHUB_WORKSPACE, HOME); default process.env. */
  env?: Record<string, string | undefined>
  verify: 'full' | 'quick' | 'off'
  prune: 'off' | 'corrupt' | 'stale' | 'all'
  policy: CachePolicy
  /** Progress for a terminal bar; without it, progress lines go to `log` every few seconds. */
  onProgress?: (p: CacheProgress) => void
  log?: (line: string) => void
}

/** Undefined when both verification and pruning are off. */
export async function cacheStage(opts: CacheStageOptions): Promise<CacheFacts | undefined> {
  if (opts.verify === 'off' && opts.prune === 'off') return undefined
  const gocache = opts.goEnv.GOCACHE
  if (gocache === undefined)
    throw new UsageError(
      '`go env` did not report GOCACHE, so the build cache cannot be checked',
      undefined,
      'use Go 1.10 or newer, or set cache-verify: off and prune: off'
    )
  const root = checkCacheRoot(gocache, {
    homes: homeDirs(opts.env),
    goroot: opts.goEnv.GOROOT,
    workspaces: workspaceDirs(opts.root, opts.env)
  })
  return runCache(root, {
    verify: opts.verify,
    prune: opts.prune,
    maxAgeSeconds: spannedDuration(opts.policy.maxAge, 'max-cache-age'),
    maxSizeBytes: spannedSize(opts.policy.maxSize, 'max-cache-size'),
    onProgress: opts.onProgress ?? (opts.log && throttledLog(opts.log)),
    log: opts.log
  })
}
