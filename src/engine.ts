import { loadBaseline } from './baseline/load.js'
import { baselinePath } from './baseline/path.js'
import type { Baseline } from './baseline/types.js'
import type { CacheStageOptions } from './gocache/gate.js'
import type { CacheFacts, CacheProgress } from './gocache/types.js'
import { allChecks } from './checks/index.js'
import type { Check } from './checks/types.js'
import { compareFindings, decide } from './decide.js'
import { UsageError } from './errors.js'
import { attributeEnvSources } from './facts/envsource.js'
import { collectGoFacts, probeNamedKeys } from './facts/go.js'
import { collectModuleFacts, isSingleModule, moduleLayout } from './facts/modules.js'
import { collectPreflight, type PreflightFacts } from './facts/preflight.js'
import { dedupePreflight, deferToGo, preflightCheck } from './checks/preflight.js'
import { probeGoPaths } from './facts/paths.js'
import { readWorkflowFacts } from './facts/workflow-read.js'
import { locateFindings } from './checks/locate.js'
import type { Facts, GoFacts } from './facts/types.js'
import type { StoreFacts } from './actions-cache/types.js'
import { DEFAULT_BASELINE, type GateOptions } from './options.js'
import type { GateReport } from './report/types.js'
import { CHECK_CRASHED, RULES, ruleById, suggestRule } from './rules.js'
import type { Finding } from './types.js'

export interface GateHooks {
  /** Progress and diagnostics for the log (not findings). */
  log?: (line: string) => void
  /**
   * What ran and how long it took, for a log that keeps a record (the action's); defaults to
   * `log`. The CLI drops it, so a run without problems prints nothing on stderr.
   */
  debug?: (line: string) => void
  onCacheProgress?: (p: CacheProgress) => void
  /** The process environment `go` runs with; defaults to process.env. */
  env?: Record<string, string | undefined>
  /**
   * Given the findings of every check but the preflight's while Go's loader still runs, so a sink
   * can do its work per finding meanwhile (SARIF fingerprints): most reach the report as the same
   * objects. `baseline` is the baseline file's path, when there is one.
   */
  whileGoLoads?: (
    findings: readonly Finding[],
    root: string,
    baseline: string | undefined
  ) => void | Promise<void>
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

/**
 * Facts: go first (its GOOS/GOARCH select baseline overrides), then the rest in parallel. Go's
 * loader (the preflight) is the slowest of them and only the preflight check reads it: it comes
 * back as a promise still running, so the other checks can run meanwhile; `facts.preflight` is
 * unset until the caller awaits it and calls `withPreflight`.
 */
export async function collectFacts(
  opts: GateOptions,
  baselineFor: (goEnv: Record<string, string>) => Promise<Baseline>,
  hooks: GateHooks = {}
): Promise<{ facts: Facts; baseline: Baseline; preflight: Promise<PreflightFacts | undefined> }> {
  const env = hooks.env ?? process.env
  const namedKeys = probeNamedKeys(baselinePath(opts.baseline, opts.root))
  const go = await collectGoFacts({ goBinary: opts.go, cwd: opts.dir, env, namedKeys })
  const store = await hooks.restore?.(go, opts) // Actions cache transport
  const baseline = await baselineFor(go.env)
  const cacheUnusable = go.env.GOCACHE === 'off' || go.envError !== undefined
  if (cacheUnusable && (opts.cacheVerify !== 'off' || opts.prune !== 'off')) {
    hooks.log?.(`build cache not checked: ${go.envError ?? 'GOCACHE=off'}`)
  }
  const modEnv = moduleEnv(go.env)
  const layout = moduleLayout(opts.dir, modEnv)
  const modulesFacts = collectModuleFacts({ root: opts.root, dir: opts.dir, env: modEnv, layout })
  // Go's own loader: it starts at once when a few stats show one module and no workspace (most
  // repositories), else once the module files say what governs the dir. Stopped if the run fails.
  const stop = new AbortController()
  const preflight = collectPreflight({
    mode: opts.preflight,
    goBinary: go.binary,
    goVersion: go.version,
    goFlags: go.env.GOFLAGS ?? '',
    goSumDb: go.env.GOSUMDB,
    root: opts.root,
    dir: opts.dir,
    env,
    modules: modulesFacts,
    singleModule: layout.then(
      (l) => isSingleModule(l, modEnv),
      () => false
    ),
    signal: stop.signal,
    ...(cacheUnusable ? { cacheUnusable: go.envError ?? 'GOCACHE=off' } : {})
  })
  // Awaited by the caller, after the other facts: a failure meanwhile is not unhandled.
  preflight.catch(() => {})
  const all = Promise.all([
    attributeEnvSources(go.env, env),
    probeGoPaths(go.env, env),
    modulesFacts,
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
    }),
    readWorkflowFacts(env, opts.root)
  ])
  // A failure here ends the run: go list must not outlive it (nor keep the process waiting).
  all.catch(() => stop.abort())
  const [sources, paths, modules, cache, workflow] = await all
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
    ...(store ? { store } : {}), // Actions cache transport
    ...(workflow ? { workflow } : {})
  }
  return { facts, baseline, preflight }
}

/** The facts with the preflight's result (when it ran), its log line written. */
function withPreflight(
  facts: Facts,
  preflight: PreflightFacts | undefined,
  hooks: GateHooks
): Facts {
  if (!preflight) return facts
  logPreflight(preflight, hooks.log, hooks.debug ?? hooks.log)
  // In the place the facts always had it (after modules), so every rendering of them is unchanged.
  const { cache, store, workflow, ...rest } = facts
  return {
    ...rest,
    preflight,
    ...(cache ? { cache } : {}),
    ...(store ? { store } : {}),
    ...(workflow ? { workflow } : {})
  }
}

/** The preflight's one log line: what ran, how long, and what it could not check. */
function logPreflight(
  p: PreflightFacts,
  log: ((line: string) => void) | undefined,
  debug: ((line: string) => void) | undefined
): void {
  if (p.skipped) return log?.(`preflight not run: ${p.skipped}`)
  const env = Object.entries(p.overrides)
    .map(([k, v]) => `${k}=${v} `)
    .join('')
  debug?.(`preflight: ${env}${p.command} (${(p.durationMs / 1000).toFixed(1)} s)`)
  if (p.notChecked && log) {
    const shown = p.notChecked.items.slice(0, 5).join(', ')
    const more = p.notChecked.items.length > 5 ? ` and ${p.notChecked.items.length - 5} more` : ''
    log(`preflight: not checked, ${p.notChecked.reason}: ${shown}${more}`)
  }
}

/** Runs every check (or those given); a check that throws becomes one GBG001 finding instead of a crash. */
export function runChecks(
  facts: Facts,
  baseline: Baseline,
  checks: readonly Check[] = allChecks
): Finding[] {
  const findings: Finding[] = []
  for (const check of checks) {
    try {
      // A loop, not push(...spread): a spread of more than ~120k findings overflows the stack.
      for (const f of check.run(facts, baseline)) findings.push(f)
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

function preflightSummary(p: PreflightFacts): NonNullable<GateReport['preflight']> {
  return {
    mode: p.mode,
    command: p.command,
    durationMs: p.durationMs,
    ...(p.exitCode !== undefined ? { exitCode: p.exitCode } : {}),
    ...(p.notChecked ? { notChecked: p.notChecked } : {}),
    ...(p.skipped ? { skipped: p.skipped } : {}),
    ...(p.timedOutAfterS !== undefined ? { timedOutAfterS: p.timedOutAfterS } : {})
  }
}

/** collect facts -> check -> decide. Rendering is the caller's (CLI or action). */
export async function runGate(
  opts: GateOptions,
  hooks: GateHooks = {}
): Promise<{ report: GateReport; facts: Facts; baseline: Baseline }> {
  const started = Date.now()
  const collected = await collectFacts(
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
  const { baseline } = collected
  // The checks that do not read the preflight run while Go's loader still runs; the findings
  // keep the order of allChecks (locateFindings places each finding on its own).
  const at = allChecks.indexOf(preflightCheck)
  const early = (checks: readonly Check[]): Finding[] =>
    locateFindings(runChecks(collected.facts, baseline, checks), collected.facts, baseline)
  const before = early(allChecks.slice(0, at))
  const after = early(allChecks.slice(at + 1))
  await hooks.whileGoLoads?.(before.concat(after), opts.root, baseline.path)
  const facts = withPreflight(collected.facts, await collected.preflight, hooks)
  const own = locateFindings(runChecks(facts, baseline, [preflightCheck]), facts, baseline)
  const checked = deferToGo(
    before.concat(own, after),
    facts.preflight,
    (id) => ruleById(id)?.area === 'modfile'
  )
  const findings = dedupePreflight(applyOverrides(checked, baseline))
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
    ...(facts.preflight ? { preflight: preflightSummary(facts.preflight) } : {}),
    durationMs: Date.now() - started
  }
  return { report, facts, baseline }
}
