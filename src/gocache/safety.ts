import { realpathSync } from 'node:fs'
import { homedir, userInfo } from 'node:os'
import path from 'node:path'
import { isInside } from '../root.js'
import { UsageError } from '../errors.js'

/** Directories the cache root must never be, nor contain. */
export interface ProtectedPlaces {
  /** Home directories ($HOME, os.homedir() and the account's home in the passwd database). */
  homes: string[]
  /** GOROOT (from go env). */
  goroot?: string
  /** The workspace (repository root / GITHUB_WORKSPACE). */
  workspace?: string
  /** More workspaces: GITHUB_WORKSPACE and the repository root found from the working directory. */
  workspaces?: (string | undefined)[]
}

function real(p: string): string {
  try {
    return realpathSync(p)
  } catch {
    return path.resolve(p)
  }
}

/**
 * The homes the gate protects: $HOME (and USERPROFILE), os.homedir() (which follows $HOME), and
 * the account's home from the passwd database (os.userInfo() reads it, ignoring $HOME).
 */
export function homeDirs(env: Record<string, string | undefined> = process.env): string[] {
  let passwd: string | undefined
  try {
    passwd = userInfo().homedir
  } catch {
    passwd = undefined // no passwd entry for this uid
  }
  return [env.HOME, env.USERPROFILE, homedir(), passwd].filter((h): h is string => !!h)
}

/**
 * The workspaces the gate protects: the repository root it found from the working directory and
 * GITHUB_WORKSPACE, which differ when `working-directory` lies outside the workspace.
 */
export function workspaceDirs(
  repoRoot: string,
  env: Record<string, string | undefined> = process.env
): string[] {
  return [repoRoot, env.GITHUB_WORKSPACE].filter((w): w is string => !!w)
}

/**
 * Refuses a cache root that pruning could turn into a disaster: the file-system root, a home
 * directory, GOROOT, the workspace, or any ancestor of those. Returns the absolute root with
 * symbolic links in the root path itself resolved (links inside the cache are never followed).
 */
export function checkCacheRoot(root: string, places: ProtectedPlaces): string {
  if (!root || root === 'off')
    throw new UsageError(
      'the Go build cache is disabled (GOCACHE=off), so there is nothing to verify or prune',
      undefined,
      'unset GOCACHE=off, or run with --cache-verify off --prune off'
    )
  if (!path.isAbsolute(root))
    throw new UsageError(
      `the cache root ${JSON.stringify(root)} is not an absolute path`,
      undefined,
      'set GOCACHE (or --gocache) to an absolute directory'
    )
  const abs = real(root)
  const named: [string, string | undefined][] = [
    ...places.homes.map((h): [string, string] => ['a home directory', h]),
    ['GOROOT', places.goroot],
    ...[places.workspace, ...(places.workspaces ?? [])].map((w): [string, string | undefined] => [
      'the workspace',
      w
    ])
  ]
  if (abs === path.parse(abs).root || path.resolve(root) === path.parse(abs).root)
    throw refuse(root, 'the file-system root')
  for (const [what, dir] of named) {
    if (!dir) continue
    for (const candidate of new Set([path.resolve(dir), real(dir)])) {
      for (const r of new Set([path.resolve(root), abs])) {
        if (isInside(candidate, r))
          throw refuse(root, r === candidate ? what : `an ancestor of ${what} (${candidate})`)
      }
    }
  }
  return abs
}

function refuse(root: string, what: string): UsageError {
  return new UsageError(
    `refusing to use ${JSON.stringify(root)} as the Go build cache: it is ${what}, and pruning would delete files there`,
    undefined,
    'point GOCACHE (or --gocache) at a dedicated directory such as ~/.cache/go-build'
  )
}
