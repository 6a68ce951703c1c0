/**
 * GBG250–GBG255: what Go's own loader said in the preflight (`go list -e -deps -test ./...`,
 * collected by src/facts/preflight.ts), as findings at the file and line Go names, in Go's words.
 * Where Go names no position (a module-level error), the finding goes to the go.mod / go.work
 * line about that module, so it lines up with the static rules and deduplicates against them.
 */
import * as path from 'node:path'
import type { ModEntry } from '../facts/modules.js'
import type { PreflightFacts, PreflightIssue } from '../facts/preflight.js'
import type { Facts } from '../facts/types.js'
import type { Pos, Replace, Use, WorkFile } from '../modfile/index.js'
import type { Finding, Location } from '../types.js'
import { defineRule, type Check } from './types.js'

const rule = defineRule('modfile')

export const PREFLIGHT_LOAD = rule(
  'GBG250',
  'preflight-load-error',
  'error',
  'Go could not load the module graph or a package (go list in the preflight): go build fails the same way.',
  'Fix the file and line Go names; `go list -deps -test ./...` in the working directory shows the same error.'
)
export const PREFLIGHT_GOSUM = rule(
  'GBG251',
  'preflight-gosum-missing',
  'error',
  'Go needs a checksum that go.sum lacks ("missing go.sum entry"), including transitive and // indirect requirements.',
  'Run `go mod tidy` (or the `go mod download` / `go get` command Go suggests) and commit go.sum.'
)
export const PREFLIGHT_VENDOR = rule(
  'GBG252',
  'preflight-inconsistent-vendoring',
  'error',
  'Go reports inconsistent vendoring: vendor/modules.txt disagrees with go.mod (or go.work).',
  'Run `go mod vendor` (or `go work vendor` in a workspace) and commit vendor/.'
)
export const PREFLIGHT_PACKAGE = rule(
  'GBG253',
  'preflight-package-missing',
  'error',
  'Go cannot find the module or vendored directory providing an imported package.',
  'Add the requirement (`go get PACKAGE`), or run `go mod vendor` when the build uses vendor/.'
)
export const PREFLIGHT_TOOLCHAIN = rule(
  'GBG254',
  'preflight-toolchain',
  'error',
  'Go refuses the go / toolchain line with the toolchain this job runs (GOTOOLCHAIN=local or path).',
  'Install the Go version Go names (actions/setup-go with go-version-file), or lower the go / toolchain line.'
)
export const PREFLIGHT_INCOMPLETE = rule(
  'GBG255',
  'preflight-incomplete',
  'warning',
  'The preflight could not finish (go list timed out or could not run), so Go was not asked.',
  'Run `go list -deps -test ./...` in the working directory to see why; or set `preflight: off`.'
)

const PACKAGE_MISSING =
  /cannot find module providing package|no required module provides package|is not in std|is not in GOROOT|does not contain package|is not in vendor\/modules\.txt|is replaced but not required|package \S+ is not in/
const TOOLCHAIN =
  /requires go >= |cannot find "go[^"]*" in PATH|toolchain not available|invalid GOTOOLCHAIN|switching to go\S+ is disallowed/

function loc(file: string, pos?: Pos): Location {
  return pos ? { file, line: pos.line, column: pos.column } : { file }
}

/** The main go.mod for the working directory (the one governing it, else the first main one). */
function mainMod(facts: Facts): ModEntry | undefined {
  const mains = facts.modules.mods.filter((m) => m.main)
  return mains.find((m) => m.dir === facts.dir) ?? mains[0]
}

/**
 * A go.mod's or go.work's lines by module path: the first replace of each old path, the first
 * replace of each replacement directory, the first requirement of each path. Built once per
 * file: Go may print an error per module, and a search per error would be quadratic.
 */
interface LineIndex {
  replaceByOld: Map<string, Pos>
  replaceByNew: Map<string, Pos>
  requireByPath: Map<string, Pos>
}

const lineIndexes = new WeakMap<object, LineIndex>()
const cleanDir = (p: string) => p.replace(/\/+$/, '')

function lineIndex(parsed: {
  replace: Replace[]
  require?: Array<{ path: string; pos: Pos }>
}): LineIndex {
  let index = lineIndexes.get(parsed)
  if (!index) {
    index = { replaceByOld: new Map(), replaceByNew: new Map(), requireByPath: new Map() }
    for (const r of parsed.replace) {
      if (!index.replaceByOld.has(r.old.path)) index.replaceByOld.set(r.old.path, r.pos)
      const dir = cleanDir(r.new.path)
      if (!index.replaceByNew.has(dir)) index.replaceByNew.set(dir, r.pos)
    }
    for (const r of parsed.require ?? []) {
      if (!index.requireByPath.has(r.path)) index.requireByPath.set(r.path, r.pos)
    }
    lineIndexes.set(parsed, index)
  }
  return index
}

/** The main modules, the one governing the working directory first (it may come twice). */
function orderedMains(facts: Facts): ModEntry[] {
  const mains = facts.modules.mods.filter((m) => m.main)
  return [...mains.filter((m) => m.dir === facts.dir), ...mains]
}

/** The require or replace line naming `modPath` in a main module or go.work (replace wins). */
function moduleLine(facts: Facts, modPath: string): Location | undefined {
  const work = facts.modules.work
  const wr = work && lineIndex(work.parsed).replaceByOld.get(modPath)
  if (work && wr) return loc(work.file, wr)
  const ordered = orderedMains(facts)
  for (const m of ordered) {
    const rep = lineIndex(m.parsed).replaceByOld.get(modPath)
    if (rep) return loc(m.file, rep)
  }
  for (const m of ordered) {
    const req = lineIndex(m.parsed).requireByPath.get(modPath)
    if (req) return loc(m.file, req)
  }
  return undefined
}

/**
 * The requirement whose module path is the longest prefix of a package path (path element by
 * path element): the package path and its parents, longest first, looked up.
 */
function providingModule(facts: Facts, pkg: string): string | undefined {
  const mains = facts.modules.mods.filter((x) => x.main).map((m) => lineIndex(m.parsed))
  for (let p = pkg; p !== ''; p = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '') {
    if (mains.some((m) => m.requireByPath.has(p))) return p
  }
  return undefined
}

/** A go.mod / go.work named by its base name in a message, resolved to the file in the facts. */
function namedModFile(
  facts: Facts,
  which: string
): { file: string; go?: Pos; toolchain?: Pos } | undefined {
  const work = facts.modules.work
  if (/go\.work$/.test(which) && work)
    return { file: work.file, go: work.parsed.go?.pos, toolchain: work.parsed.toolchain?.pos }
  const m = mainMod(facts)
  return m ? { file: m.file, go: m.parsed.go?.pos, toolchain: m.parsed.toolchain?.pos } : undefined
}

/** Where Go's error belongs when Go names no position. */
function fallback(facts: Facts): Location | undefined {
  const work = facts.modules.work
  if (work) return { file: work.file }
  const m = mainMod(facts)
  return m ? { file: m.file } : undefined
}

function toolchainFinding(facts: Facts, issue: PreflightIssue): Finding {
  const msg = issue.message
  let location: Location | undefined = issue.file
    ? { file: issue.file, line: issue.line, column: issue.column }
    : undefined
  if (!location) {
    const local = /(?:^|: )module (\S+) requires go >= /.exec(msg)
    const listed = /^module (\S+) listed in go\.work file requires go >= /.exec(msg)
    const named = /^(\S+\.(?:mod|work)) requires go >= /.exec(msg)
    const wanted = /"(go[^"]+)"|download (go\S+) for/.exec(msg)
    const work = facts.modules.work
    if (listed && work) {
      location = loc(work.file, work.parsed.go?.pos)
    } else if (local) {
      location = replaceDirLine(facts, local[1] as string)
    } else if (named && !/(^|\/)go\.(mod|work)$/.test(named[1] as string)) {
      // Another file read instead of go.mod (GOFLAGS=-modfile=alt.mod): Go names it.
      location = { file: relative(facts, named[1] as string) }
    } else if (named) {
      const f = namedModFile(facts, named[1] as string)
      if (f) location = loc(f.file, f.go)
    } else if (wanted) {
      const name = (wanted[1] ?? wanted[2]) as string
      const f = namedModFile(facts, work ? 'go.work' : 'go.mod')
      if (f) {
        const m = work ? work.parsed : mainMod(facts)?.parsed
        const onToolchain = m?.toolchain?.name === name
        location = loc(f.file, onToolchain ? f.toolchain : (f.go ?? f.toolchain))
      }
    }
  }
  return make(PREFLIGHT_TOOLCHAIN, issue, location ?? fallback(facts))
}

/** A path Go printed (relative to the working directory), relative to the repository root. */
function relative(facts: Facts, file: string): string {
  const abs = path.resolve(facts.dir, file)
  const rel = path.relative(facts.root, abs)
  return rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/')
}

/** The replace line (go.work or a main go.mod) whose replacement is the directory `dir`. */
function replaceDirLine(facts: Facts, dir: string): Location | undefined {
  const work = facts.modules.work
  const wr = work && lineIndex(work.parsed).replaceByNew.get(cleanDir(dir))
  if (work && wr) return loc(work.file, wr)
  for (const m of facts.modules.mods.filter((x) => x.main)) {
    const r = lineIndex(m.parsed).replaceByNew.get(cleanDir(dir))
    if (r) return loc(m.file, r)
  }
  return undefined
}

function gosumFinding(facts: Facts, issue: PreflightIssue): Finding {
  const msg = issue.message
  const providing = /missing go\.sum entry for module providing package (\S+)/.exec(msg)
  // `A@v requires\n\tB@v: missing go.sum entry for go.mod file`: the line that pulls B in is A's.
  const chain = /^(\S+?)@\S+ requires\s/.exec(msg)
  const mod = /^(\S+?)@\S+?(?: \(replaced by [^)]*\))?: missing go\.sum entry/.exec(msg)
  let location: Location | undefined
  if (providing) {
    const m = providingModule(facts, providing[1] as string)
    if (m) location = moduleLine(facts, m)
  } else if (chain) location = moduleLine(facts, chain[1] as string)
  else if (mod) location = moduleLine(facts, mod[1] as string)
  if (!location && issue.file)
    location = { file: issue.file, line: issue.line, column: issue.column }
  return make(PREFLIGHT_GOSUM, issue, location ?? fallback(facts))
}

/** One finding per module line of an "inconsistent vendoring" report. */
function vendorFindings(facts: Facts, issue: PreflightIssue): Finding[] {
  const lines = issue.message.split('\n').map((l) => l.trim())
  const head = lines[0] as string
  const dir = /^inconsistent vendoring in (.+):$/.exec(head)?.[1]
  const details = lines.slice(1).filter((l) => /^\S+@\S*: /.test(l))
  const modulesTxt = dir ? vendorFile(facts, dir) : undefined
  if (details.length === 0) {
    return [make(PREFLIGHT_VENDOR, issue, modulesTxt ?? fallback(facts), head)]
  }
  return details.map((d) => {
    const modPath = (/^(\S+?)@/.exec(d) as RegExpExecArray)[1] as string
    const location = moduleLine(facts, modPath) ?? modulesTxt ?? fallback(facts)
    return make(PREFLIGHT_VENDOR, issue, location, `inconsistent vendoring: ${d}`)
  })
}

function vendorFile(facts: Facts, dir: string): Location | undefined {
  const work = facts.modules.work
  if (work?.dir === dir) return { file: work.file.replace(/go\.work$/, 'vendor/modules.txt') }
  const m = facts.modules.mods.find((x) => x.dir === dir)
  return m ? { file: m.file.replace(/go\.mod$/, 'vendor/modules.txt') } : undefined
}

/** A module-level error (`M@v: …`, `M@v (replaced by X): …`): at the line about M. */
function moduleLevel(facts: Facts, issue: PreflightIssue): Location | undefined {
  const m = /^(\S+?)@\S+?(?: \(replaced by [^)]*\))?: /.exec(issue.message)
  if (m) return moduleLine(facts, m[1] as string)
  // `conflicting replacements for M:`, `workspace module M is replaced at all versions …`
  const r =
    /^conflicting replacements for (\S+?):?(?:\s|$)/.exec(issue.message) ??
    /^workspace module (\S+) is replaced/.exec(issue.message)
  if (r) return moduleLine(facts, r[1] as string)
  return useLine(facts, issue.message)
}

const cleanUse = (p: string) => p.replace(/^\.\//, '').replace(/\/+$/, '')
const useIndex = new WeakMap<WorkFile, Map<string, Use>>()

/** The go.work's `use` lines by directory (the first of each), built once per file: Go may print
 * one error per use line, and a search per error would be quadratic. */
function usesByDir(work: WorkFile): Map<string, Use> {
  let index = useIndex.get(work)
  if (!index) {
    index = new Map()
    for (const u of work.use) {
      const key = cleanUse(u.path)
      if (!index.has(key)) index.set(key, u)
    }
    useIndex.set(work, index)
  }
  return index
}

/**
 * A workspace error about one `use` directory (`module ./a listed in go.work file …`) or one
 * module path (`module example.com/a appears multiple times in workspace`): at its use line.
 */
function useLine(facts: Facts, msg: string): Location | undefined {
  const work = facts.modules.work
  if (!work) return undefined
  const dirMatch = /module (\S+) listed in go\.work/.exec(msg)
  if (dirMatch) {
    const u = usesByDir(work.parsed).get(cleanUse(dirMatch[1] as string))
    if (u) return loc(work.file, u.pos)
  }
  const modMatch = /module (\S+) appears multiple times in workspace/.exec(msg)
  if (modMatch) {
    const dirs = new Set(
      facts.modules.mods.filter((m) => m.parsed.module?.path === modMatch[1]).map((m) => m.dir)
    )
    const uses = (work.uses ?? []).filter((u) => dirs.has(u.dir))
    const second = uses[1] ?? uses[0]
    if (second) return loc(work.file, second.use.pos)
  }
  return undefined
}

function make(
  rule: typeof PREFLIGHT_LOAD,
  issue: PreflightIssue,
  location: Location | undefined,
  message?: string
): Finding {
  const more = issue.more > 0 ? ` (and ${issue.more} more place(s))` : ''
  const clean = location
    ? (Object.fromEntries(
        Object.entries(location).filter(([, v]) => v !== undefined)
      ) as unknown as Location)
    : undefined
  return {
    rule: rule.id,
    severity: rule.defaultSeverity,
    message: `go list: ${
      message ??
      issue.message
        .split('\n')
        .map((l) => l.trim())
        .join(' ')
    }${more}`,
    ...(clean && clean.file ? { location: clean as Location } : {}),
    fix: rule.fix
  }
}

/** Maps one issue Go printed to findings. */
export function issueFindings(facts: Facts, issue: PreflightIssue): Finding[] {
  const msg = issue.message
  if (/inconsistent vendoring/.test(msg)) return vendorFindings(facts, issue)
  if (/missing go\.sum entry/.test(msg)) return [gosumFinding(facts, issue)]
  if (TOOLCHAIN.test(msg)) return [toolchainFinding(facts, issue)]
  const at: Location | undefined = issue.file
    ? { file: issue.file, line: issue.line, column: issue.column }
    : undefined
  if (PACKAGE_MISSING.test(msg)) {
    return [make(PREFLIGHT_PACKAGE, issue, at ?? moduleLevel(facts, issue) ?? fallback(facts))]
  }
  // Module-level errors (a replacement directory that does not exist, …) belong to the
  // go.mod line about the module even when Go prints the importing file's position.
  return [make(PREFLIGHT_LOAD, issue, moduleLevel(facts, issue) ?? at ?? fallback(facts))]
}

function run(facts: Facts): Finding[] {
  const p = facts.preflight
  if (!p || p.skipped) return []
  if (p.timedOutAfterS !== undefined) {
    return [
      {
        rule: PREFLIGHT_INCOMPLETE.id,
        severity: PREFLIGHT_INCOMPLETE.defaultSeverity,
        message: `preflight: \`${p.command}\` timed out after ${p.timedOutAfterS} s; Go's loader was not asked.`,
        fix: PREFLIGHT_INCOMPLETE.fix
      }
    ]
  }
  const out = p.issues.flatMap((i) => issueFindings(facts, i))
  if (p.failed !== undefined && out.length === 0) {
    out.push({
      rule: PREFLIGHT_INCOMPLETE.id,
      severity: PREFLIGHT_INCOMPLETE.defaultSeverity,
      message: `preflight: \`${p.command}\` failed without an error Go attributes: ${p.failed}`,
      fix: PREFLIGHT_INCOMPLETE.fix
    })
  }
  return out
}

export const preflightCheck: Check = {
  rules: [
    PREFLIGHT_LOAD,
    PREFLIGHT_GOSUM,
    PREFLIGHT_VENDOR,
    PREFLIGHT_PACKAGE,
    PREFLIGHT_TOOLCHAIN,
    PREFLIGHT_INCOMPLETE
  ],
  run
}

const PREFLIGHT_IDS = new Set(preflightCheck.rules.map((r) => r.id))

/**
 * One finding per file, line and concern: a preflight finding is dropped when a static rule
 * already reports an error at the same file and line (the static one carries the specific
 * fix), and repeated preflight findings at one place collapse into the first. Linear.
 */
export function dedupePreflight(findings: Finding[]): Finding[] {
  const key = (f: Finding) => `${f.location?.file ?? ''}\0${f.location?.line ?? ''}`
  const staticErrors = new Set(
    findings.filter((f) => !PREFLIGHT_IDS.has(f.rule) && f.severity === 'error').map(key)
  )
  const seen = new Set<string>()
  return findings.filter((f) => {
    if (!PREFLIGHT_IDS.has(f.rule) || f.location?.line === undefined) return true
    const k = key(f)
    if (staticErrors.has(k)) return false
    const own = `${k}\0${f.rule}\0${f.message}`
    if (seen.has(own)) return false
    seen.add(own)
    return true
  })
}

/** A preflight run in which Go loaded every package without an error and checked everything. */
export function cleanPreflight(p: PreflightFacts | undefined): boolean {
  return (
    p !== undefined &&
    p.skipped === undefined &&
    p.timedOutAfterS === undefined &&
    p.failed === undefined &&
    p.notChecked === undefined &&
    p.exitCode === 0 &&
    p.issues.length === 0
  )
}

/**
 * Go has the last word: when the preflight ran clean (Go's loader accepted the module files and
 * loaded every package, with the job's environment and nothing left unchecked), a static
 * go.mod/go.work/go.sum error cannot make `go build` fail on loading, so it is reported as a
 * notice that says so. Runs before the baseline's overrides, so an explicit severity there wins.
 */
export function deferToGo(
  findings: Finding[],
  p: PreflightFacts | undefined,
  isModfileRule: (id: string) => boolean
): Finding[] {
  if (!cleanPreflight(p)) return findings
  return findings.map((f) =>
    f.severity === 'error' && !PREFLIGHT_IDS.has(f.rule) && isModfileRule(f.rule)
      ? {
          ...f,
          severity: 'notice',
          message: `${f.message} (Go's loader accepted the module files in the preflight: go build does not fail on this here.)`
        }
      : f
  )
}
