import { constants } from 'node:fs'
import { access, readdir, realpath, stat } from './fs-async.js'
import { readRegularFile } from './readfile.js'
import path from 'node:path'
import { isExecutable, pathCandidates } from './go.js'

/**
 * File-system facts behind the built-in env policy: is GOCACHE usable, which `go` binaries
 * PATH holds and which GOROOT each belongs to, where GOROOT's own `go` is.
 */

export interface DirProbe {
  /** The path as `go env` reports it. */
  path: string
  exists: boolean
  isDirectory: boolean
  /** The directory exists and the process may write to it. */
  writable: boolean
  /** It does not exist yet, but its nearest existing ancestor is a writable directory (Go would create it). */
  creatable: boolean
}

export interface GoOnPath {
  /** Where PATH finds it. */
  path: string
  /** With symlinks resolved. */
  realPath: string
  /** The Go installation it belongs to (`<root>/bin/go` with a `<root>/VERSION` file). */
  goroot?: string
  /** First line of `<goroot>/VERSION`, e.g. `go1.26.8`. */
  version?: string
}

export interface PathFacts {
  /** GOCACHE, unless it is empty or `off`. */
  gocache?: DirProbe
  /** Every `go` binary along PATH, in PATH order. */
  goOnPath: GoOnPath[]
  /** `$GOROOT/bin/go` with symlinks resolved, when it exists. */
  gorootGo?: string
  /**
   * With GOTOOLCHAIN `path` or `…+path`: the executables named like a toolchain (`go1.22.3`) on
   * PATH, which is where go looks for the toolchain it switches to (exec.LookPath).
   */
  toolchainsOnPath?: string[]
}

async function isDir(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isDirectory() ?? false
}

async function canWrite(p: string): Promise<boolean> {
  return access(p, constants.W_OK).then(
    () => true,
    () => false
  )
}

/** Probes a directory without creating anything. */
export async function probeDir(dir: string): Promise<DirProbe> {
  const st = await stat(dir).catch(() => undefined)
  if (st) {
    const isDirectory = st.isDirectory()
    return {
      path: dir,
      exists: true,
      isDirectory,
      writable: isDirectory && (await canWrite(dir)),
      creatable: false
    }
  }
  let parent = path.dirname(dir)
  while (!(await stat(parent).catch(() => undefined)) && path.dirname(parent) !== parent) {
    parent = path.dirname(parent)
  }
  const creatable = (await isDir(parent)) && (await canWrite(parent))
  return { path: dir, exists: false, isDirectory: false, writable: false, creatable }
}

async function describeGo(file: string): Promise<GoOnPath> {
  const realPath = await realpath(file)
  const root = path.dirname(path.dirname(realPath))
  const version = await readRegularFile(path.join(root, 'VERSION'), 64 * 1024).then(
    (t) => t.toString('utf8').split('\n')[0]?.trim(),
    () => undefined
  )
  return version ? { path: file, realPath, goroot: root, version } : { path: file, realPath }
}

/** Every `go` executable along PATH, in order, duplicates (same real path) removed. */
export async function findGoOnPath(
  processEnv: Record<string, string | undefined>,
  platform: NodeJS.Platform = process.platform
): Promise<GoOnPath[]> {
  const found: GoOnPath[] = []
  for (const file of pathCandidates('go', processEnv, platform).filter(isExecutable)) {
    const go = await describeGo(file)
    if (!found.some((g) => g.realPath === go.realPath)) found.push(go)
  }
  return found
}

/** Names of executables on PATH that look like toolchains (`go1.N…`), PATHEXT stripped on Windows. */
async function findToolchainsOnPath(env: Record<string, string | undefined>): Promise<string[]> {
  const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean)
  const names = await Promise.all(
    dirs.map(async (dir) => {
      const entries = await readdir(dir).catch(() => [] as string[])
      return entries
        .filter((n) => /^go1\.\d/.test(n) && isExecutable(path.join(dir, n)))
        .map((n) => (process.platform === 'win32' ? n.replace(/\.exe$/i, '') : n))
    })
  )
  return [...new Set(names.flat())]
}

export async function probeGoPaths(
  goEnv: Record<string, string>,
  processEnv: Record<string, string | undefined>
): Promise<PathFacts> {
  const cache = goEnv.GOCACHE
  const exe = process.platform === 'win32' ? 'go.exe' : 'go'
  const pathMode = /(^|\+)path$/.test(goEnv.GOTOOLCHAIN ?? '')
  const [gocache, goOnPath, gorootGo, toolchainsOnPath] = await Promise.all([
    cache && cache !== 'off' && path.isAbsolute(cache) ? probeDir(cache) : undefined,
    findGoOnPath(processEnv),
    goEnv.GOROOT ? realpath(path.join(goEnv.GOROOT, 'bin', exe)).catch(() => undefined) : undefined,
    pathMode ? findToolchainsOnPath(processEnv) : undefined
  ])
  return {
    ...(gocache ? { gocache } : {}),
    goOnPath,
    ...(gorootGo ? { gorootGo } : {}),
    ...(toolchainsOnPath ? { toolchainsOnPath } : {})
  }
}
