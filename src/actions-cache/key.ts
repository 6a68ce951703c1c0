/**
 * Cache keys: `go-baseline-gate-<what>-v1-<runner OS>-<arch>-<Go version>-<go.sum hash>`, and one
 * restore-key prefix that keeps OS, arch and Go version: a cache never crosses those boundaries
 * (another Go version's entries are never hit, only carried along). A save appends the content
 * fingerprint, so the primary key prefix-matches every save made for the same dependencies.
 */
import { createHash } from 'node:crypto'

export interface KeyInput {
  /** `gocache` or `gomod`. */
  what: string
  /** RUNNER_OS / RUNNER_ARCH when set, else Node's platform / arch. */
  os: string
  arch: string
  /** GOVERSION, e.g. `go1.26.8`. */
  goVersion: string
  /** Hash of the go.sum / go.work.sum files (sumfiles.ts). */
  sumHash: string
}

export interface Keys {
  primary: string
  restoreKeys: string[]
}

/** Keys may not contain commas (the cache API); keep components free of the `-` separator too. */
function part(s: string): string {
  return s.replace(/[^A-Za-z0-9._+]/g, '_').slice(0, 64) || '_'
}

export function cacheKeys(k: KeyInput): Keys {
  const base = [
    'go-baseline-gate',
    part(k.what),
    'v1',
    part(k.os),
    part(k.arch),
    part(k.goVersion)
  ].join('-')
  return { primary: `${base}-${part(k.sumHash)}`, restoreKeys: [`${base}-`] }
}

/**
 * The key a save uses: the primary key and the content fingerprint. A healed cache has the same
 * fingerprint as the damaged entry it replaces, so `salt` (the run) makes its key new.
 */
export function saveKey(primary: string, fingerprint: string, salt?: string): string {
  const suffix = salt === undefined ? fingerprint : sha256Hex(`${fingerprint}\0${salt}`)
  return `${primary}-${suffix.slice(0, 16)}`
}

/** `exact` when the restored entry was saved for the same primary key. */
export function hitKind(
  primary: string,
  matchedKey: string | undefined
): 'exact' | 'partial' | 'miss' {
  if (matchedKey === undefined) return 'miss'
  return matchedKey === primary || matchedKey.startsWith(`${primary}-`) ? 'exact' : 'partial'
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}
