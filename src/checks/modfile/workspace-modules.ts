/**
 * Workspace errors go raises while loading go.work (cmd/go modload): GBG213 one module path used
 * by two `use` directories, GBG214 workspace modules replacing one module differently (unless
 * go.work replaces it), GBG215 a go.work replace of a workspace module at all versions.
 */
import { isAbsolute, relative, resolve } from 'node:path'
import type { Facts } from '../../facts/types.js'
import type { ModuleVersion, Replace } from '../../modfile/index.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { at, dirFlag, finding } from './location.js'
import { modByDir } from './mods-by-dir.js'

export const WORKSPACE_DUPLICATE: RuleMeta = {
  id: 'GBG213',
  name: 'workspace-module-duplicate',
  area: 'modfile',
  defaultSeverity: 'error',
  summary:
    'Two go.work `use` directories hold the same module path: go fails with "module … appears multiple times in workspace".',
  fix: 'Drop one of the directories with `go work edit -dropuse=DIR`, or give the modules different paths.'
}

export const WORKSPACE_REPLACE_CONFLICT: RuleMeta = {
  id: 'GBG214',
  name: 'workspace-replace-conflict',
  area: 'modfile',
  defaultSeverity: 'error',
  summary:
    'Workspace modules replace one module differently and go.work does not replace it: go fails with "conflicting replacements for …".',
  fix: 'Replace it once in go.work (`go work edit -replace MODULE=TARGET`), or align the replaces in the go.mod files.'
}

export const WORKSPACE_MODULE_REPLACED: RuleMeta = {
  id: 'GBG215',
  name: 'workspace-module-replaced',
  area: 'modfile',
  defaultSeverity: 'error',
  summary:
    'go.work replaces a module of the workspace at all versions: go fails with "workspace module … is replaced at all versions in the go.work file".',
  fix: 'Remove the replace from go.work (`go work edit -dropreplace=MODULE`), or name the version it replaces.'
}

const describe = (m: ModuleVersion): string => (m.version ? `${m.path}@${m.version}` : m.path)

function duplicates(facts: Facts): Finding[] {
  const work = facts.modules.work
  if (!work?.uses) return []
  const seen = new Map<string, string>()
  const out: Finding[] = []
  for (const u of work.uses) {
    const mod = modByDir(facts, u.dir)
    const path = mod?.parsed.module?.path
    if (!path) continue
    const first = seen.get(path)
    if (first === undefined) {
      seen.set(path, u.use.path)
      continue
    }
    out.push(
      finding(WORKSPACE_DUPLICATE, {
        message: `module ${path} appears multiple times in workspace (use ${first} and use ${u.use.path} in ${work.file})`,
        location: at(work.file, u.use.pos),
        actual: u.use.path,
        fix: `go ${dirFlag(work.file)}work edit -dropuse=${u.use.path}`
      })
    )
  }
  return out
}

function conflicts(facts: Facts): Finding[] {
  const work = facts.modules.work
  if (!work) return []
  const root = facts.root
  const byWork = new Set(work.parsed.replace.map((r) => r.old.path))
  // Go resolves directory targets against each module's directory before comparing them.
  const target = (dir: string, r: Replace): string =>
    r.new.version === undefined && !isAbsolute(r.new.path)
      ? resolve(dir, r.new.path)
      : describe(r.new)
  const shown = (t: string): string => (isAbsolute(t) ? relative(root, t) || '.' : t)
  const seen = new Map<string, { target: string; file: string }>()
  const out: Finding[] = []
  // Modules in go.work `use` order, as go loads them.
  const order = (work.uses ?? [])
    .map((u) => modByDir(facts, u.dir))
    .filter((m): m is NonNullable<typeof m> => m !== undefined)
  for (const m of [...new Set(order)]) {
    const own = new Set<string>()
    for (const r of m.parsed.replace) {
      if (byWork.has(r.old.path)) continue
      const key = describe(r.old)
      const t = target(m.dir, r)
      const prev = seen.get(key)
      if (prev && !own.has(key) && prev.target !== t) {
        out.push(
          finding(WORKSPACE_REPLACE_CONFLICT, {
            message: `conflicting replacements for ${key}:\n\t${shown(prev.target)} (${prev.file})\n\t${shown(t)} (${m.file})\nuse "go work edit -replace ${key}=[override]" to resolve`,
            location: at(m.file, r.newPos),
            expected: shown(prev.target),
            actual: shown(t),
            fix: `go ${dirFlag(work.file)}work edit -replace ${key}=${
              isAbsolute(prev.target) && work.dir
                ? relative(work.dir, prev.target).replace(/^(?!\.)/, './')
                : prev.target
            }`
          })
        )
      }
      own.add(key)
      seen.set(key, { target: t, file: m.file })
    }
  }
  return out
}

function replacedWorkspaceModules(facts: Facts): Finding[] {
  const work = facts.modules.work
  if (!work) return []
  const paths = new Set(facts.modules.mods.map((m) => m.parsed.module?.path))
  return work.parsed.replace
    .filter((r) => r.old.version === undefined && paths.has(r.old.path))
    .map((r) =>
      finding(WORKSPACE_MODULE_REPLACED, {
        message: `workspace module ${r.old.path} is replaced at all versions in the go.work file. To fix, remove the replacement from the go.work file or specify the version at which to replace the module.`,
        location: at(work.file, r.pos),
        actual: `replace ${r.old.path} => ${describe(r.new)}`,
        fix: `go ${dirFlag(work.file)}work edit -dropreplace=${r.old.path}`
      })
    )
}

export const workspaceModulesCheck: Check = {
  rules: [WORKSPACE_DUPLICATE, WORKSPACE_REPLACE_CONFLICT, WORKSPACE_MODULE_REPLACED],
  run: (facts) => [...duplicates(facts), ...conflicts(facts), ...replacedWorkspaceModules(facts)]
}
