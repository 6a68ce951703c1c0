import * as path from 'node:path'
import type { GateReport } from './types.js'

/**
 * The checked directory relative to the repository root (`/`-separated), or undefined for the
 * root itself; an absolute path when it lies outside the root.
 */
export function relativeDir(report: Pick<GateReport, 'root' | 'dir'>): string | undefined {
  const rel = path.relative(report.root, report.dir)
  if (rel === '') return undefined
  if (rel.startsWith('..') || path.isAbsolute(rel)) return report.dir
  return rel.split(path.sep).join('/')
}
