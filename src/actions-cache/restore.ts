/**
 * The main step's half of the store: restore GOCACHE (and GOMODCACHE with `cache-modules`) with
 * @actions/cache, fingerprint what came back, and verify a restored module cache. Runs before the
 * facts phase verifies and prunes GOCACHE, so a damaged restore is healed before `go build`.
 */
import * as cache from '@actions/cache'
import { existsSync, readdirSync } from 'node:fs'
import type { GoFacts } from '../facts/types.js'
import { CACHE_TIMEOUT_VAR, CacheTimeoutError, cacheTimeoutMs, withDeadline } from './deadline.js'
import { gocacheFingerprint, modcacheFingerprint } from './fingerprint.js'
import { cacheKeys, hitKind } from './key.js'
import { verifyModules } from './modverify.js'
import { hashSumFiles } from './sumfiles.js'
import type { RestoredDir, StoreFacts } from './types.js'
import { makeDirsWritable } from './writable.js'

export interface RestoreOptions {
  go: Pick<GoFacts, 'binary' | 'version' | 'env'>
  /** Repository root (where go.sum files are looked for). */
  root: string
  /** The module or workspace directory (for `go mod verify`). */
  dir: string
  /** Also restore and verify GOMODCACHE. */
  modules: boolean
  /** Remove damaged modules (the gate's `prune` is not `off`). */
  prune: boolean
  env: Record<string, string | undefined>
  log: (line: string) => void
  /** A warning for the workflow (a call to the cache service given up at its deadline); default: log. */
  warn?: (line: string) => void
}

const usable = (dir: string | undefined): dir is string =>
  dir !== undefined && dir !== '' && dir !== 'off'

function nonEmpty(dir: string): boolean {
  try {
    return readdirSync(dir).length > 0
  } catch {
    return false
  }
}

async function restoreDir(
  what: 'gocache' | 'gomod',
  dir: string,
  opts: RestoreOptions,
  sumHash: string,
  fingerprint: (root: string) => string
): Promise<RestoredDir> {
  const { primary, restoreKeys } = cacheKeys({
    what,
    os: opts.env.RUNNER_OS || process.platform,
    arch: opts.env.RUNNER_ARCH || process.arch,
    goVersion: opts.go.version,
    sumHash
  })
  // tar cannot replace files inside Go's read-only module directories ("File exists").
  if (what === 'gomod' && nonEmpty(dir)) makeDirsWritable(dir)
  const timeoutMs = cacheTimeoutMs(opts.env, opts.log)
  let matchedKey: string | undefined
  try {
    matchedKey = await withDeadline(`restoring ${dir} from the cache service`, timeoutMs, () =>
      cache.restoreCache([dir], primary, restoreKeys, {
        segmentTimeoutInMs: Math.min(timeoutMs, 600_000)
      })
    )
  } catch (err) {
    if (!(err instanceof CacheTimeoutError)) throw err
    ;(opts.warn ?? opts.log)(
      `go-baseline-gate: ${err.message} (${CACHE_TIMEOUT_VAR} sets the deadline in seconds); the job goes on as on a cache miss`
    )
  }
  const hit = hitKind(primary, matchedKey)
  opts.log(
    matchedKey
      ? `cache: restored ${dir} from ${matchedKey} (${hit})`
      : `cache: nothing to restore for ${dir} under ${restoreKeys[0]}* (miss)`
  )
  return {
    path: dir,
    key: primary,
    restoreKeys,
    ...(matchedKey ? { matchedKey } : {}),
    hit,
    fingerprint: existsSync(dir) ? fingerprint(dir) : ''
  }
}

export async function restoreStore(opts: RestoreOptions): Promise<StoreFacts> {
  const started = Date.now()
  if (!cache.isFeatureAvailable()) {
    opts.log('cache: the runner offers no cache service; nothing restored, nothing will be saved')
    return { available: false, durationMs: Date.now() - started }
  }
  const sumHash = hashSumFiles(opts.root)
  const { GOCACHE, GOMODCACHE } = opts.go.env
  const [gocache, modules] = await Promise.all([
    usable(GOCACHE) ? restoreDir('gocache', GOCACHE, opts, sumHash, gocacheFingerprint) : undefined,
    opts.modules && usable(GOMODCACHE)
      ? restoreDir('gomod', GOMODCACHE, opts, sumHash, modcacheFingerprint)
      : undefined
  ])
  const facts: StoreFacts = { available: true, durationMs: 0 }
  if (gocache) facts.gocache = gocache
  if (modules && modules.hit !== 'miss') {
    const verify = await verifyModules({
      go: opts.go.binary,
      dir: opts.dir,
      modcache: modules.path,
      env: opts.env,
      prune: opts.prune
    })
    opts.log(`cache: go mod verify: ${verify.status}${verify.message ? `: ${verify.message}` : ''}`)
    facts.modules = { ...modules, verify }
  } else if (modules) facts.modules = modules
  facts.durationMs = Date.now() - started
  return facts
}
