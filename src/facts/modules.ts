/**
 * Module facts: which go.work / go.mod files the build uses, parsed with positions, plus the
 * go.sum and vendor/modules.txt next to them. Discovery follows the go command: GOWORK (a path,
 * `off`, or unset = search upward from the working directory); without a workspace, every
 * go.mod under the working directory (skipping vendor/, testdata/, node_modules/ and dot
 * directories) plus the go.mod that governs the working directory itself.
 * Parse and read errors are recorded in `errors`, never thrown.
 */
import type { Dirent } from 'node:fs'
import { readdir, stat } from './fs-async.js'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import {
  type ModFile,
  type Replace,
  type Use,
  type WorkFile,
  ModfileSyntaxError,
  isDirectoryPath,
  parseGoMod,
  parseGoWork
} from '../modfile/index.js'
import { type GoSum, hasGoModSum, hasZipSum, parseGoSum } from '../modfile/gosum.js'
import { moduleImports } from './imports.js'
import { displayPath } from '../root.js'
import { displayName, isUtf8, modFilesUnder, type UncheckedModule } from './names.js'
import { readRegularFile } from './readfile.js'
import { type VendorModules, parseVendorModules } from '../modfile/vendor.js'

/** A parse error in go.mod/go.work, reported as a finding rather than thrown. */
export interface ModParseError {
  file: string
  line: number
  column: number
  message: string
}

export interface ModEntry {
  /** Path relative to the repository root (with `/`). */
  file: string
  /** Absolute directory of the go.mod. */
  dir: string
  parsed: ModFile
  /**
   * True for a main module of the build: a workspace module, or (without a workspace) the
   * go.mod governing the working directory. Other discovered go.mod files are nested modules.
   */
  main?: boolean
  /** go.sum next to the go.mod (alt.sum for `-modfile=alt.mod`); undefined when there is none. */
  goSum?: GoSum
  /** That go.sum's path relative to the repository root. */
  sumFile?: string
  /** vendor/modules.txt; undefined when there is none. */
  vendor?: VendorModules
  /** A vendor/ directory exists next to the go.mod. */
  hasVendorDir?: boolean
  /** Package lines of vendor/modules.txt whose vendor/PATH directory does not exist. */
  vendorMissing?: Array<{ path: string; line: number }>
  /** The local directories its `replace` lines point at. */
  replaceDirs?: ReplaceDir[]
  /**
   * Import paths of the module's own packages and tests for this GOOS/GOARCH and build tags
   * (src/facts/imports.ts). Collected only for a main module outside a workspace whose go.sum
   * lacks a line, to tell a checksum the build certainly needs from one it may never read.
   */
  imports?: string[]
}

export interface ReplaceDir {
  replace: Replace
  /** Absolute directory (resolved against the go.mod/go.work directory). */
  dir: string
  exists: boolean
  hasGoMod: boolean
  /** The `go` line of the replacement's go.mod, when it has one that parses. */
  go?: string
}

export interface WorkUse {
  use: Use
  /** Absolute directory the `use` line names. */
  dir: string
  exists: boolean
  hasGoMod: boolean
}

export interface ModuleFacts {
  /** The go.work in use (GOWORK honoured), relative path from the repository root. */
  work?: {
    file: string
    /** Absolute directory of the go.work. */
    dir?: string
    parsed: WorkFile
    uses?: WorkUse[]
    /** go.work.sum, when present. */
    sum?: GoSum
    replaceDirs?: ReplaceDir[]
    /** The workspace's vendor/modules.txt (`go work vendor`), next to go.work. */
    vendor?: VendorModules
    hasVendorDir?: boolean
    vendorMissing?: Array<{ path: string; line: number }>
  }
  /** `off` when GOWORK=off, else undefined. */
  gowork?: 'off'
  /**
   * `-modfile=FILE` in GOFLAGS: go reads FILE (relative to the working directory) and its .sum
   * instead of the main module's go.mod and go.sum. `error` is go's own message when go refuses it.
   */
  modfile?: { flag: string; file?: string; error?: string }
  /** go.mod files of the build: path relative to the repository root, absolute dir. */
  mods: ModEntry[]
  errors: ModParseError[]
  /** go.mod files found but not checked (a directory name that is not valid UTF-8). */
  unchecked?: UncheckedModule[]
}

const SKIP_DIRS = new Set(['vendor', 'testdata', 'node_modules'])

async function readText(file: string): Promise<string | undefined> {
  try {
    return (await readRegularFile(file)).toString('utf8')
  } catch {
    return undefined
  }
}

async function isDir(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

/** File system calls of a DirProbe in flight at once. */
const PROBES = 32

/** At most `limit` calls of the returned runner in flight at once; the rest wait their turn. */
export function limiter(limit: number): <T>(fn: () => Promise<T>) => Promise<T> {
  let active = 0
  // A queue read from `head` (Array.prototype.shift copies the rest of a long array: 100,000
  // waiting calls made it quadratic).
  let waiting: Array<() => void> = []
  let head = 0
  return async (fn) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve))
    active++
    try {
      return await fn()
    } finally {
      active--
      if (head < waiting.length) {
        const next = waiting[head++]!
        if (head === waiting.length) {
          waiting = []
          head = 0
        }
        next()
      }
    }
  }
}

/**
 * The directory questions of one run (replace targets, use lines, vendored packages), each path
 * asked once and at most PROBES at a time: thousands of replace lines must not become thousands
 * of stat calls at once, nor one per line when they share directories. A directory whose parent
 * is missing is missing too, without a call of its own (paths here are normalized, so the system
 * walks exactly these parents): 10,000 replacements under one missing directory cost one stat.
 */
export class DirProbe {
  private readonly dirs = new Map<string, Promise<boolean>>()
  private readonly files = new Map<string, Promise<boolean>>()
  private readonly run = limiter(PROBES)

  isDir(dir: string): Promise<boolean> {
    let known = this.dirs.get(dir)
    if (known === undefined) {
      const parent = dirname(dir)
      const up = parent === dir ? Promise.resolve(true) : this.isDir(parent)
      known = up.then((there) => there && this.run(() => isDir(dir)))
      this.dirs.set(dir, known)
    }
    return known
  }

  /** `dir/name` is a regular file (or a link to one); asked only when `dir` exists. */
  hasFile(dir: string, name: string): Promise<boolean> {
    const file = join(dir, name)
    let known = this.files.get(file)
    if (known === undefined) {
      known = this.isDir(dir).then((there) => there && this.run(() => isFile(file)))
      this.files.set(file, known)
    }
    return known
  }

  /** Runs a read (or any file call) within the same limit. */
  limit<T>(fn: () => Promise<T>): Promise<T> {
    return this.run(fn)
  }
}

/** Parses one file, recording a parse or read error instead of throwing. */
async function parseFile<T>(
  root: string,
  abs: string,
  parse: (text: string, file: string) => T,
  errors: ModParseError[]
): Promise<T | undefined> {
  const file = displayPath(abs, root)
  const text = await readText(abs)
  if (text === undefined) {
    errors.push({ file, line: 1, column: 1, message: `cannot read ${file}` })
    return undefined
  }
  try {
    return parse(text, file)
  } catch (e) {
    if (!(e instanceof ModfileSyntaxError)) throw e
    for (const err of e.errors) errors.push({ file, ...err })
    return undefined
  }
}

/** The go line of a replacement's go.mod (its own parse errors are go's to report, not ours). */
async function goLine(file: string): Promise<string | undefined> {
  const text = await readText(file)
  if (text === undefined) return undefined
  try {
    return parseGoMod(text, file).go?.version
  } catch {
    return undefined
  }
}

async function replaceDirs(
  base: string,
  replaces: Replace[],
  probe: DirProbe
): Promise<ReplaceDir[]> {
  // The go line of each distinct replacement go.mod, read once.
  const goLines = new Map<string, Promise<string | undefined>>()
  return Promise.all(
    replaces
      .filter((r) => r.new.version === undefined && isDirectoryPath(r.new.path))
      .map(async (replace) => {
        const dir = resolve(base, replace.new.path)
        // hasFile asks isDir first anyway: a missing directory (thousands of replacements to
        // removed directories) costs no file question of its own.
        const exists = await probe.isDir(dir)
        const hasGoMod = exists && (await probe.hasFile(dir, 'go.mod'))
        let go: string | undefined
        if (hasGoMod) {
          const file = join(dir, 'go.mod')
          let line = goLines.get(file)
          if (line === undefined) goLines.set(file, (line = probe.limit(() => goLine(file))))
          go = await line
        }
        return { replace, dir, exists, hasGoMod, ...(go ? { go } : {}) }
      })
  )
}

/** Package lines whose directory under vendor/ is missing (go: cannot find module providing package). */
async function missingVendored(
  dir: string,
  vendor: VendorModules | undefined,
  probe: DirProbe
): Promise<Array<{ path: string; line: number }> | undefined> {
  if (!vendor) return undefined
  const pkgs = vendor.modules.flatMap((m) => m.packages)
  const present = await Promise.all(
    pkgs.map((p) => probe.isDir(resolve(dir, 'vendor', ...p.path.split('/'))))
  )
  return pkgs.filter((_, i) => !present[i])
}

async function readMod(
  root: string,
  dir: string,
  main: boolean,
  errors: ModParseError[],
  probe: DirProbe,
  modFile = join(dir, 'go.mod')
): Promise<ModEntry | undefined> {
  const parsed = await parseFile(root, modFile, (t, f) => parseGoMod(t, f), errors)
  if (!parsed) return undefined
  const sumPath = modFile.replace(/\.mod$/, '.sum')
  const [sumText, vendorText, hasVendorDir, replaced] = await Promise.all([
    readText(sumPath),
    readText(join(dir, 'vendor', 'modules.txt')),
    isDir(join(dir, 'vendor')),
    replaceDirs(dir, parsed.replace, probe)
  ])
  const vendor = vendorText === undefined ? undefined : parseVendorModules(vendorText)
  const missing = await missingVendored(dir, vendor, probe)
  return {
    file: parsed.file,
    dir,
    parsed,
    main,
    ...(sumText !== undefined ? { goSum: parseGoSum(sumText) } : {}),
    sumFile: displayPath(sumPath, root),
    ...(vendor ? { vendor } : {}),
    ...(missing ? { vendorMissing: missing } : {}),
    hasVendorDir,
    replaceDirs: replaced
  }
}

/** The nearest directory at or above `dir` holding `name`, like the go command's search. */
async function findUp(dir: string, name: string): Promise<string | undefined> {
  for (let d = dir; ; d = dirname(d)) {
    if (await isFile(join(d, name))) return join(d, name)
    if (dirname(d) === d) return undefined
  }
}

/**
 * Every directory under `dir` containing a go.mod, skipping vendor/testdata/node_modules/dot dirs.
 * go.mod files under a name that is not valid UTF-8 go to `unchecked` (see src/facts/names.ts).
 */
async function findModDirs(
  dir: string,
  root: string,
  unchecked: UncheckedModule[]
): Promise<string[]> {
  const found: string[] = []
  const skip = (name: string): boolean => SKIP_DIRS.has(name) || name.startsWith('.')
  const walk = async (d: string): Promise<void> => {
    let entries: Dirent<Buffer>[]
    try {
      entries = await readdir(d, { withFileTypes: true, encoding: 'buffer' })
    } catch {
      return
    }
    if (entries.some((e) => e.isFile() && e.name.toString() === 'go.mod')) found.push(d)
    const subdirs = entries.filter((e) => e.isDirectory() && !skip(displayName(e.name)))
    await Promise.all(
      subdirs.map(async (e) => {
        if (isUtf8(e.name)) return walk(join(d, e.name.toString()))
        const shown = `${d === root ? '' : `${displayPath(d, root)}/`}${displayName(e.name)}`
        const under = Buffer.concat([Buffer.from(`${d}/`), e.name])
        for (const u of await modFilesUnder(under, shown, skip)) unchecked.push(u)
      })
    )
  }
  await walk(dir)
  return found.sort()
}

/** The go.work in use: GOWORK when set (`off` disables), else the nearest one above dir. */
async function workFilePath(dir: string, env: Record<string, string>): Promise<string | undefined> {
  const gowork = env.GOWORK
  if (gowork === 'off') return undefined
  if (gowork) return isAbsolute(gowork) ? gowork : resolve(dir, gowork)
  if ('GOWORK' in env) return undefined // go env reports '' when the search found nothing
  return findUp(dir, 'go.work')
}

/** Where the module files of a directory are, found by a few stats (before any is read). */
export interface ModuleLayout {
  /** The go.work that applies (GOWORK, else the search upwards). */
  workPath?: string
  /** Without a go.work: the main module's go.mod, in the directory or above it. */
  mainGoMod?: string
}

export async function moduleLayout(
  dir: string,
  env: Record<string, string>
): Promise<ModuleLayout> {
  const d = resolve(dir)
  const workPath = await workFilePath(d, env)
  if (workPath) return { workPath }
  const mainGoMod = await findUp(d, 'go.mod')
  return mainGoMod ? { mainGoMod } : {}
}

/**
 * One module and no workspace governs the directory, and GOFLAGS has no -modfile: go list then
 * loads ./..., which the preflight can start before the module files are read.
 */
export function isSingleModule(layout: ModuleLayout, env: Record<string, string>): boolean {
  return (
    layout.workPath === undefined &&
    layout.mainGoMod !== undefined &&
    goFlagsModfile(env.GOFLAGS) === undefined
  )
}

async function workspaceFacts(
  root: string,
  workPath: string,
  errors: ModParseError[],
  probe: DirProbe
): Promise<{ work?: ModuleFacts['work']; mods: ModEntry[] }> {
  const parsed = await parseFile(root, workPath, (t, f) => parseGoWork(t, f), errors)
  if (!parsed) return { mods: [] }
  const workDir = dirname(workPath)
  const uses = await Promise.all(
    parsed.use.map(async (use) => {
      const dir = resolve(workDir, use.path)
      const [exists, hasGoMod] = await Promise.all([probe.isDir(dir), probe.hasFile(dir, 'go.mod')])
      return { use, dir, exists, hasGoMod }
    })
  )
  const [sumText, vendorText, hasVendorDir] = await Promise.all([
    readText(join(workDir, 'go.work.sum')),
    readText(join(workDir, 'vendor', 'modules.txt')),
    isDir(join(workDir, 'vendor'))
  ])
  const vendor = vendorText === undefined ? undefined : parseVendorModules(vendorText)
  const vendorMissing = await missingVendored(workDir, vendor, probe)
  const mods = await Promise.all(
    uses.filter((u) => u.hasGoMod).map((u) => readMod(root, u.dir, true, errors, probe))
  )
  return {
    work: {
      file: parsed.file,
      dir: workDir,
      parsed,
      uses,
      replaceDirs: await replaceDirs(workDir, parsed.replace, probe),
      hasVendorDir,
      ...(vendor ? { vendor } : {}),
      ...(vendorMissing ? { vendorMissing } : {}),
      ...(sumText !== undefined ? { sum: parseGoSum(sumText) } : {})
    },
    mods: mods.filter((m): m is ModEntry => m !== undefined)
  }
}

/** The value of `-modfile=` in GOFLAGS (the last one wins, as for any go flag). */
export function goFlagsModfile(goflags: string | undefined): string | undefined {
  let value: string | undefined
  for (const f of (goflags ?? '').split(/\s+/)) {
    const m = /^--?modfile=(.*)$/.exec(f)
    if (m) value = m[1]
  }
  return value
}

/** Where `-modfile` points, or go's message when it refuses it (cmd/go modload.Init). */
async function modfileFacts(
  root: string,
  dir: string,
  flag: string,
  mainDir: string | undefined
): Promise<{ abs?: string; facts: NonNullable<ModuleFacts['modfile']> }> {
  if (!flag.endsWith('.mod'))
    return { facts: { flag, error: `-modfile=${flag}: file does not have .mod extension` } }
  if (!mainDir) {
    return {
      facts: {
        flag,
        error:
          'cannot find main module, but -modfile was set.\n\t-modfile cannot be used to set the module root directory.'
      }
    }
  }
  const abs = resolve(dir, flag)
  if (!(await isFile(abs)))
    return { facts: { flag, error: `open ${flag}: no such file or directory` } }
  return { abs, facts: { flag, file: displayPath(abs, root) } }
}

export async function collectModuleFacts(opts: {
  root: string
  dir: string
  env: Record<string, string>
  /** `moduleLayout(dir, env)`, when the caller has it already. */
  layout?: Promise<ModuleLayout>
}): Promise<ModuleFacts> {
  const facts = await collectModuleFiles(opts)
  if (facts.work) return facts
  await Promise.all(
    facts.mods
      .filter((m) => m.main && m.goSum && sumIncomplete(m))
      .map(async (m) => {
        const imports = await moduleImports(m.dir, opts.env)
        if (imports) m.imports = imports
      })
  )
  return facts
}

/** Some requirement of `m` lacks its go.mod or zip checksum line in m's go.sum. */
function sumIncomplete(m: ModEntry): boolean {
  const sum = m.goSum
  return (
    sum !== undefined &&
    m.parsed.require.some(
      (r) => !hasGoModSum(sum, r.path, r.version) || !hasZipSum(sum, r.path, r.version)
    )
  )
}

async function collectModuleFiles(opts: {
  root: string
  dir: string
  env: Record<string, string>
  layout?: Promise<ModuleLayout>
}): Promise<ModuleFacts> {
  const root = resolve(opts.root)
  const dir = resolve(opts.dir)
  const errors: ModParseError[] = []
  const probe = new DirProbe()
  const { workPath, mainGoMod } = await (opts.layout ?? moduleLayout(dir, opts.env))
  const flag = goFlagsModfile(opts.env.GOFLAGS)
  if (workPath) {
    const { work, mods } = await workspaceFacts(root, workPath, errors, probe)
    return {
      ...(work ? { work } : {}),
      mods,
      errors,
      ...(flag !== undefined
        ? { modfile: { flag, error: '-modfile cannot be used in workspace mode' } }
        : {})
    }
  }
  const mainDir = mainGoMod ? dirname(mainGoMod) : undefined
  const modfile = flag === undefined ? undefined : await modfileFacts(root, dir, flag, mainDir)
  const unchecked: UncheckedModule[] = []
  const dirs = await findModDirs(dir, root, unchecked)
  if (mainDir && !dirs.includes(mainDir)) dirs.unshift(mainDir)
  const mods = await Promise.all(
    dirs.map((d) =>
      d === mainDir && modfile?.abs
        ? readMod(root, d, true, errors, probe, modfile.abs)
        : // With an unusable -modfile go stops before reading any go.mod.
          d === mainDir && modfile?.facts.error
          ? undefined
          : readMod(root, d, d === mainDir, errors, probe)
    )
  )
  return {
    ...(modfile ? { modfile: modfile.facts } : {}),
    ...(opts.env.GOWORK === 'off' ? { gowork: 'off' as const } : {}),
    mods: mods.filter((m): m is ModEntry => m !== undefined),
    errors,
    ...(unchecked.length ? { unchecked: unchecked.sort((a, b) => (a.file < b.file ? -1 : 1)) } : {})
  }
}
