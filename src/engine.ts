import { loadBaseline } from './baseline/load.js'
import type { Baseline } from './baseline/types.js'
import type { CacheStageOptions } from './gocache/gate.js'
import type { CacheFacts, CacheProgress } from './gocache/types.js'
import { allChecks } from './checks/index.js'
import { compareFindings, decide } from './decide.js'
import { UsageError } from './errors.js'
import { attributeEnvSources } from './facts/envsource.js'
import { collectGoFacts } from './facts/go.js'
import { collectModuleFacts } from './facts/modules.js'
import { probeGoPaths } from './facts/paths.js'
import type { Facts, GoFacts } from './facts/types.js'
import type { StoreFacts } from './actions-cache/types.js'
import { DEFAULT_BASELINE, type GateOptions } from './options.js'
import type { GateReport } from './report/types.js'
import { CHECK_CRASHED, RULES, ruleById, suggestRule } from './rules.js'
import type { Finding } from './types.js'

export interface GateHooks {
  /** Progress and diagnostics for the log (not findings). */
  log?: (line: string) => void
  onCacheProgress?: (p: CacheProgress) => void
  /** The process environment `go` runs with; defaults to process.env. */
  env?: Record<string, string | undefined>
  /** Actions cache transport (src/actions-cache): restores the build cache before the cache stage verifies and prunes it. */
  restore?: (go: GoFacts, opts: GateOptions) => Promise<StoreFacts>
}

/** The summary's environment facts: the keys that most often explain a drift. */
const ENVIRONMENT_KEYS = [
  'GOOS',
  'GOARCH',
  'GOTOOLCHAIN',
  'GOFLAGS',
  'GOPROXY',
  'GOSUMDB',
  'GOCACHE',
  'GOMODCACHE',
  'CGO_ENABLED',
  'GOROOT'
]

/** The cache stage, its code loaded only when it has work (start-up time of `cache-verify: off`). */
async function cacheStage(opts: CacheStageOptions): Promise<CacheFacts | undefined> {
  if (opts.verify === 'off' && opts.prune === 'off') return undefined
  return (await import('./gocache/gate.js')).cacheStage(opts)
}

/**
 * `go env` runs in a neutral directory, so its GOWORK is '' unless GOWORK was set explicitly
 * (environment or `go env -w`): drop the empty value so module discovery searches upward from
 * the working directory, as the go command does there.
 */
export function moduleEnv(goEnv: Record<string, string>): Record<string, string> {
  if (goEnv.GOWORK !== '') return goEnv
  const { GOWORK: _unused, ...rest } = goEnv
  return rest
}

/** Facts: go first (its GOOS/GOARCH select baseline overrides), then the rest in parallel. */
export async function collectFacts(
  opts: GateOptions,
  baselineFor: (goEnv: Record<string, string>) => Promise<Baseline>,
  hooks: GateHooks = {}
): Promise<{ facts: Facts; baseline: Baseline }> {
  const env = hooks.env ?? process.env
  const go = await collectGoFacts({ goBinary: opts.go, cwd: opts.dir, env })
  const store = await hooks.restore?.(go, opts) // Actions cache transport
  const baseline = await baselineFor(go.env)
  const cacheUnusable = go.env.GOCACHE === 'off' || go.envError !== undefined
  if (cacheUnusable && (opts.cacheVerify !== 'off' || opts.prune !== 'off')) {
    hooks.log?.(`build cache not checked: ${go.envError ?? 'GOCACHE=off'}`)
  }
  const [sources, paths, modules, cache] = await Promise.all([
    attributeEnvSources(go.env, env),
    probeGoPaths(go.env, env),
    collectModuleFacts({ root: opts.root, dir: opts.dir, env: moduleEnv(go.env) }),
    cacheStage({
      goEnv: go.env,
      root: opts.root,
      env,
      // With the cache off or unusable there is nothing to verify (GBG130/131 report it).
      verify: cacheUnusable ? 'off' : opts.cacheVerify,
      prune: cacheUnusable ? 'off' : opts.prune,
      policy: {
        ...baseline.cache,
        ...(opts.maxCacheAge ? { maxAge: { value: opts.maxCacheAge } } : {}),
        ...(opts.maxCacheSize ? { maxSize: { value: opts.maxCacheSize } } : {})
      },
      onProgress: hooks.onCacheProgress,
      log: hooks.log
    })
  ])
  go.sources = sources
  const facts: Facts = {
    root: opts.root,
    dir: opts.dir,
    platform: process.platform,
    processEnv: { ...env },
    go,
    paths,
    modules,
    ...(cache ? { cache } : {}),
    ...(store ? { store } : {}) // Actions cache transport
  }
  return { facts, baseline }
}

/** Runs every check; a check that throws becomes one GBG001 finding instead of a crash. */
export function runChecks(facts: Facts, baseline: Baseline): Finding[] {
  const findings: Finding[] = []
  for (const check of allChecks) {
    try {
      findings.push(...check.run(facts, baseline))
    } catch (err) {
      findings.push({
        rule: CHECK_CRASHED.id,
        severity: CHECK_CRASHED.defaultSeverity,
        message: `check ${check.rules.map((r) => r.id).join('/')} failed: ${(err as Error).message}`,
        fix: CHECK_CRASHED.fix
      })
    }
  }
  return findings
}

/** Applies the baseline's `rules:` overrides (severity or `off`); unknown rule IDs are usage errors. */
export function applyOverrides(findings: Finding[], baseline: Baseline): Finding[] {
  for (const [id, override] of Object.entries(baseline.rules)) {
    if (!ruleById(id)) {
      const suggestion = suggestRule(id)
      throw new UsageError(
        `unknown rule '${id}' in the baseline's rules section${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
        override.location,
        'run `go-baseline-gate rules` for the list of rule IDs'
      )
    }
  }
  const out: Finding[] = []
  for (const f of findings) {
    const override = baseline.rules[f.rule]?.value
    if (override === 'off') continue
    out.push(override ? { ...f, severity: override } : f)
  }
  return out.sort(compareFindings)
}

/** collect facts -> check -> decide. Rendering is the caller's (CLI or action). */
export async function runGate(
  opts: GateOptions,
  hooks: GateHooks = {}
): Promise<{ report: GateReport; facts: Facts; baseline: Baseline }> {
  const started = Date.now()
  const { facts, baseline } = await collectFacts(
    opts,
    (goEnv) =>
      loadBaseline({
        path: opts.baseline,
        root: opts.root,
        defaultPath: DEFAULT_BASELINE,
        goos: goEnv.GOOS ?? process.platform,
        goarch: goEnv.GOARCH ?? process.arch,
        runnerOs: (hooks.env ?? process.env).RUNNER_OS
      }),
    hooks
  )
  const findings = applyOverrides(runChecks(facts, baseline), baseline)
  const decision = decide(findings, opts.mode, opts.failOn)
  const disabled = new Set(
    Object.entries(baseline.rules)
      .filter(([, o]) => o.value === 'off')
      .map(([id]) => id)
  )
  const environment: Record<string, string> = {}
  for (const key of ENVIRONMENT_KEYS) {
    const value = facts.go.env[key]
    if (value !== undefined) environment[key] = value
  }
  const report: GateReport = {
    ...decision,
    mode: opts.mode,
    failOn: opts.failOn,
    goVersion: facts.go.version,
    goBinary: facts.go.binary,
    findings,
    baseline: baseline.path,
    rules: RULES.filter((r) => !disabled.has(r.id)),
    root: opts.root,
    dir: opts.dir,
    environment,
    ...(facts.cache ? { cache: facts.cache } : {}),
    durationMs: Date.now() - started
  }
  return { report, facts, baseline }
}
