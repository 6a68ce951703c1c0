/**
 * GBG230: vendor/modules.txt inconsistent with go.mod, the checks `go build -mod=vendor` makes
 * (cmd/go modload.checkVendorConsistency), reported on the go.mod line.
 */
import { relative, resolve, sep } from 'node:path'
import type { ModEntry } from '../../facts/modules.js'
import type { Facts } from '../../facts/types.js'
import { compareGoVersions } from '../../goversion.js'
import type { ModuleVersion } from '../../modfile/index.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { at, finding } from './location.js'
import { vendorIgnored, vendorMode, workspaceVendorMode } from './vendor-mode.js'

export const VENDOR_INCONSISTENT: RuleMeta = {
  id: 'GBG230',
  name: 'inconsistent-vendoring',
  area: 'modfile',
  defaultSeverity: 'error',
  summary:
    'vendor/modules.txt does not match go.mod: go build fails with "inconsistent vendoring".',
  fix: 'Run `go mod vendor` and commit vendor/ (or remove vendor/ and build with -mod=mod).'
}

const describe = (m: ModuleVersion): string => (m.version ? `${m.path}@${m.version}` : m.path)

function check(m: ModEntry, root: string): Finding[] {
  // vendor/ sits in the module root (also with -modfile=FILE elsewhere).
  const rel = relative(root, m.dir).split(sep).join('/')
  const vendorFile = `${rel === '' ? '' : `${rel}/`}vendor/modules.txt`
  const modules = m.vendor?.modules ?? []
  const meta = new Map(modules.map((v) => [`${v.path}@${v.version}`, v]))
  const out: Finding[] = []
  const add = (message: string, location: Finding['location']) =>
    out.push(
      finding(VENDOR_INCONSISTENT, {
        message: `inconsistent vendoring: ${message}`,
        location,
        fix: `go ${rel === '' ? '' : `-C ${rel} `}mod vendor`
      })
    )
  for (const r of m.parsed.require) {
    if (!meta.get(`${r.path}@${r.version}`)?.explicit) {
      add(
        `${r.path}@${r.version}: is explicitly required in go.mod, but not marked as explicit in ${vendorFile}`,
        at(m.file, r.pos)
      )
    }
  }
  const seen = new Set<string>()
  for (const r of m.parsed.replace) {
    const key = `${r.old.path}@${r.old.version ?? ''}`
    if (seen.has(key)) continue
    seen.add(key)
    const vr = meta.get(key)?.replacement
    if (!vr) {
      add(
        `${describe(r.old)}: is replaced in go.mod, but not marked as replaced in ${vendorFile}`,
        at(m.file, r.pos)
      )
    } else if (vr.path !== r.new.path || (vr.version ?? '') !== (r.new.version ?? '')) {
      add(
        `${describe(r.old)}: is replaced by ${describe(r.new)} in go.mod, but marked as replaced by ${describe(vr)} in ${vendorFile}`,
        at(m.file, r.pos)
      )
    }
  }
  const required = new Set(m.parsed.require.map((r) => `${r.path}@${r.version}`))
  const replaced = new Set(m.parsed.replace.map((r) => `${r.old.path}@${r.old.version ?? ''}`))
  for (const v of modules) {
    const key = `${v.path}@${v.version}`
    if (v.explicit && v.hasPackages && !required.has(key)) {
      add(
        `${describe(v)}: is marked as explicit in ${vendorFile}, but not explicitly required in go.mod`,
        { file: vendorFile, line: v.line }
      )
    }
    if (v.replacement && !replaced.has(key) && !replaced.has(`${v.path}@`)) {
      add(`${describe(v)}: is marked as replaced in ${vendorFile}, but not replaced in go.mod`, {
        file: vendorFile,
        line: v.line
      })
    }
  }
  return out
}

/** `go work vendor` checks: every workspace module against the workspace's vendor/modules.txt. */
function checkWorkspace(facts: Facts): Finding[] {
  const work = facts.modules.work
  if (!work?.dir) return []
  const workDir = work.dir
  const rel = relative(facts.root, workDir).split(sep).join('/')
  const vendorFile = `${rel === '' ? '' : `${rel}/`}vendor/modules.txt`
  const modules = work.vendor?.modules ?? []
  const meta = new Map(modules.map((v) => [`${v.path}@${v.version}`, v]))
  const out: Finding[] = []
  const add = (message: string, location: Finding['location']) =>
    out.push(
      finding(VENDOR_INCONSISTENT, {
        message: `inconsistent vendoring in ${rel === '' ? '.' : rel}: ${message}`,
        location,
        fix: `go ${rel === '' ? '' : `-C ${rel} `}work vendor`
      })
    )
  const own = new Set(facts.modules.mods.map((m) => m.parsed.module?.path))
  const required = new Set<string>()
  for (const m of facts.modules.mods) {
    for (const r of m.parsed.require) {
      if (own.has(r.path)) continue // workspace modules are not vendored
      required.add(`${r.path}@${r.version}`)
      if (!meta.get(`${r.path}@${r.version}`)?.explicit) {
        add(
          `${r.path}@${r.version}: is explicitly required in go.mod, but not marked as explicit in ${vendorFile}`,
          at(m.file, r.pos)
        )
      }
    }
  }
  // Replacements: go.work's win over the modules' (by path); directories compare resolved.
  const byWork = new Set(work.parsed.replace.map((r) => r.old.path))
  const replaces = [
    ...work.parsed.replace.map((r) => ({ file: work.file, dir: workDir, r })),
    ...facts.modules.mods.flatMap((m) =>
      m.parsed.replace
        // A workspace module is used from its directory: replaces of it are not vendored.
        .filter((r) => !byWork.has(r.old.path) && !own.has(r.old.path))
        .map((r) => ({ file: m.file, dir: m.dir, r }))
    )
  ]
  const target = (dir: string, t: ModuleVersion): string =>
    t.version === undefined ? resolve(dir, t.path) : describe(t)
  const replaced = new Set<string>()
  for (const { file, dir, r } of replaces) {
    const key = `${r.old.path}@${r.old.version ?? ''}`
    if (replaced.has(key)) continue
    replaced.add(key)
    const vr = meta.get(key)?.replacement
    if (!vr) {
      add(
        `${describe(r.old)}: is replaced in ${file}, but not marked as replaced in ${vendorFile}`,
        at(file, r.pos)
      )
    } else if (target(workDir, vr) !== target(dir, r.new)) {
      add(
        `${describe(r.old)}: is replaced by ${describe(r.new)} in ${file}, but marked as replaced by ${describe(vr)} in ${vendorFile}`,
        at(file, r.pos)
      )
    }
  }
  for (const v of modules) {
    const key = `${v.path}@${v.version}`
    // go work vendor records workspace modules as `# path version => ./dir`.
    if (own.has(v.path)) continue
    if (v.explicit && v.hasPackages && !required.has(key)) {
      add(
        `${describe(v)}: is marked as explicit in ${vendorFile}, but not explicitly required in a go.mod`,
        { file: vendorFile, line: v.line }
      )
    }
    if (v.replacement && !replaced.has(key) && !replaced.has(`${v.path}@`)) {
      add(
        `${describe(v)}: is marked as replaced in ${vendorFile}, but not replaced in the workspace`,
        {
          file: vendorFile,
          line: v.line
        }
      )
    }
  }
  return out
}

function run(facts: Facts): Finding[] {
  if (facts.modules.work) return workspaceVendorMode(facts) ? checkWorkspace(facts) : []
  return facts.modules.mods
    .filter((m) => m.main && vendorMode(m, facts.go.env))
    .filter((m) => m.parsed.go !== undefined && compareGoVersions(m.parsed.go.version, '1.14') >= 0) // older: lenient pre-1.14 checks
    .flatMap((m) => check(m, facts.root))
}

export const VENDOR_PACKAGE_MISSING: RuleMeta = {
  id: 'GBG231',
  name: 'vendored-package-missing',
  area: 'modfile',
  defaultSeverity: 'error',
  summary:
    'vendor/modules.txt lists a package whose directory under vendor/ is missing: in vendor mode go fails with "cannot find module providing package …".',
  fix: 'Run `go mod vendor` (in a workspace `go work vendor`) and commit vendor/ (check .gitignore does not drop the directory).'
}

function missingPackages(facts: Facts): Finding[] {
  const work = facts.modules.work
  const sources = work
    ? workspaceVendorMode(facts) && work.dir
      ? [{ dir: work.dir, missing: work.vendorMissing ?? [], cmd: 'work vendor' }]
      : []
    : facts.modules.mods
        .filter((m) => m.main && vendorMode(m, facts.go.env))
        .map((m) => ({ dir: m.dir, missing: m.vendorMissing ?? [], cmd: 'mod vendor' }))
  return sources.flatMap(({ dir, missing, cmd }) => {
    const rel = relative(facts.root, dir).split(sep).join('/')
    const vendorFile = `${rel === '' ? '' : `${rel}/`}vendor/modules.txt`
    return missing.map((p) =>
      finding(VENDOR_PACKAGE_MISSING, {
        message: `cannot find module providing package ${p.path}: import lookup disabled by -mod=vendor (${vendorFile} lists it, ${rel === '' ? '' : `${rel}/`}vendor/${p.path} does not exist)`,
        location: { file: vendorFile, line: p.line },
        actual: 'no directory',
        fix: `go ${rel === '' ? '' : `-C ${rel} `}${cmd}`
      })
    )
  })
}

export const VENDOR_IGNORED: RuleMeta = {
  id: 'GBG232',
  name: 'vendor-dir-ignored',
  area: 'modfile',
  defaultSeverity: 'warning',
  summary:
    'vendor/ exists but vendor/modules.txt was written for the other mode (go mod vendor vs go work vendor): go ignores vendor/ and downloads modules instead.',
  fix: 'Re-vendor for the mode the job builds in: `go work vendor` in a workspace, `go mod vendor` without one (or GOWORK=off).'
}

function ignored(facts: Facts): Finding[] {
  return vendorIgnored(facts).map(({ dir, reason }) => {
    const rel = relative(facts.root, dir).split(sep).join('/')
    const ws = facts.modules.work !== undefined
    return finding(VENDOR_IGNORED, {
      message: `${rel === '' ? '' : `${rel}/`}vendor/ is not used: ${reason} go builds with -mod=readonly, downloading every module (offline builds fail).`,
      location: { file: `${rel === '' ? '' : `${rel}/`}vendor/modules.txt`, line: 1 },
      expected: ws ? '## workspace (go work vendor)' : 'no ## workspace line (go mod vendor)',
      actual: ws ? 'no ## workspace line' : '## workspace',
      fix: `go ${rel === '' ? '' : `-C ${rel} `}${ws ? 'work vendor' : 'mod vendor'}`
    })
  })
}

export const vendorConsistencyCheck: Check = {
  rules: [VENDOR_INCONSISTENT, VENDOR_PACKAGE_MISSING, VENDOR_IGNORED],
  run: (facts) => [...run(facts), ...missingPackages(facts), ...ignored(facts)]
}
