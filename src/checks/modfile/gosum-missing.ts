/**
 * GBG240: go.sum missing although go.mod has requirements; GBG241: go.sum lacks the lines for a
 * requirement (the "missing go.sum entry" error of go build), checked offline.
 */
import type { ModEntry } from '../../facts/modules.js'
import type { Facts } from '../../facts/types.js'
import { compareGoVersions } from '../../goversion.js'
import { hasGoModSum, hasZipSum } from '../../modfile/gosum.js'
import { isDirectoryPath, type Replace, type Require } from '../../modfile/index.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { at, dirFlag, finding } from './location.js'
import { vendorMode, workspaceVendorMode } from './vendor-mode.js'

export const GOSUM_MISSING: RuleMeta = {
  id: 'GBG240',
  name: 'gosum-missing',
  area: 'modfile',
  defaultSeverity: 'error',
  summary:
    'go.mod has requirements but there is no go.sum next to it: go build fails with "missing go.sum entry".',
  fix: 'Run `go mod tidy` and commit go.sum.'
}

export const GOSUM_MALFORMED: RuleMeta = {
  id: 'GBG242',
  name: 'gosum-malformed',
  area: 'modfile',
  defaultSeverity: 'error',
  summary:
    'A go.sum line does not have three fields: go fails with "malformed go.sum: wrong number of fields" as soon as it reads it.',
  fix: 'Fix or delete the line, then run `go mod tidy` (the one go command that skips such lines) and commit go.sum.'
}

export const GOSUM_INCOMPLETE: RuleMeta = {
  id: 'GBG241',
  name: 'gosum-entry-missing',
  area: 'modfile',
  defaultSeverity: 'error',
  summary:
    'go.sum lacks the checksum lines of a requirement: go build fails with "missing go.sum entry" when it loads that module (an error when a package of the module imports it, a warning when only the preflight can tell).',
  fix: 'Run `go mod tidy` (or `go mod download MODULE`) and commit go.sum.'
}

/** The module@version whose checksums the build needs, after replace; undefined for a directory. */
type Effective = { path: string; version: string; replaced: boolean } | undefined

/**
 * The replace lines of a module by old path: the last one for each exact version and the last one
 * for all versions (go uses the last of duplicates; `go mod tidy` rejects them anyway). Built once
 * per module, so looking up every requirement is linear in requirements plus replaces.
 */
function replaceIndex(m: ModEntry): (path: string, version: string) => Effective {
  const byVersion = new Map<string, Replace>()
  const anyVersion = new Map<string, Replace>()
  for (const r of m.parsed.replace) {
    if (r.old.version === undefined) anyVersion.set(r.old.path, r)
    else byVersion.set(`${r.old.path} ${r.old.version}`, r)
  }
  return (path, version) => {
    const r =
      (byVersion.size > 0 ? byVersion.get(`${path} ${version}`) : undefined) ?? anyVersion.get(path)
    if (!r) return { path, version, replaced: false }
    if (r.new.version === undefined || isDirectoryPath(r.new.path)) return undefined
    return { path: r.new.path, version: r.new.version, replaced: true }
  }
}

/** Workspace modules and go.work directory replacements: they need no checksums (once per run). */
function localModules(facts: Facts): Set<string | undefined> {
  const w = facts.modules.work
  const local = new Set(w ? facts.modules.mods.map((x) => x.parsed.module?.path) : [])
  for (const r of w?.parsed.replace ?? []) if (r.new.version === undefined) local.add(r.old.path)
  return local
}

function check(facts: Facts, m: ModEntry, local: Set<string | undefined>): Finding[] {
  const w = facts.modules.work
  const effective = replaceIndex(m)
  const needed: Array<{ r: Require; eff: NonNullable<Effective> }> = []
  for (const r of m.parsed.require) {
    if (local.has(r.path)) continue
    const eff = effective(r.path, r.version)
    if (eff) needed.push({ r, eff })
  }
  if (needed.length === 0) return []
  const sumFile = m.sumFile ?? m.file.replace(/go\.mod$/, 'go.sum')
  const goDir = `go ${dirFlag(m.file)}`
  const cmd = (args: string) => `${goDir}${args}`
  // In a workspace go takes a missing line from go.work.sum, or downloads it and writes it
  // there, even under -mod=readonly: only the module built alone (GOWORK=off) needs it.
  const alone = w
    ? ` Only a build of this module alone (GOWORK=off) fails; the workspace uses ${w.file.replace(/go\.work$/, 'go.work.sum')}.`
    : ''
  const severity = w ? { severity: 'notice' as const } : {}
  if (!m.goSum) {
    return [
      {
        ...finding(GOSUM_MISSING, {
          message: `${m.file} requires ${needed.length} module(s) but ${sumFile} does not exist.${alone}`,
          location: at(m.file, (needed[0] as (typeof needed)[0]).r.pos),
          fix: cmd('mod tidy')
        }),
        ...severity
      }
    ]
  }
  const own = m.goSum
  if (own.malformed) {
    // go stops at the first malformed line; the missing lines after it are not the problem yet.
    const { line, fields } = own.malformed
    return [
      finding(GOSUM_MALFORMED, {
        message: `malformed go.sum:\n${sumFile}:${line}: wrong number of fields ${fields}`,
        location: { file: sumFile, line },
        expected: '3 fields: module version hash',
        actual: `${fields} field(s)`,
        fix: `fix or delete ${sumFile}:${line}, then ${cmd('mod tidy')}`
      })
    ]
  }
  const out: Finding[] = []
  const imported = importedModules(m)
  // Below go 1.17 go loads the whole module graph, so it reads every requirement's go.mod.
  const fullGraph = m.parsed.go === undefined || compareGoVersions(m.parsed.go.version, '1.17') < 0
  // The parts every finding of this module shares, made once (each finding's message refers to
  // them rather than holding its own copy).
  const hasNo = `: ${sumFile} has no "`
  const lineEnd = `" line.${alone}`
  const maybe = ` No package of ${m.parsed.module?.path ?? 'this module'} imports it for ${GOOS_GOARCH(facts)}, so go fails only if the build loads one of its packages through a dependency or other build tags (the preflight checks the whole build).`
  const download = `${goDir}mod download `
  for (const { r, eff } of needed) {
    const modLine = hasGoModSum(own, eff.path, eff.version)
    // Direct requirements provide imported packages: their module zips are verified too.
    const zipLine = r.indirect || hasZipSum(own, eff.path, eff.version)
    if (modLine && zipLine) continue
    const what = !modLine ? `${eff.path} ${eff.version}/go.mod` : `${eff.path} ${eff.version}`
    const replaced = eff.replaced ? ` (replaced by ${eff.path}@${eff.version})` : ''
    // Go reads a checksum only for what the build loads: certain when a package of the module
    // imports this one (or, for a go.mod line, when go loads the whole graph); otherwise go may
    // never read it (a build-tag-only import, a requirement of a pruned graph).
    const certain = imported.has(r.path) || (!modLine && fullGraph)
    out.push({
      rule: GOSUM_INCOMPLETE.id,
      severity: w ? 'notice' : certain ? GOSUM_INCOMPLETE.defaultSeverity : 'warning',
      message: `${r.path}@${r.version}${replaced}: missing go.sum entry${!modLine ? ' for go.mod file' : ''}${hasNo}${what}${lineEnd}${certain ? '' : maybe}`,
      location: at(m.file, r.pos),
      actual: 'no checksum line',
      expected: `${what} h1:...`,
      // Go's own hint names the required path; go resolves the replacement itself.
      fix: `${download}${r.path}`
    })
  }
  return out
}

const GOOS_GOARCH = (facts: Facts): string =>
  `${facts.go.env.GOOS ?? '?'}/${facts.go.env.GOARCH ?? '?'}`

/**
 * The required modules that provide a package the module's own packages or tests import: the
 * longest requirement path that is a prefix of the import path (path-component-wise), as go
 * resolves it. Empty when the imports were not collected.
 */
function importedModules(m: ModEntry): Set<string> {
  const out = new Set<string>()
  if (!m.imports?.length) return out
  const own = m.parsed.module?.path
  const paths = new Set(m.parsed.require.map((r) => r.path))
  for (const imp of m.imports ?? []) {
    for (let p = imp; p !== ''; p = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '') {
      if (p === own) break
      if (paths.has(p)) {
        out.add(p)
        break
      }
    }
  }
  return out
}

function run(facts: Facts): Finding[] {
  if (workspaceVendorMode(facts)) return [] // go reads the workspace's vendor/, no checksums
  const local = localModules(facts)
  return facts.modules.mods
    .filter((m) => m.main && !vendorMode(m, facts.go.env))
    .flatMap((m) => check(facts, m, local))
}

export const goSumCheck: Check = {
  rules: [GOSUM_MISSING, GOSUM_INCOMPLETE, GOSUM_MALFORMED],
  run
}
