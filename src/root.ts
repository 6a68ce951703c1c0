import { existsSync } from 'node:fs'
import * as path from 'node:path'

/**
 * The repository root for a directory: GITHUB_WORKSPACE when the directory is inside it (the
 * action), else the nearest ancestor holding `.git`, else the directory itself.
 */
export function findRoot(dir: string, env: Record<string, string | undefined>): string {
  const workspace = env.GITHUB_WORKSPACE ? path.resolve(env.GITHUB_WORKSPACE) : undefined
  if (workspace && isInside(dir, workspace)) return workspace
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) return d
    if (path.dirname(d) === d) return dir
  }
}

/** True when `child` is `parent` or below it. */
export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/** A path as findings show it: relative to the repository root when inside it, `/` separators. */
export function displayPath(file: string, root: string): string {
  const rel = path.relative(root, file)
  if (rel === '') return '.'
  return isInside(file, root) ? rel.split(path.sep).join('/') : file
}
