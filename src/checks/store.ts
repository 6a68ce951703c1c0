/**
 * Build-cache store checks (GBG35x/GBG36x, input `cache: true`): what the restore and the
 * offline `go mod verify` of a restored module cache found. One finding per rule, with a count and
 * a few samples.
 */
import type { ModuleDamage, StoreFacts } from '../actions-cache/types.js'
import type { Finding, RuleMeta } from '../types.js'
import { defineRule, type Check } from './types.js'

const rule = defineRule('cache')

export const MODULE_MODIFIED = rule(
  'GBG350',
  'module-cache-modified',
  'error',
  'A module in the restored GOMODCACHE differs from the hash Go recorded when it downloaded it (`go mod verify`): the build would compile modified dependency source.',
  'Run the gate with `prune: corrupt` (it removes the damaged modules so Go downloads them again), or run `go clean -modcache`; then find out what wrote into the cached module.'
)
export const MODULE_HEALED = rule(
  'GBG351',
  'module-cache-healed',
  'notice',
  'The gate removed modified modules from the restored GOMODCACHE; Go downloads them again.',
  'Nothing to do; the next saved cache holds the clean modules.'
)
export const MODULE_REMOVE_FAILED = rule(
  'GBG352',
  'module-cache-remove-failed',
  'error',
  'A modified module could not be removed from GOMODCACHE; the build would still use it.',
  'Fix the permissions of GOMODCACHE, or run `go clean -modcache` before the build.'
)
export const MODULE_UNVERIFIED = rule(
  'GBG353',
  'module-cache-unverified',
  'notice',
  '`go mod verify` could not check the restored module cache.',
  'Run `go mod verify` in the job to see why (an invalid go.mod is reported by the GBG2xx rules).'
)
export const NO_CACHE_SERVICE = rule(
  'GBG360',
  'cache-service-unavailable',
  'warning',
  '`cache: true`, but the runner offers no cache service: nothing was restored and nothing will be saved.',
  'Run on a runner with the Actions cache service (GitHub-hosted, or a self-hosted runner of github.com), or set `cache: false`.'
)

const SAMPLES = 3

function list(mods: ModuleDamage[], detail: (m: ModuleDamage) => string): string {
  const shown = mods.slice(0, SAMPLES).map((m) => `${m.path}@${m.version} (${detail(m)})`)
  return shown.join('; ') + (mods.length > SAMPLES ? `; and ${mods.length - SAMPLES} more` : '')
}

function finding(meta: RuleMeta, message: string, extra: Partial<Finding> = {}): Finding {
  return {
    rule: meta.id,
    severity: meta.defaultSeverity,
    message,
    fix: meta.fix,
    source: 'GOMODCACHE',
    ...extra
  }
}

function moduleFindings(store: StoreFacts): Finding[] {
  const m = store.modules
  const v = m?.verify
  if (!m || !v) return []
  if (v.status === 'failed')
    return [finding(MODULE_UNVERIFIED, `go mod verify failed: ${v.message ?? 'no output'}`)]
  const out: Finding[] = []
  const kept = v.damaged.filter((d) => !d.removed && !d.removeError)
  const removed = v.damaged.filter((d) => d.removed)
  const failed = v.damaged.filter((d) => d.removeError)
  const where = { location: { file: m.path } }
  if (kept.length > 0)
    out.push(
      finding(
        MODULE_MODIFIED,
        `${kept.length} restored ${kept.length === 1 ? 'module differs' : 'modules differ'} from go.sum: ${list(kept, (d) => d.detail)}`,
        { ...where, expected: '0', actual: String(kept.length) }
      )
    )
  if (removed.length > 0)
    out.push(
      finding(
        MODULE_HEALED,
        `removed ${removed.length} modified ${removed.length === 1 ? 'module' : 'modules'} from ${m.path}: ${list(removed, (d) => d.detail)}`,
        where
      )
    )
  if (failed.length > 0)
    out.push(
      finding(
        MODULE_REMOVE_FAILED,
        `${failed.length} modified ${failed.length === 1 ? 'module' : 'modules'} could not be removed: ${list(failed, (d) => d.removeError ?? '')}`,
        where
      )
    )
  return out
}

export const storeChecks: Check[] = [
  {
    rules: [
      MODULE_MODIFIED,
      MODULE_HEALED,
      MODULE_REMOVE_FAILED,
      MODULE_UNVERIFIED,
      NO_CACHE_SERVICE
    ],
    run(facts) {
      const store = facts.store
      if (!store) return []
      if (!store.available)
        return [
          {
            rule: NO_CACHE_SERVICE.id,
            severity: NO_CACHE_SERVICE.defaultSeverity,
            message:
              'cache: true, but ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL are not set: the build cache was not restored and will not be saved.',
            fix: NO_CACHE_SERVICE.fix
          }
        ]
      return moduleFindings(store)
    }
  }
]
