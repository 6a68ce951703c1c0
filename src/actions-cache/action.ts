/**
 * The store in the action: inputs `cache`, `cache-modules`, `cache-save`; the restore hook the
 * engine calls before its cache stage; the outputs `cache-hit` and `cache-result` and the state for the post step.
 */
import * as core from '@actions/core'
import type { Baseline } from '../baseline/types.js'
import { TRIM_LIMIT_S } from '../gocache/entry.js'
import { spannedDuration, spannedSize } from '../gocache/units.js'
import { UsageError } from '../errors.js'
import type { Facts, GoFacts } from '../facts/types.js'
import type { GateOptions } from '../options.js'
import type { SavePolicy, StoreFacts, StoreState } from './types.js'

/** The core.saveState name the post step reads. */
export const STATE_KEY = 'gocache-store'

const SAVE_POLICIES: readonly SavePolicy[] = ['default-branch', 'trusted', 'never']

export interface StoreInputs {
  modules: boolean
  savePolicy: SavePolicy
}

function bool(name: string, value: string): boolean {
  const v = value.trim().toLowerCase()
  if (v === '' || v === 'false') return false
  if (v === 'true') return true
  throw new UsageError(
    `invalid value '${value}' for ${name}: expected 'true' or 'false'`,
    undefined,
    `set ${name} to true or false`
  )
}

/** Undefined unless `cache: true`. Throws UsageError for invalid values. */
export function storeInputs(get: (name: string) => string): StoreInputs | undefined {
  const modules = bool('cache-modules', get('cache-modules'))
  const save = get('cache-save').trim() || 'default-branch'
  if (!(SAVE_POLICIES as readonly string[]).includes(save)) {
    const list = SAVE_POLICIES.map((p) => `'${p}'`).join(', ')
    throw new UsageError(
      `invalid value '${save}' for cache-save: expected one of ${list}`,
      undefined,
      `set cache-save to one of ${list}`
    )
  }
  if (!bool('cache', get('cache'))) return undefined
  return { modules, savePolicy: save as SavePolicy }
}

/** The trim budget the post step applies: inputs, then the baseline's `cache:` section, then Go's 5 days. */
export function trimBudget(
  opts: Pick<GateOptions, 'maxCacheAge' | 'maxCacheSize'>,
  baseline: Pick<Baseline, 'cache'>
): { maxAgeSeconds: number; maxSizeBytes?: number } {
  const maxAge = opts.maxCacheAge ? { value: opts.maxCacheAge } : baseline.cache.maxAge
  const maxSize = opts.maxCacheSize ? { value: opts.maxCacheSize } : baseline.cache.maxSize
  const maxSizeBytes = spannedSize(maxSize, 'max-cache-size')
  return {
    maxAgeSeconds: spannedDuration(maxAge, 'max-cache-age') ?? TRIM_LIMIT_S,
    ...(maxSizeBytes === undefined ? {} : { maxSizeBytes })
  }
}

export interface ActionStore {
  restore: (go: GoFacts, opts: GateOptions) => Promise<StoreFacts>
  finish: (facts: Facts, baseline: Baseline, opts: GateOptions) => void
}

/** For src/entry/main.ts: undefined unless the `cache` input is true. */
export function actionStore(
  env: Record<string, string | undefined>,
  log: (line: string) => void
): ActionStore | undefined {
  const inputs = storeInputs((name) => core.getInput(name))
  if (!inputs) return undefined
  return {
    // Loaded on use: @actions/cache and the Azure SDK are large, and most runs do not cache.
    restore: async (go, opts) =>
      (await import('./restore.js')).restoreStore({
        go,
        root: opts.root,
        dir: opts.dir,
        modules: inputs.modules,
        prune: opts.prune !== 'off',
        env,
        log,
        warn: (line) => core.warning(line)
      }),
    finish: (facts, baseline, opts) => {
      const store = facts.store
      // `cache-hit` follows actions/cache and setup-go ('true' only on an exact hit), so the
      // usual `if: steps.gate.outputs.cache-hit != 'true'` works; the detail is `cache-result`.
      const hit = store?.gocache?.hit ?? 'miss'
      core.setOutput('cache-hit', hit === 'exact' ? 'true' : 'false')
      core.setOutput('cache-result', hit)
      if (!store?.available) return
      const healedModules = store.modules?.verify?.damaged.some((d) => d.removed) ?? false
      const state: StoreState = {
        ...(store.gocache
          ? { gocache: { ...store.gocache, healed: (facts.cache?.prune?.corrupt ?? 0) > 0 } }
          : {}),
        ...(store.modules ? { modules: { ...store.modules, healed: healedModules } } : {}),
        goroot: facts.go.env.GOROOT,
        savePolicy: inputs.savePolicy,
        ...trimBudget(opts, baseline)
      }
      core.saveState(STATE_KEY, JSON.stringify(state))
    }
  }
}
