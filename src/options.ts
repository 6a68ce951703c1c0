import * as path from 'node:path'
import { UsageError } from './errors.js'
import type { PreflightMode } from './facts/preflight.js'
import type { CacheVerify, CommentMode, FailOn, Mode, PruneMode } from './types.js'
import { explicitBaseline } from './baseline/path.js'

export type Format = 'text' | 'json' | 'sarif' | 'github'

/**
 * The gate's options. The action's inputs and the CLI's flags have the same names
 * (`cache-verify` / `--cache-verify`), so a local run reproduces a CI run.
 */
export interface GateOptions {
  mode: Mode
  failOn: FailOn
  /** Explicit baseline path (relative to the root, or absolute); undefined = the default path. */
  baseline?: string
  /** Absolute repository root and working directory. */
  root: string
  dir: string
  /** Path of the go binary; undefined = from PATH. */
  go?: string
  cacheVerify: CacheVerify
  prune: PruneMode
  maxCacheAge?: string
  maxCacheSize?: string
  comment: CommentMode
  /** Ask Go's own loader before the build: `off`, `offline` (GOPROXY=off) or `online`. */
  preflight: PreflightMode
  /** Where to write the JSON report and the SARIF log, if asked. */
  report?: string
  sarif?: string
}

export { DEFAULT_BASELINE } from './baseline/path.js'

/** The raw inputs as strings (from `core.getInput` or CLI flags); empty string = not given. */
export interface RawOptions {
  mode?: string
  'fail-on'?: string
  baseline?: string
  'working-directory'?: string
  go?: string
  'cache-verify'?: string
  prune?: string
  'max-cache-age'?: string
  'max-cache-size'?: string
  comment?: string
  preflight?: string
  report?: string
  sarif?: string
}

const ENUMS = {
  mode: ['warn', 'enforce', 'record'],
  'fail-on': ['error', 'warning'],
  'cache-verify': ['full', 'quick', 'off'],
  prune: ['off', 'corrupt', 'stale', 'all'],
  comment: ['off', 'on-violation', 'always'],
  preflight: ['off', 'offline', 'online']
} as const

type EnumName = keyof typeof ENUMS

function pick<N extends EnumName>(
  raw: RawOptions,
  name: N,
  fallback: (typeof ENUMS)[N][number]
): (typeof ENUMS)[N][number] {
  const value = (raw[name] ?? '').trim()
  if (value === '') return fallback
  const allowed: readonly string[] = ENUMS[name]
  if (!allowed.includes(value)) {
    const list = allowed.map((a) => `'${a}'`).join(', ')
    throw new UsageError(
      `invalid value '${value}' for ${name}: expected one of ${list}`,
      undefined,
      `set ${name} to one of ${list}`
    )
  }
  return value as (typeof ENUMS)[N][number]
}

function optional(value: string | undefined): string | undefined {
  const v = (value ?? '').trim()
  return v === '' ? undefined : v
}

/** Validates raw inputs; throws UsageError naming the input and the allowed values. */
export function resolveOptions(raw: RawOptions, root: string, cwd: string): GateOptions {
  const dir = path.resolve(cwd, optional(raw['working-directory']) ?? '.')
  return {
    mode: pick(raw, 'mode', 'warn'),
    failOn: pick(raw, 'fail-on', 'error'),
    // The default path (which the runner passes as the input's default) means "use it if it
    // exists, else the built-in policy"; only another path is an explicit, required file.
    baseline: explicitBaseline(raw.baseline),
    root,
    dir,
    go: optional(raw.go),
    cacheVerify: pick(raw, 'cache-verify', 'quick'),
    prune: pick(raw, 'prune', 'off'),
    maxCacheAge: optional(raw['max-cache-age']),
    maxCacheSize: optional(raw['max-cache-size']),
    comment: pick(raw, 'comment', 'off'),
    preflight: pick(raw, 'preflight', 'offline'),
    report: optional(raw.report),
    sarif: optional(raw.sarif)
  }
}
