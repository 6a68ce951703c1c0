/**
 * GBG230: vendor/modules.txt inconsistent with go.mod, the checks `go build -mod=vendor` makes
 * (cmd/go modload.checkVendorConsistency), reported on the go.mod line.
 */
import { relative, sep } from 'node:path'
import type { ModEntry } from '../../facts/modules.js'
import type { Facts } from '../../facts/types.js'
import { compareGoVersions } from '../../goversion.js'
import type { ModuleVersion } from '../../modfile/index.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { at, finding } from './location.js'
import { vendorMode } from './vendor-mode.js'

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

function run(facts: Facts): Finding[] {
  if (facts.modules.work) return [] // workspace vendoring (go work vendor) is checked by go itself
  return facts.modules.mods
    .filter((m) => m.main && vendorMode(m, facts.go.env))
    .filter((m) => m.parsed.go !== undefined && compareGoVersions(m.parsed.go.version, '1.14') >= 0) // older: lenient pre-1.14 checks
    .flatMap((m) => check(m, facts.root))
}

export const vendorConsistencyCheck: Check = { rules: [VENDOR_INCONSISTENT], run }
