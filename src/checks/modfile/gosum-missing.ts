/**
 * GBG240: go.sum missing although go.mod has requirements; GBG241: go.sum lacks the lines for a
 * requirement (the "missing go.sum entry" error of go build), checked offline.
 */
import type { ModEntry } from '../../facts/modules.js'
import type { Facts } from '../../facts/types.js'
import { type GoSum, hasGoModSum, hasZipSum } from '../../modfile/gosum.js'
import { isDirectoryPath } from '../../modfile/index.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { at, finding } from './location.js'
import { vendorMode } from './vendor-mode.js'

export const GOSUM_MISSING: RuleMeta = {
  id: 'GBG240',
  name: 'gosum-missing',
  area: 'modfile',
  defaultSeverity: 'error',
  summary:
    'go.mod has requirements but there is no go.sum next to it: go build fails with "missing go.sum entry".',
  fix: 'Run `go mod tidy` and commit go.sum.'
}

export const GOSUM_INCOMPLETE: RuleMeta = {
  id: 'GBG241',
  name: 'gosum-entry-missing',
  area: 'modfile',
  defaultSeverity: 'error',
  summary:
    'go.sum lacks the checksum lines of a requirement: go build fails with "missing go.sum entry".',
  fix: 'Run `go mod tidy` (or `go mod download MODULE`) and commit go.sum.'
}

/** The module@version whose checksums the build needs, after replace; undefined for a directory. */
function effective(
  m: ModEntry,
  path: string,
  version: string
): { path: string; version: string } | undefined {
  const r =
    m.parsed.replace.filter((x) => x.old.path === path && x.old.version === version).pop() ??
    m.parsed.replace.filter((x) => x.old.path === path && x.old.version === undefined).pop()
  if (!r) return { path, version }
  if (r.new.version === undefined || isDirectoryPath(r.new.path)) return undefined
  return { path: r.new.path, version: r.new.version }
}

/** What the checks of every module share in one run, computed once (linear in the workspace). */
interface Shared {
  /** Workspace modules and go.work directory replacements: they need no checksums. */
  local: Set<string | undefined>
  /** In a workspace, go.work.sum and every module's go.sum count: merged into one. */
  workspaceSums?: GoSum[]
}

function shared(facts: Facts): Shared {
  const w = facts.modules.work
  if (!w) return { local: new Set() }
  const local = new Set(facts.modules.mods.map((x) => x.parsed.module?.path))
  for (const r of w.parsed.replace) if (r.new.version === undefined) local.add(r.old.path)
  const all = [w.sum, ...facts.modules.mods.map((x) => x.goSum)].filter(
    (s): s is GoSum => s !== undefined
  )
  if (all.length <= 1) return { local, workspaceSums: all }
  const entries = new Set<string>()
  for (const s of all) for (const e of s.entries) entries.add(e)
  return { local, workspaceSums: [{ entries }] }
}

function check(m: ModEntry, ctx: Shared): Finding[] {
  const needed = m.parsed.require
    .filter((r) => !ctx.local.has(r.path))
    .map((r) => ({ r, eff: effective(m, r.path, r.version) }))
    .filter(
      (x): x is { r: (typeof x)['r']; eff: { path: string; version: string } } =>
        x.eff !== undefined
    )
  if (needed.length === 0) return []
  const available = ctx.workspaceSums ?? (m.goSum ? [m.goSum] : [])
  const sumFile = m.file.replace(/go\.mod$/, 'go.sum')
  if (available.length === 0) {
    return [
      finding(GOSUM_MISSING, {
        message: `${m.file} requires ${needed.length} module(s) but ${sumFile} does not exist.`,
        location: at(m.file, (needed[0] as (typeof needed)[0]).r.pos),
        fix: `cd ${m.dir} && go mod tidy`
      })
    ]
  }
  const out: Finding[] = []
  for (const { r, eff } of needed) {
    const modLine = available.some((s) => hasGoModSum(s, eff.path, eff.version))
    // Direct requirements provide imported packages: their module zips are verified too.
    const zipLine = r.indirect || available.some((s) => hasZipSum(s, eff.path, eff.version))
    if (modLine && zipLine) continue
    const what = !modLine ? `${eff.path} ${eff.version}/go.mod` : `${eff.path} ${eff.version}`
    out.push(
      finding(GOSUM_INCOMPLETE, {
        message: `missing go.sum entry for ${eff.path}@${eff.version}: ${sumFile} has no "${what}" line.`,
        location: at(m.file, r.pos),
        actual: 'no checksum line',
        expected: `${what} h1:...`,
        fix: `cd ${m.dir} && go mod download ${eff.path} && go mod tidy`
      })
    )
  }
  return out
}

function run(facts: Facts): Finding[] {
  const ctx = shared(facts)
  return facts.modules.mods
    .filter((m) => m.main && !vendorMode(m, facts.go.env))
    .flatMap((m) => check(m, ctx))
}

export const goSumCheck: Check = { rules: [GOSUM_MISSING, GOSUM_INCOMPLETE], run }
