/**
 * Preflight against the real go: small modules in temp directories, everything local or absent
 * from an empty module cache (GOPROXY=off), so these tests never download.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { applyOverrides, collectFacts, runChecks, runGate } from '../../src/engine.js'
import { resolveOptions } from '../../src/options.js'
import { collectPreflight, parseGoListOutput, stderrBlocks } from '../../src/facts/preflight.js'
import { dedupePreflight, deferToGo, preflightCheck } from '../../src/checks/preflight.js'
import { locateFindings } from '../../src/checks/locate.js'
import { ruleById } from '../../src/rules.js'
import type { PreflightFacts } from '../../src/facts/preflight.js'
import { findOnPath } from '../../src/facts/go.js'
import {
  collectModuleFacts,
  isSingleModule,
  moduleLayout,
  type ModuleFacts
} from '../../src/facts/modules.js'
import type { Facts } from '../../src/facts/types.js'
import { builtinBaseline } from '../../src/baseline/load.js'
import type { Finding } from '../../src/types.js'

let tmp: string
let env: Record<string, string | undefined>

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gbg-preflight-'))
  env = {
    ...process.env,
    GOMODCACHE: path.join(tmp, 'modcache'),
    GOFLAGS: '-modcacherw',
    GOTOOLCHAIN: 'local',
    GOWORK: undefined,
    GOENV: 'off'
  }
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function write(dir: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  return dir
}

let n = 0
function module(files: Record<string, string>): string {
  const dir = path.join(tmp, `m${n++}`)
  mkdirSync(path.join(dir, '.git'), { recursive: true })
  return write(dir, files)
}

async function gate(
  dir: string,
  preflight = 'offline',
  extra: Record<string, string> = {}
): Promise<{
  findings: Finding[]
  /** The preflight's own findings, before deduplication against the static rules. */
  raw: Finding[]
  log: string[]
  report: Awaited<ReturnType<typeof runGate>>['report']
}> {
  const log: string[] = []
  const opts = resolveOptions({ preflight, 'cache-verify': 'off' }, dir, dir)
  const { report, facts } = await runGate(opts, {
    env: { ...env, ...extra },
    log: (l) => log.push(l)
  })
  const raw = preflightCheck.run(facts, builtinBaseline())
  return { findings: report.findings, raw, log, report }
}

/** Exactly one error at file:line in the report, whichever rule (static or preflight) carries it. */
function oneErrorAt(findings: Finding[], file: string, line: number): void {
  const at = findings.filter(
    (f) => f.severity === 'error' && f.location?.file === file && f.location.line === line
  )
  expect(at).toHaveLength(1)
}

const where = (f: Finding) => `${f.rule} ${f.location?.file}:${f.location?.line ?? ''}`
const preflightOnly = (fs: Finding[]) => fs.filter((f) => /^GBG25\d$/.test(f.rule))

const MAIN_DEP = 'package main\n\nimport _ "example.com/dep"\n\nfunc main() {}\n'
const LOCAL_DEP = {
  'dep/go.mod': 'module example.com/dep\n\ngo 1.22\n',
  'dep/dep.go': 'package dep\n'
}
// Real checksums of rsc.io/quote v1.5.2 (from sum.golang.org), so go.sum is complete.
const QUOTE_SUM =
  'rsc.io/quote v1.5.2 h1:w5fcysjrx7yqtD/aO+QwRjYZOKnaM9Uh2b40tElTs3Y=\n' +
  'rsc.io/quote v1.5.2/go.mod h1:LzX7hefJvL54yjefDEDHNONDjII0t9xZLPXsUe+TKr0=\n'

describe('preflight with the real go (offline)', () => {
  it('is quiet on a healthy module and says what it ran', async () => {
    const dir = module({
      'go.mod':
        'module example.com/m\n\ngo 1.22\n\nrequire example.com/dep v0.0.0\n\nreplace example.com/dep => ./dep\n',
      'main.go': MAIN_DEP,
      ...LOCAL_DEP
    })
    const { findings, log, report } = await gate(dir)
    expect(preflightOnly(findings)).toEqual([])
    expect(
      log.some((l) =>
        l.startsWith(
          'preflight: GOPROXY=off GOSUMDB=sum.golang.org http://127.0.0.1:1 go list -e -deps -test'
        )
      )
    ).toBe(true)
    expect(report.preflight?.exitCode).toBe(0)
  })

  it('GBG253: an import no requirement provides, at the import Go names', async () => {
    const dir = module({
      'go.mod': 'module example.com/m\n\ngo 1.22\n',
      'main.go': 'package main\n\nimport _ "example.com/nothere/pkg"\n\nfunc main() {}\n'
    })
    const { findings } = await gate(dir)
    expect(preflightOnly(findings).map(where)).toEqual(['GBG253 main.go:3'])
    expect(findings.find((f) => f.rule === 'GBG253')?.message).toContain(
      'no required module provides package example.com/nothere/pkg'
    )
  })

  it('GBG251: a missing go.sum entry, once, at the require line (static GBG241 and preflight deduplicated)', async () => {
    const dir = module({
      'go.mod': 'module example.com/m\n\ngo 1.22\n\nrequire rsc.io/quote v1.5.2\n',
      'main.go': 'package main\n\nimport _ "rsc.io/quote"\n\nfunc main() {}\n'
    })
    const { findings } = await gate(dir)
    const atLine = findings.filter((f) => f.location?.file === 'go.mod' && f.location.line === 5)
    expect(atLine).toHaveLength(1)
    // With the static rule turned off the preflight finding is what remains.
    write(dir, { '.github/go-baseline.yml': 'version: 1\nrules:\n  GBG240: off\n  GBG241: off\n' })
    const again = await gate(dir)
    expect(preflightOnly(again.findings).map(where)).toEqual(['GBG251 go.mod:5'])
    expect(again.findings[0]?.message).toContain('missing go.sum entry')
  })

  it('offline: a module absent from the module cache is "not checked", stated once, never a finding', async () => {
    const dir = module({
      'go.mod': 'module example.com/m\n\ngo 1.22\n\nrequire rsc.io/quote v1.5.2\n',
      'go.sum': QUOTE_SUM,
      'main.go': 'package main\n\nimport _ "rsc.io/quote"\n\nfunc main() {}\n'
    })
    const { findings, log, report } = await gate(dir)
    expect(preflightOnly(findings)).toEqual([])
    expect(log.filter((l) => l.startsWith('preflight: not checked'))).toHaveLength(1)
    expect(report.preflight?.notChecked?.items.join(' ')).toContain('rsc.io/quote')
  })

  it('GBG252: inconsistent vendoring, at the go.mod line Go names the module of', async () => {
    const dir = module({
      'go.mod':
        'module example.com/m\n\ngo 1.22\n\nrequire example.com/dep v0.0.0\n\nreplace example.com/dep => ./dep\n',
      'main.go': MAIN_DEP,
      ...LOCAL_DEP
    })
    execFileSync('go', ['mod', 'vendor'], { cwd: dir, env: env as NodeJS.ProcessEnv })
    const clean = await gate(dir)
    expect(preflightOnly(clean.findings)).toEqual([])
    write(dir, { '.github/go-baseline.yml': 'version: 1\nrules:\n  GBG230: off\n' })
    writeFileSync(
      path.join(dir, 'go.mod'),
      'module example.com/m\n\ngo 1.22\n\nrequire example.com/dep v0.0.0\n\nreplace example.com/dep => ./dep2\n'
    )
    write(dir, {
      'dep2/go.mod': 'module example.com/dep\n\ngo 1.22\n',
      'dep2/dep.go': 'package dep\n'
    })
    const { findings } = await gate(dir)
    const vendor = preflightOnly(findings)
    expect(vendor.length).toBeGreaterThan(0)
    expect(vendor.every((f) => f.rule === 'GBG252')).toBe(true)
    expect(vendor[0]?.message).toContain('inconsistent vendoring')
  })

  it('GBG254: the go line above the running Go under GOTOOLCHAIN=local, at the go line', async () => {
    const dir = module({
      'go.mod': 'module example.com/m\n\ngo 1.99.0\n',
      'main.go': 'package main\n\nfunc main() {}\n',
      '.github/go-baseline.yml': 'version: 1\nrules:\n  GBG201: off\n'
    })
    const { findings } = await gate(dir)
    expect(preflightOnly(findings).map(where)).toEqual(['GBG254 go.mod:3'])
    expect(findings[0]?.message).toContain('go.mod requires go >= 1.99.0')
  })

  it('GBG250: a go.sum line Go cannot parse, at go.sum:LINE, reported once', async () => {
    const dir = module({
      'go.mod': 'module example.com/m\n\ngo 1.22\n\nrequire rsc.io/quote v1.5.2\n',
      'go.sum': 'garbage\n' + QUOTE_SUM,
      'main.go': 'package main\n\nimport _ "rsc.io/quote"\n\nfunc main() {}\n'
    })
    const opts = resolveOptions({ preflight: 'offline', 'cache-verify': 'off' }, dir, dir)
    const { report, facts } = await runGate(opts, { env, log: () => {} })
    // What Go said, before deduplication against the static rules.
    const raw = preflightCheck.run(facts, builtinBaseline())
    expect(raw.map(where)).toEqual(['GBG250 go.sum:1'])
    expect(raw[0]?.message).toContain('wrong number of fields')
    // One error at that line in the report, whichever rule carries it.
    const atLine = report.findings.filter(
      (f) => f.severity === 'error' && f.location?.file === 'go.sum' && f.location.line === 1
    )
    expect(atLine).toHaveLength(1)
  })

  it('-mod=mod in GOFLAGS: not run (it could rewrite go.mod), stated in the log', async () => {
    const dir = module({ 'go.mod': 'module example.com/m\n\ngo 1.99.0\n' })
    const { report, log } = await gate(dir, 'offline', { GOFLAGS: '-mod=mod' })
    expect(report.preflight?.skipped).toContain('-mod=mod')
    expect(log.some((l) => l.startsWith('preflight not run'))).toBe(true)
  })

  it('GBG255: go list stopped at its deadline says "timed out after N s"', async () => {
    const dir = module({ 'go.mod': 'module example.com/m\n\ngo 1.22\n', 'main.go': MAIN_DEP })
    const modules = { mods: [], errors: [], work: undefined }
    const p = await collectPreflight({
      mode: 'offline',
      goBinary: findOnPath('go', env) as string,
      goVersion: 'go1.26.8',
      goFlags: '',
      root: dir,
      dir,
      env,
      modules: { ...modules, errors: [{ file: 'go.mod', line: 1, column: 1, message: 'x' }] },
      timeoutS: 0.001
    })
    expect(p?.timedOutAfterS).toBe(0.001)
    const facts = { dir, root: dir, modules, preflight: p } as unknown as Facts
    const out = preflightCheck.run(facts, builtinBaseline())
    expect(out.map((f) => f.rule)).toEqual(['GBG255'])
    expect(out[0]?.message).toContain('timed out after 0.001 s')
  })

  it("online: the job's GOPROXY and GOSUMDB are left alone", async () => {
    const dir = module({
      'go.mod':
        'module example.com/m\n\ngo 1.22\n\nrequire example.com/dep v0.0.0\n\nreplace example.com/dep => ./dep\n',
      'main.go': MAIN_DEP,
      ...LOCAL_DEP
    })
    const { report, log, raw } = await gate(dir, 'online')
    expect(report.preflight?.mode).toBe('online')
    expect(log.some((l) => l.startsWith('preflight: go list -e -deps -test'))).toBe(true)
    expect(raw).toEqual([])
  })

  it('off: go list does not run', async () => {
    const dir = module({ 'go.mod': 'module example.com/m\n\ngo 1.22\n', 'main.go': MAIN_DEP })
    const { findings, report } = await gate(dir, 'off')
    expect(report.preflight).toBeUndefined()
    expect(preflightOnly(findings)).toEqual([])
  })
})

describe('the checks that do not need go list run while it runs', () => {
  it('the report is what every check gives, in order, on the whole facts', async () => {
    const dir = module({
      'go.mod': 'module example.com/m\n\ngo 1.22\n',
      'main.go': 'package main\n\nimport _ "example.com/nothere/pkg"\n\nfunc main() {}\n'
    })
    // A stray file in a real build cache: a cache finding, whose check comes after the preflight's.
    const cache = path.join(tmp, 'stray-cache')
    write(cache, { '00/stray': 'x' })
    const e = { ...env, GOPROXY: 'direct', GOCACHE: cache }
    const opts = resolveOptions({ preflight: 'offline', 'cache-verify': 'quick' }, dir, dir)
    const hooks = { env: e, log: () => {} }
    const early: Finding[] = []
    const { report } = await runGate(opts, {
      ...hooks,
      whileGoLoads: (findings: readonly Finding[]) => {
        early.push(...findings)
      }
    })
    // The others' findings were handed out before the preflight's, as the objects reported.
    expect(early.map((f) => f.rule)).toEqual(['GBG123', 'GBG309'])
    for (const f of early) expect(report.findings).toContain(f)

    const collected = await collectFacts(opts, async () => builtinBaseline(), hooks)
    expect(collected.facts.preflight).toBeUndefined()
    const facts: Facts = { ...collected.facts, preflight: await collected.preflight }
    const b = collected.baseline
    const expected = dedupePreflight(
      applyOverrides(
        deferToGo(
          locateFindings(runChecks(facts, b), facts, b),
          facts.preflight,
          (id) => ruleById(id)?.area === 'modfile'
        ),
        b
      )
    )
    // Findings of checks before the preflight's (env), of the preflight and after it (cache).
    expect(report.findings.map((f) => f.rule)).toEqual(['GBG253', 'GBG123', 'GBG309'])
    expect(report.findings).toEqual(expected)
  })
})

describe('preflight in workspaces and with GOFLAGS (real go, local modules only)', () => {
  const ws = (extra: Record<string, string> = {}) =>
    module({
      'go.work': 'go 1.22\n\nuse (\n\t./a\n\t./b\n)\n',
      'a/go.mod': 'module example.com/a\n\ngo 1.22\n',
      'a/a.go': 'package a\n',
      'b/go.mod': 'module example.com/b\n\ngo 1.22\n',
      'b/b.go': 'package b\n',
      ...extra
    })

  it('at a workspace root that is no module, loads each workspace module (go rejects ./... there)', async () => {
    const dir = ws()
    const { findings, report } = await gate(dir)
    expect(report.preflight?.command).toContain('./a/... ./b/...')
    expect(preflightOnly(findings)).toEqual([])
  })

  it('GBG250: a module used twice, at the second use line', async () => {
    const dir = ws({ 'c/go.mod': 'module example.com/a\n\ngo 1.22\n', 'c/a.go': 'package a\n' })
    writeFileSync(path.join(dir, 'go.work'), 'go 1.22\n\nuse (\n\t./a\n\t./b\n\t./c\n)\n')
    const { findings, raw } = await gate(dir)
    const f = raw.filter((x) => x.message.includes('appears multiple times in workspace'))
    expect(f.map(where)).toEqual(['GBG250 go.work:6'])
    oneErrorAt(findings, 'go.work', 6)
  })

  it('GBG250: conflicting replacements, at a replace line; none when go.work resolves them', async () => {
    const files = {
      's1/go.mod': 'module example.com/s\n\ngo 1.22\n',
      's2/go.mod': 'module example.com/s\n\ngo 1.22\n',
      'a/go.mod': 'module example.com/a\n\ngo 1.22\n\nreplace example.com/s => ../s1\n',
      'b/go.mod': 'module example.com/b\n\ngo 1.22\n\nreplace example.com/s => ../s2\n'
    }
    const { findings, raw } = await gate(ws(files))
    const f = raw.filter((x) => x.message.includes('conflicting replacements'))
    expect(f.map(where)).toEqual(['GBG250 a/go.mod:5'])
    oneErrorAt(findings, 'a/go.mod', 5)
    const resolved = ws(files)
    writeFileSync(
      path.join(resolved, 'go.work'),
      'go 1.22\n\nuse (\n\t./a\n\t./b\n)\n\nreplace example.com/s => ./s1\n'
    )
    expect((await gate(resolved)).raw).toEqual([])
  })

  it("GBG254: a local replacement's go line above the running Go, at the replace line", async () => {
    const dir = module({
      'go.mod':
        'module example.com/m\n\ngo 1.22\n\nrequire example.com/dep v0.0.0\n\nreplace example.com/dep => ./dep\n',
      'main.go': MAIN_DEP,
      'dep/go.mod': 'module example.com/dep\n\ngo 1.99.0\n',
      'dep/dep.go': 'package dep\n'
    })
    const { findings, raw } = await gate(dir)
    expect(raw.map(where)).toEqual(['GBG254 go.mod:7'])
    expect(raw[0]?.message).toContain('module ./dep requires go >= 1.99.0')
    oneErrorAt(findings, 'go.mod', 7)
  })

  it('GBG254 on the file -modfile names; none when that file is fine and go.mod is not', async () => {
    const broken = module({
      'go.mod': 'module example.com/m\n\ngo 1.22\n',
      'alt.mod': 'module example.com/m\n\ngo 1.99.0\n',
      'main.go': 'package main\n\nfunc main() {}\n'
    })
    const a = await gate(broken, 'offline', { GOFLAGS: '-modfile=alt.mod' })
    expect(preflightOnly(a.findings).map(where)).toEqual(['GBG254 alt.mod:'])
    const fine = module({
      'go.mod': 'module example.com/m\n\ngo 1.99.0\n',
      'alt.mod': 'module example.com/m\n\ngo 1.22\n',
      'main.go': 'package main\n\nfunc main() {}\n'
    })
    const b = await gate(fine, 'offline', { GOFLAGS: '-modfile=alt.mod' })
    expect(preflightOnly(b.findings)).toEqual([])
  })
})

describe('deferToGo (pure)', () => {
  const clean: PreflightFacts = {
    mode: 'offline',
    command: 'go list -e -deps -test ./...',
    overrides: { GOPROXY: 'off' },
    dir: '/r',
    exitCode: 0,
    durationMs: 1,
    issues: []
  }
  const staticError: Finding = {
    rule: 'GBG241',
    severity: 'error',
    message: 'missing go.sum entry',
    location: { file: 'go.mod', line: 5 }
  }
  const envError: Finding = { rule: 'GBG101', severity: 'error', message: 'env' }
  const isModfile = (id: string) => id.startsWith('GBG2')

  it("turns a static module-file error into a notice when Go's loader ran clean", () => {
    const out = deferToGo([staticError, envError], clean, isModfile)
    expect(out.map((f) => `${f.rule}:${f.severity}`)).toEqual(['GBG241:notice', 'GBG101:error'])
    expect(out[0]?.message).toContain("Go's loader accepted the module files")
  })

  it('keeps it an error when Go reported anything, left something unchecked, or did not run', () => {
    const issue = { message: 'x', more: 0, origin: 'json' as const }
    for (const p of [
      undefined,
      { ...clean, issues: [issue] },
      { ...clean, notChecked: { reason: 'offline', items: ['m'] } },
      { ...clean, exitCode: 1 },
      { ...clean, skipped: 'GOFLAGS has -mod=mod' },
      { ...clean, timedOutAfterS: 180 }
    ]) {
      expect(deferToGo([staticError], p, isModfile)[0]?.severity).toBe('error')
    }
  })
})

describe('parseGoListOutput (pure)', () => {
  it('collapses one message at many positions and keeps the first position', () => {
    const pkg = (pos: string) =>
      `{\n\t"ImportPath": "x",\n\t"Error": {\n\t\t"Pos": "${pos}",\n\t\t"Err": "m@v1: replacement directory ../m does not exist"\n\t}\n}\n`
    const { issues } = parseGoListOutput(pkg('a.go:3:2') + pkg('b.go:4:2'), '', false, '/r', '/r')
    expect(issues).toEqual([
      {
        message: 'm@v1: replacement directory ../m does not exist',
        file: 'a.go',
        line: 3,
        column: 2,
        importPath: 'x',
        more: 1,
        origin: 'json'
      }
    ])
  })

  it('skips progress lines and the header of positioned errors on stderr', () => {
    expect(
      stderrBlocks(
        'go: downloading a v1\ngo: errors parsing go.mod:\n/r/go.mod:5: unknown directive: requir\n'
      )
    ).toEqual(['/r/go.mod:5: unknown directive: requir'])
  })

  it('turns GOPROXY=off lookups into not-checked items, not issues', () => {
    const out = parseGoListOutput(
      '',
      'go: rsc.io/quote@v1.5.2: module lookup disabled by GOPROXY=off\n',
      true,
      '/r',
      '/r'
    )
    expect(out).toEqual({ issues: [], offline: ['rsc.io/quote@v1.5.2'] })
  })

  it('ignores a main-module directory without buildable files, keeps it for a dependency', () => {
    const obj = (dep: boolean) =>
      `{\n\t"ImportPath": "x",\n\t"DepOnly": ${dep},\n\t"Error": {\n\t\t"Err": "build constraints exclude all Go files in /r/x"\n\t}\n}\n`
    expect(parseGoListOutput(obj(false), '', false, '/r', '/r').issues).toEqual([])
    expect(parseGoListOutput(obj(true), '', false, '/r', '/r').issues).toHaveLength(1)
  })
})

describe('go list starts before the module files are read when one module governs the dir', () => {
  /** The real go behind a script that logs each start (`pid args`) to `log` first. */
  function loggedGo(log: string): string {
    const script = path.join(tmp, `go-logged-${n++}`)
    writeFileSync(
      script,
      `#!/bin/sh\necho "$$ $*" >> '${log}'\nexec '${findOnPath('go', env) as string}' "$@"\n`
    )
    chmodSync(script, 0o755)
    return script
  }
  // A start killed at once may leave the log created by its `>>` but empty, or a line cut short:
  // only whole lines count (an empty one would read as pid 0, which names the process group).
  const starts = (log: string): string[][] =>
    existsSync(log)
      ? readFileSync(log, 'utf8')
          .split('\n')
          .filter((l) => /^\d+ /.test(l))
          .map((l) => l.split(' '))
      : []
  /**
   * Polls `done` every 10 ms; throws after 60 s, so a test that never sees it fails and ends its
   * loop (a loop left running would keep jest from exiting).
   */
  async function poll(done: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + 60_000
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`still waiting after 60 s: ${what}`)
      await new Promise((r) => setTimeout(r, 10))
    }
  }
  /** Resolves once `log` has `count` starts. */
  async function started(log: string, count = 1): Promise<string[][]> {
    await poll(() => starts(log).length >= count, `${count} go start(s) in ${log}`)
    return starts(log)
  }
  const alive = (pid: number): boolean => {
    try {
      process.kill(pid, 0)
      return true
    } catch {
      return false
    }
  }
  async function gone(pid: number): Promise<void> {
    expect(pid).toBeGreaterThan(0)
    await poll(() => !alive(pid), `process ${pid} to end`)
  }
  const options = (dir: string, goBinary: string) => ({
    mode: 'offline' as const,
    goBinary,
    goVersion: 'go1.26.8',
    goFlags: '',
    root: dir,
    dir,
    env
  })
  const modulesOf = (dir: string): Promise<ModuleFacts> =>
    collectModuleFacts({ root: dir, dir, env: { GOWORK: '' } })

  it('with singleModule, go list runs while the module files are still unread', async () => {
    const dir = module({ 'go.mod': 'module example.com/m\n\ngo 1.22\n', 'main.go': MAIN_DEP })
    const log = path.join(dir, '..', `${path.basename(dir)}.log`)
    let release: (m: ModuleFacts) => void = () => {}
    const modules = new Promise<ModuleFacts>((r) => (release = r))
    const p = collectPreflight({ ...options(dir, loggedGo(log)), modules, singleModule: true })
    // The files are handed over only once go list has started: it did not wait for them.
    expect(await started(log)).toHaveLength(1)
    release(await modulesOf(dir))
    const facts = await p
    expect(starts(log)).toHaveLength(1)
    expect(facts?.command).toBe(`go ${starts(log)[0]?.slice(1).join(' ')}`)
    expect(facts?.command.endsWith(' ./...')).toBe(true)
    // Its result is the one reported: go names the import it cannot resolve.
    expect(facts?.issues.map((i) => i.message).join('\n')).toContain('example.com/dep')
  })

  it('without it, go list waits for the module files', async () => {
    const dir = module({ 'go.mod': 'module example.com/m\n\ngo 1.22\n', 'main.go': MAIN_DEP })
    const log = path.join(dir, '..', `${path.basename(dir)}.log`)
    let release: (m: ModuleFacts) => void = () => {}
    const modules = new Promise<ModuleFacts>((r) => (release = r))
    const p = collectPreflight({ ...options(dir, loggedGo(log)), modules, singleModule: false })
    await new Promise((r) => setTimeout(r, 300))
    expect(starts(log)).toEqual([])
    release(await modulesOf(dir))
    expect((await p)?.command.endsWith(' ./...')).toBe(true)
    expect(starts(log)).toHaveLength(1)
  })

  it('when the files say otherwise, the early go list is stopped and the right one runs', async () => {
    // A workspace whose module lies below the dir: go list must name it, not ./...
    const dir = module({
      'go.work': 'go 1.22\n\nuse ./a\n',
      'a/go.mod': 'module example.com/a\n\ngo 1.22\n',
      'a/a.go': 'package a\n'
    })
    const log = path.join(dir, '..', `${path.basename(dir)}.log`)
    let release: (m: ModuleFacts) => void = () => {}
    const modules = new Promise<ModuleFacts>((r) => (release = r))
    const p = collectPreflight({ ...options(dir, loggedGo(log)), modules, singleModule: true })
    const [first] = await started(log)
    release(await collectModuleFacts({ root: dir, dir, env: {} }))
    const facts = await p
    const runs = starts(log)
    expect(runs.map((r) => r.at(-1))).toEqual(['./...', './a/...'])
    expect(facts?.command).toBe(`go ${runs[1]?.slice(1).join(' ')}`)
    await gone(Number(first?.[0]))
  })

  it("module files that cannot be read stop the early go list, and the error is the caller's", async () => {
    const dir = module({ 'go.mod': 'module example.com/m\n\ngo 1.22\n', 'main.go': MAIN_DEP })
    const log = path.join(dir, '..', `${path.basename(dir)}.log`)
    let fail: (e: Error) => void = () => {}
    const modules = new Promise<ModuleFacts>((_, r) => (fail = r))
    const p = collectPreflight({ ...options(dir, loggedGo(log)), modules, singleModule: true })
    const [first] = await started(log)
    fail(new Error('unreadable'))
    await expect(p).rejects.toThrow('unreadable')
    await gone(Number(first?.[0]))
  })

  it('an aborted run stops go list', async () => {
    const dir = module({ 'go.mod': 'module example.com/m\n\ngo 1.22\n', 'main.go': MAIN_DEP })
    const log = path.join(dir, '..', `${path.basename(dir)}.log`)
    const stop = new AbortController()
    const p = collectPreflight({
      ...options(dir, loggedGo(log)),
      modules: modulesOf(dir),
      singleModule: true,
      signal: stop.signal
    })
    const [first] = await started(log)
    stop.abort()
    await gone(Number(first?.[0]))
    expect((await p)?.failed).toBe('stopped')
  })

  it('a run that failed before go list started stops it at once', async () => {
    const dir = module({ 'go.mod': 'module example.com/m\n\ngo 1.22\n', 'main.go': MAIN_DEP })
    const log = path.join(dir, '..', `${path.basename(dir)}.log`)
    const stop = new AbortController()
    let layoutKnown: (single: boolean) => void = () => {}
    const p = collectPreflight({
      ...options(dir, loggedGo(log)),
      modules: modulesOf(dir),
      singleModule: new Promise<boolean>((r) => (layoutKnown = r)),
      signal: stop.signal
    })
    stop.abort()
    layoutKnown(true)
    expect((await p)?.failed).toBe('stopped')
    for (const [pid] of starts(log)) await gone(Number(pid))
  })

  it('isSingleModule: a go.mod in the dir or above, no go.work, no -modfile', async () => {
    const single = async (dir: string, env: Record<string, string>) =>
      isSingleModule(await moduleLayout(dir, env), env)
    const dir = module({
      'go.mod': 'module example.com/m\n\ngo 1.22\n',
      'sub/x.go': 'package sub\n'
    })
    expect(await moduleLayout(dir, { GOWORK: '' })).toEqual({ mainGoMod: path.join(dir, 'go.mod') })
    expect(await single(dir, { GOWORK: '' })).toBe(true)
    expect(await single(path.join(dir, 'sub'), { GOWORK: '' })).toBe(true)
    expect(await single(dir, { GOWORK: '', GOFLAGS: '-modfile=alt.mod' })).toBe(false)
    expect(await single(dir, { GOWORK: path.join(dir, 'go.work') })).toBe(false)
    write(dir, { 'go.work': 'go 1.22\n\nuse .\n' })
    expect(await moduleLayout(dir, {})).toEqual({ workPath: path.join(dir, 'go.work') })
    expect(await single(dir, {})).toBe(false) // go.work found by the search
    expect(await single(dir, { GOWORK: 'off' })).toBe(true)
    const bare = module({ 'x.go': 'package x\n' })
    expect(await single(bare, { GOWORK: '' })).toBe(false)
  })
})
