/**
 * The post step's half of the store: decide whether this run may save; if so, trim GOCACHE by
 * age and size budget with the gate's prune (which rewrites trim.txt only when the trim was at
 * least as strict as Go's own), and save each directory whose content changed since the restore
 * under a key ending in its content fingerprint. A failing cache service never fails the job.
 */
import * as cache from '@actions/cache'
import { existsSync } from 'node:fs'
import { formatBytes } from '../gocache/format.js'
import { runCache } from '../gocache/run.js'
import { checkCacheRoot, homeDirs } from '../gocache/safety.js'
import type { CacheFacts } from '../gocache/types.js'
import { CACHE_TIMEOUT_VAR, CacheTimeoutError, cacheTimeoutMs, withDeadline } from './deadline.js'
import { gocacheFingerprint, modcacheFingerprint } from './fingerprint.js'
import { saveKey } from './key.js'
import { decideSave, type RunContext, type SaveDecision } from './trust.js'
import type { RestoredDir, StoreState } from './types.js'

export interface PostOptions {
  state: StoreState
  ctx: RunContext
  /** GITHUB_WORKSPACE: the cache root must not be it or contain it. */
  workspace: string
  env: Record<string, string | undefined>
  log: (line: string) => void
  warn: (line: string) => void
}

export type SaveOutcome = 'saved' | 'unchanged' | 'exists' | 'failed' | 'missing'

export interface PostResult {
  decision: SaveDecision
  trim?: CacheFacts
  saves: Array<{ path: string; key?: string; outcome: SaveOutcome }>
}

function trimGocache(dir: RestoredDir, opts: PostOptions): Promise<CacheFacts> {
  const root = checkCacheRoot(dir.path, {
    homes: homeDirs(opts.env),
    goroot: opts.state.goroot,
    workspace: opts.workspace
  })
  return runCache(root, {
    verify: 'quick',
    prune: 'stale',
    maxAgeSeconds: opts.state.maxAgeSeconds,
    maxSizeBytes: opts.state.maxSizeBytes
  })
}

async function saveDir(
  dir: RestoredDir,
  fingerprint: (root: string) => string,
  opts: PostOptions
): Promise<{ path: string; key?: string; outcome: SaveOutcome }> {
  if (!existsSync(dir.path)) {
    opts.log(`cache: ${dir.path} does not exist; nothing to save`)
    return { path: dir.path, outcome: 'missing' }
  }
  const fp = fingerprint(dir.path)
  if (dir.hit === 'exact' && !dir.healed && fp === dir.fingerprint) {
    opts.log(
      `cache: ${dir.path} is unchanged since it was restored from ${dir.matchedKey}; not saved`
    )
    return { path: dir.path, outcome: 'unchanged' }
  }
  const salt = dir.healed ? `${opts.env.GITHUB_RUN_ID ?? ''}.${Date.now()}` : undefined
  const key = saveKey(dir.key, fp, salt)
  const timeoutMs = cacheTimeoutMs(opts.env, opts.log)
  let id: number
  try {
    const existing = await withDeadline(`looking up ${key} in the cache service`, timeoutMs, () =>
      cache.restoreCache([dir.path], key, [], { lookupOnly: true })
    )
    if (existing === key) {
      opts.log(`cache: ${key} is already saved (same content); not saved again`)
      return { path: dir.path, key, outcome: 'exists' }
    }
    id = await withDeadline(`saving ${dir.path} to the cache service`, timeoutMs, () =>
      cache.saveCache([dir.path], key)
    )
  } catch (err) {
    if (!(err instanceof CacheTimeoutError)) throw err
    opts.warn(
      `go-baseline-gate: ${err.message} (${CACHE_TIMEOUT_VAR} sets the deadline in seconds); ${dir.path} was not saved; the job continues`
    )
    return { path: dir.path, key, outcome: 'failed' }
  }
  if (id === -1) {
    opts.warn(
      `go-baseline-gate: ${dir.path} was not saved as ${key}: the cache service did not accept it (see the message above); the job continues`
    )
    return { path: dir.path, key, outcome: 'failed' }
  }
  opts.log(`cache: saved ${dir.path} as ${key}`)
  return { path: dir.path, key, outcome: 'saved' }
}

export async function postStore(opts: PostOptions): Promise<PostResult> {
  const { state } = opts
  const decision = decideSave(state.savePolicy, opts.ctx)
  if (!decision.save) {
    opts.log(`cache: not saved: ${decision.reason}`)
    return { decision, saves: [] }
  }
  opts.log(`cache: saving allowed: ${decision.reason}`)
  const result: PostResult = { decision, saves: [] }
  if (state.gocache) {
    if (existsSync(state.gocache.path)) {
      const trim = (result.trim = await trimGocache(state.gocache, opts))
      const p = trim.prune
      opts.log(
        `cache: trimmed ${p?.entries ?? 0} entries (${formatBytes(p?.bytes ?? 0)}: ${p?.corrupt ?? 0} broken, ${p?.stale ?? 0} unused for longer than max-cache-age, ${p?.overBudget ?? 0} over max-cache-size); ${formatBytes(trim.bytesAfter)} left; trim.txt ${p?.trimWritten ? 'rewritten with the current time' : 'left as Go wrote it (max-cache-age is longer than Go’s own 5 days)'}`
      )
    }
    result.saves.push(await saveDir(state.gocache, gocacheFingerprint, opts))
  }
  if (state.modules) result.saves.push(await saveDir(state.modules, modcacheFingerprint, opts))
  return result
}
