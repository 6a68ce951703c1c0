/** GBG210: the go.work `go` line is lower than a used module's `go` line (go refuses to load the workspace). */
import type { Facts } from '../../facts/types.js'
import { compareGoVersions } from '../../goversion.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { at, dirFlag, finding } from './location.js'
import { modByDir } from './mods-by-dir.js'

export const WORKSPACE_GO_BELOW_MODULE: RuleMeta = {
  id: 'GBG210',
  name: 'workspace-go-below-module',
  area: 'modfile',
  defaultSeverity: 'error',
  summary:
    "The go.work go line is lower than a used module's go line: go commands fail in the workspace.",
  fix: 'Run `go work use` (it raises the go.work go line), or lower the module go line.'
}

function run(facts: Facts): Finding[] {
  const work = facts.modules.work
  if (!work?.uses) return []
  // Without a go line, go.work means go 1.18.
  const workGo = work.parsed.go?.version ?? '1.18'
  const lists = work.parsed.go
    ? `${work.file} lists go ${workGo}`
    : `${work.file} implicitly requires go 1.18`
  const out: Finding[] = []
  for (const u of work.uses) {
    const mod = modByDir(facts, u.dir)
    const go = mod?.parsed.go
    if (!mod || !go || compareGoVersions(go.version, workGo) <= 0) continue
    // Before Go 1.21 a go line was no requirement: go checks only lines from 1.21 on.
    if (compareGoVersions(go.version, '1.21') < 0) continue
    out.push(
      finding(WORKSPACE_GO_BELOW_MODULE, {
        message: `module ${u.use.path.replace(/^\.\//, '')} listed in ${work.file} file requires go >= ${go.version} (${mod.file}:${go.pos.line}), but ${lists}; to update it: go work use`,
        location: at(work.file, work.parsed.go?.pos ?? u.use.pos),
        expected: `go >= ${go.version}`,
        actual: `go ${workGo}`,
        fix: `go ${dirFlag(work.file)}work use`
      })
    )
  }
  return out
}

export const workspaceGoCheck: Check = { rules: [WORKSPACE_GO_BELOW_MODULE], run }
