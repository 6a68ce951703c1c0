/**
 * Facts and state of the build-cache store (input `cache: true`): what the main step restored
 * with @actions/cache, what `go mod verify` found in a restored module cache, and what the post
 * step needs to trim and save. Filled by src/actions-cache, read by src/checks/store.ts.
 */

/** `exact`: a cache saved for the same OS, arch, Go version and go.sum files; `partial`: same
 * OS, arch and Go version, other dependencies; `miss`: nothing restored. */
export type CacheHit = 'exact' | 'partial' | 'miss'

/** When the post step saves: on the default branch only, on any trusted run, or never. */
export type SavePolicy = 'default-branch' | 'trusted' | 'never'

export interface RestoredDir {
  /** Absolute directory (GOCACHE or GOMODCACHE). */
  path: string
  /** The primary key restored with; a save appends the content fingerprint to it. */
  key: string
  restoreKeys: string[]
  /** The key of the entry restored, when one was. */
  matchedKey?: string
  hit: CacheHit
  /** Fingerprint of the content right after the restore (before any verification or prune). */
  fingerprint: string
  /** The gate removed damaged content after the restore: save even when the fingerprint is the
   * same (a rebuilt output has the same name and size as the damaged one it replaces). */
  healed?: boolean
}

/** One module `go mod verify` reported as modified. */
export interface ModuleDamage {
  path: string
  version: string
  /** Go's words, e.g. `dir has been modified (/home/u/go/pkg/mod/…)`. */
  detail: string
  /** Whether the gate removed it (with `prune` on) so Go downloads it again. */
  removed: boolean
  /** Why removing it failed. */
  removeError?: string
}

export interface ModVerifyFacts {
  /** `verified`: all modules match go.sum; `modified`: some do not; `incomplete`: the module graph
   * needs modules that are not in the cache (not a finding: Go downloads and checks them);
   * `failed`: `go mod verify` could not run. */
  status: 'verified' | 'modified' | 'incomplete' | 'failed'
  damaged: ModuleDamage[]
  /** Go's message for `incomplete` and `failed` (first lines). */
  message?: string
}

export interface StoreFacts {
  /** False when the runner offers no cache service (nothing restored, nothing will be saved). */
  available: boolean
  gocache?: RestoredDir
  modules?: RestoredDir & { verify?: ModVerifyFacts }
  durationMs: number
}

/** What the main step hands to the post step (saved with core.saveState). */
export interface StoreState {
  gocache?: RestoredDir
  modules?: RestoredDir
  goroot?: string
  /** Trim budget (max-cache-age / max-cache-size after the baseline's defaults). */
  maxAgeSeconds: number
  maxSizeBytes?: number
  savePolicy: SavePolicy
}
