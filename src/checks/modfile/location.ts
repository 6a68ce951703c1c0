import type { Pos } from '../../modfile/index.js'
import type { Finding, Location, RuleMeta } from '../../types.js'

/** A finding location on a go.mod/go.work node (`file` is already relative to the repository root). */
export function at(file: string, pos: Pos): Location {
  return {
    file,
    line: pos.line,
    column: pos.column,
    endLine: pos.endLine,
    endColumn: pos.endColumn
  }
}

/** A finding of `rule` at its default severity (the engine applies baseline overrides). */
export function finding(rule: RuleMeta, f: Omit<Finding, 'rule' | 'severity'>): Finding {
  return { rule: rule.id, severity: rule.defaultSeverity, ...f }
}

/** `-C DIR ` for a file below the repository root, so the fix runs from the root. */
export function dirFlag(file: string): string {
  const i = file.lastIndexOf('/')
  return i < 0 ? '' : `-C ${file.slice(0, i)} `
}
