/**
 * Differential harness (`npm run differential`): for every case (cases.ts) the real go's verdict
 * is computed now, with `go list -deps -test ./...` under GOTOOLCHAIN=local (or the case's
 * GOTOOLCHAIN) and GOPROXY=off once the modules are cached, and compared with the gate's:
 * errors present, and at the file Go names: once with `preflight: off` (the static rules) and
 * once with `preflight: offline`.
 *
 * Modules come from the module proxy into .ci/differential/gomodcache (kept between runs).
 * Writes .ci/differential/report.json and prints the table.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { runGate } from '../../src/engine.js'
import { resolveOptions } from '../../src/options.js'
import type { Finding } from '../../src/types.js'
import { type Case, REAL_MODULES, type Source, buildCases } from './cases.js'

const ROOT = path.resolve(new URL('../..', import.meta.url).pathname)
const WORK = path.join(ROOT, '.ci', 'differential')
const MODCACHE = process.env.GBG_DIFFERENTIAL_GOMODCACHE ?? path.join(WORK, 'gomodcache')
const CASES = path.join(WORK, 'cases')
const GO_TIMEOUT_MS = 180_000

/** The harness's environment: its own module cache, no user go env file, local toolchain. */
function baseEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    GOMODCACHE: MODCACHE,
    GOENV: 'off',
    GOTOOLCHAIN: 'local',
    GOWORK: undefined,
    GOFLAGS: '-modcacherw'
  }
  for (const [k, v] of Object.entries(extra)) {
    env[k] = k === 'GOFLAGS' ? `${env.GOFLAGS} ${v}` : v
  }
  return env
}

function goSync(args: string[], cwd: string, extra: Record<string, string> = {}): string {
  return execFileSync('go', args, {
    cwd,
    env: baseEnv(extra) as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: GO_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024
  })
}

function goAsync(
  args: string[],
  cwd: string,
  env: Record<string, string | undefined>
): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'go',
      args,
      { cwd, env, encoding: 'utf8', timeout: GO_TIMEOUT_MS, maxBuffer: 256 * 1024 * 1024 },
      (err, _stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0
        resolve({ code, stderr })
      }
    )
  })
}

interface Verdict {
  ok: boolean
  message: string
  /** Files Go names (relative to the case's repository root): with a position, and any. */
  positions: string[]
  files: string[]
}

interface Outcome {
  name: string
  seed: string
  from: string[]
  go: Verdict
  /** Go could not decide offline (a module or checksum missing from the cache): excluded. */
  uncached: boolean
  static: { errors: string[]; agree: boolean; fileAgree: boolean; warnings: string[] }
  preflight: { errors: string[]; agree: boolean; fileAgree: boolean }
}

const PROGRESS = /^go: (downloading|finding|extracting) /
const OFFLINE =
  /GOPROXY=off|verifying (?:module|go\.mod):.*(?:dial tcp|no such host|i\/o timeout|connection refused)/

const relTo = (cwd: string, root: string) => (f: string) =>
  path.relative(root, path.resolve(cwd, f)).split(path.sep).join('/')

/** Files a go error names with a position (`file:line`). */
function goPositions(text: string, cwd: string, root: string): string[] {
  const out = new Set<string>()
  for (const m of text.matchAll(/((?:\/|\.{0,2}\/?)?[\w./@+-]*\.(?:go|mod|work|sum|txt)):\d+/g))
    out.add(relTo(cwd, root)(m[1] as string))
  return [...out]
}

/** Files a go error names: positions and module files it mentions by name. */
function goNamedFiles(text: string, cwd: string, root: string): string[] {
  const out = new Set<string>(goPositions(text, cwd, root))
  const rel = relTo(cwd, root)
  for (const m of text.matchAll(
    /(?:^|[\s"'(])((?:[\w./@+-]*\/)?(?:go\.mod|go\.work|go\.sum|vendor\/modules\.txt))\b/g
  ))
    out.add(rel(m[1] as string))
  return [...out]
}

/**
 * What a job runs: `./...` in a module; at a workspace root that is no module, each workspace
 * module's packages (`./a/... ./b/...`), since Go rejects `./...` there.
 */
function goPatterns(c: Case): string[] {
  const work = path.join(c.dir, 'go.work')
  if (c.env.GOWORK === 'off' || !existsSync(work) || existsSync(path.join(c.dir, 'go.mod')))
    return ['./...']
  const uses = [...readFileSync(work, 'utf8').matchAll(/^\s*(?:use\s+)?(\.\/[\w.-]+)\s*$/gm)]
    .map((m) => m[1] as string)
    .filter((u) => existsSync(path.join(c.dir, u, 'go.mod')))
  return uses.length > 0 ? [...new Set(uses)].map((u) => `${u}/...`) : ['./...']
}

async function goVerdict(c: Case, root: string): Promise<Verdict & { uncached: boolean }> {
  const env = baseEnv({ ...c.env, GOPROXY: 'off' })
  const r = await goAsync(['list', '-deps', '-test', ...goPatterns(c)], c.dir, env)
  const message = r.stderr
    .split('\n')
    .filter((l) => l.trim() !== '' && !PROGRESS.test(l))
    .join('\n')
  return {
    ok: r.code === 0,
    message,
    positions: goPositions(message, c.dir, root),
    files: goNamedFiles(message, c.dir, root),
    uncached: r.code !== 0 && OFFLINE.test(message)
  }
}

const MODULE_FILE = /(^|\/)(go\.work|go\.work\.sum|vendor\/modules\.txt|[\w.-]+\.mod|[\w.-]+\.sum)$/

/**
 * Whether the gate's errors point where Go does. When Go prints a position in a module file
 * (`go.mod:5`, `go.sum:1`), an error must be in that file. Otherwise Go's error is about a module
 * (`M@v: …`, `missing go.sum entry …`, `inconsistent vendoring`, a workspace error) and names at
 * most the importing .go file: an error in that file or in a module file (the go.mod / go.work /
 * modules.txt line about the module) agrees.
 */
function fileAgrees(gateFiles: string[], go: Verdict): boolean {
  if (gateFiles.length === 0) return false
  const positioned = go.positions.filter((f) => MODULE_FILE.test(f))
  if (positioned.length > 0) return gateFiles.some((f) => positioned.includes(f))
  return gateFiles.some((f) => MODULE_FILE.test(f) || go.positions.includes(f))
}

async function gateFindings(c: Case, root: string, preflight: string): Promise<Finding[]> {
  const opts = resolveOptions({ preflight, 'cache-verify': 'off' }, root, c.dir)
  const { report } = await runGate(opts, { env: baseEnv(c.env), log: () => {} })
  return report.findings
}

const label = (f: Finding) => `${f.rule} ${f.location?.file ?? '-'}:${f.location?.line ?? ''}`

async function runCase(c: Case): Promise<Outcome> {
  const root = c.root
  const [go, findings, withPreflight] = await Promise.all([
    goVerdict(c, root),
    gateFindings(c, root, 'off'),
    gateFindings(c, root, 'offline')
  ])
  const errors = withPreflight.filter((f) => f.severity === 'error')
  const staticErrors = findings.filter((f) => f.severity === 'error')
  const judge = (errs: Finding[]) => {
    const has = errs.length > 0
    const agree = go.ok ? !has : has
    const fileAgree = go.ok
      ? !has
      : fileAgrees(
          errs.map((f) => f.location?.file ?? ''),
          go
        )
    return { errors: errs.map(label), agree, fileAgree }
  }
  return {
    name: c.name,
    seed: c.seed,
    from: c.from,
    go: {
      ok: go.ok,
      message: go.message.slice(0, 400),
      positions: go.positions,
      files: go.files
    },
    uncached: go.uncached,
    static: {
      ...judge(staticErrors),
      warnings: findings.filter((f) => f.severity === 'warning').map(label)
    },
    preflight: judge(errors)
  }
}

/** Runs `f` over `items`, `n` at a time. */
async function pool<T, R>(items: T[], n: number, f: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const i = next++
        out[i] = await f(items[i] as T)
      }
    })
  )
  return out
}

function download(): Map<string, Source> {
  mkdirSync(MODCACHE, { recursive: true })
  const json = goSync(['mod', 'download', '-json', ...REAL_MODULES], WORK)
  const sources = new Map<string, Source>()
  for (const chunk of json.split(/\n}\n?/)) {
    if (!chunk.trim()) continue
    const m = JSON.parse(chunk + '\n}') as {
      Path: string
      Version: string
      Dir?: string
      Error?: string
    }
    if (m.Error || !m.Dir) throw new Error(`go mod download ${m.Path}@${m.Version}: ${m.Error}`)
    const gosum = path.join(m.Dir, 'go.sum')
    sources.set(`${m.Path}@${m.Version}`, {
      id: `${m.Path}@${m.Version}`,
      dir: m.Dir,
      gomod: readFileSync(path.join(m.Dir, 'go.mod'), 'utf8'),
      ...(existsSync(gosum) ? { gosum: readFileSync(gosum, 'utf8') } : {})
    })
  }
  return sources
}

let outcomes: Outcome[] = []
let cases: Case[] = []
let started = 0

beforeAll(async () => {
  started = Date.now()
  mkdirSync(WORK, { recursive: true })
  const sources = download()
  // vendor/ is written by the real go (online: it may fetch what the module cache lacks).
  const b = { root: CASES, sources, go: (args: string[], cwd: string) => void goSync(args, cwd) }
  cases = buildCases(b)
  outcomes = await pool(cases, 2, runCase)
  // A case Go could not decide offline: fetch what it needs once (online, on a copy), then retry.
  const missing = outcomes.map((o, i) => (o.uncached ? i : -1)).filter((i) => i >= 0)
  if (missing.length > 0) {
    for (const i of missing) {
      const c = cases[i] as Case
      const scratch = `${c.dir}.warm`
      rmSync(scratch, { recursive: true, force: true })
      execFileSync('cp', ['-r', c.dir, scratch])
      try {
        goSync(['list', '-deps', '-test', './...'], scratch, c.env)
      } catch {
        // Go's verdict is decided offline below; a failure here is part of the case.
      }
      rmSync(scratch, { recursive: true, force: true })
    }
    const again = await pool(
      missing.map((i) => cases[i] as Case),
      2,
      runCase
    )
    missing.forEach((i, k) => (outcomes[i] = again[k] as Outcome))
  }
}, 600_000)

interface Table {
  cases: number
  decided: number
  uncached: number
  goFails: number
  static: { agree: number; fileAgree: number; falseErrors: number; missed: number }
  preflight: { agree: number; fileAgree: number; falseErrors: number; missed: number }
  disagreementsByRule: Record<string, number>
  disagreementsBySeed: Record<string, { static: number; preflight: number }>
  seconds: number
}

function table(): Table {
  const decided = outcomes.filter((o) => !o.uncached)
  const count = (k: 'static' | 'preflight') => ({
    agree: decided.filter((o) => o[k].agree).length,
    fileAgree: decided.filter((o) => o[k].agree && o[k].fileAgree).length,
    falseErrors: decided.filter((o) => o.go.ok && o[k].errors.length > 0).length,
    missed: decided.filter((o) => !o.go.ok && o[k].errors.length === 0).length
  })
  const byRule: Record<string, number> = {}
  const bySeed: Record<string, { static: number; preflight: number }> = {}
  for (const o of decided) {
    for (const k of ['static', 'preflight'] as const) {
      if (o[k].agree && o[k].fileAgree) continue
      const s = (bySeed[o.seed] ??= { static: 0, preflight: 0 })
      s[k]++
      const rules = o[k].errors.length > 0 ? o[k].errors.map((e) => e.split(' ')[0]) : ['(none)']
      for (const r of new Set(rules)) byRule[`${k} ${r}`] = (byRule[`${k} ${r}`] ?? 0) + 1
    }
  }
  return {
    cases: outcomes.length,
    decided: decided.length,
    uncached: outcomes.length - decided.length,
    goFails: decided.filter((o) => !o.go.ok).length,
    static: count('static'),
    preflight: count('preflight'),
    disagreementsByRule: byRule,
    disagreementsBySeed: bySeed,
    seconds: Math.round((Date.now() - started) / 1000)
  }
}

function render(t: Table): string {
  const pct = (n: number) => `${((100 * n) / Math.max(1, t.decided)).toFixed(1)}%`
  const lines = [
    `differential: ${t.cases} cases from ${REAL_MODULES.length} real modules (${t.decided} decided by go offline, ${t.uncached} not cached), go fails on ${t.goFails}; ${t.seconds} s`,
    '',
    '| gate | verdict agrees | verdict + file agree | error where go succeeds | silent where go fails |',
    '| --- | --- | --- | --- | --- |',
    `| static rules | ${t.static.agree} (${pct(t.static.agree)}) | ${t.static.fileAgree} (${pct(t.static.fileAgree)}) | ${t.static.falseErrors} | ${t.static.missed} |`,
    `| with preflight | ${t.preflight.agree} (${pct(t.preflight.agree)}) | ${t.preflight.fileAgree} (${pct(t.preflight.fileAgree)}) | ${t.preflight.falseErrors} | ${t.preflight.missed} |`,
    '',
    'disagreements by rule (gate, rule of its errors; (none) = silent):',
    ...Object.entries(t.disagreementsByRule)
      .sort()
      .map(([r, n]) => `  ${r}: ${n}`),
    'disagreements by seed:',
    ...Object.entries(t.disagreementsBySeed)
      .sort()
      .map(([s, n]) => `  ${s}: static ${n.static}, preflight ${n.preflight}`)
  ]
  return lines.join('\n') + '\n'
}

afterAll(() => {
  if (outcomes.length === 0) return
  const t = table()
  writeFileSync(
    path.join(WORK, 'report.json'),
    JSON.stringify({ table: t, outcomes }, null, 2) + '\n'
  )
  process.stdout.write('\n' + render(t))
  const bad = outcomes.filter(
    (o) =>
      !o.uncached &&
      !(o.static.agree && o.static.fileAgree && o.preflight.agree && o.preflight.fileAgree)
  )
  for (const o of bad) {
    process.stdout.write(
      `\n- ${o.name}: go ${o.go.ok ? 'ok' : `fails: ${o.go.message.split('\n')[0]}`} [${o.go.files.join(', ')}]\n` +
        `  static: ${o.static.errors.join(', ') || 'no error'}; preflight: ${o.preflight.errors.join(', ') || 'no error'}\n`
    )
  }
})

describe('differential: the gate against the real go', () => {
  it('has at least 60 cases from at least 10 real modules, most decided offline', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60)
    expect(new Set(cases.flatMap((c) => c.from)).size).toBeGreaterThanOrEqual(10)
    expect(table().decided).toBeGreaterThanOrEqual(60)
  })

  it('includes cases where go fails and cases where it succeeds', () => {
    const t = table()
    expect(t.goFails).toBeGreaterThan(10)
    expect(t.decided - t.goFails).toBeGreaterThan(10)
  })

  it('static rules: never an error where go succeeds', () => {
    expect(
      outcomes
        .filter((o) => !o.uncached && o.go.ok && o.static.errors.length > 0)
        .map((o) => `${o.name}: ${o.static.errors.join(', ')}`)
    ).toEqual([])
  })

  it('static rules: agree with go on at least 95% of the cases', () => {
    const t = table()
    expect(t.static.fileAgree / t.decided).toBeGreaterThanOrEqual(0.95)
  })

  it('with preflight: agree with go on every case whose modules are cached', () => {
    expect(
      outcomes
        .filter((o) => !o.uncached && !(o.preflight.agree && o.preflight.fileAgree))
        .map(
          (o) =>
            `${o.name}: go ${o.go.ok ? 'ok' : 'fails'}; gate ${o.preflight.errors.join(', ') || 'no error'}`
        )
    ).toEqual([])
  })
})
