/**
 * One pass over a Go build cache: lstat every entry (never following links), read and parse
 * every action entry exactly as Go does, and cross-check each entry against its output
 * (that is quick verification). Files vanishing mid-scan (a concurrent `go`) are skipped, not errors.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, type Stats } from 'node:fs'
import path from 'node:path'
import {
  classifyName,
  ENTRY_SIZE,
  MTIME_INTERVAL_S,
  parseActionEntry,
  parseTrim,
  SUBDIRS,
  TOP_LEVEL_FILES,
  TRIM_INTERVAL_S,
  type ActionEntry
} from './entry.js'
import { errText, lstatOrGone, READ_NOFOLLOW, vanished } from './fsutil.js'
import { ProgressMeter } from './progress.js'
import type { CacheProblem, CacheProgress, TrimFacts } from './types.js'

export interface ScannedAction {
  path: string
  /** Bytes of the entry file itself. */
  size: number
  mtimeMs: number
  /** Parsed content; undefined when malformed or unreadable (see problems). */
  entry?: ActionEntry
}

export interface ScannedOutput {
  /** `xx/<id>-d`: a file, or a directory holding one executable. */
  path: string
  /** The file holding the bytes (path itself, or the executable inside the directory). */
  file: string
  size: number
  mtimeMs: number
  /** Action entries referring to this output. */
  refs: number
}

export interface Scan {
  root: string
  /** Keyed by action ID. */
  actions: Map<string, ScannedAction>
  /** Keyed by output ID. */
  outputs: Map<string, ScannedOutput>
  problems: CacheProblem[]
  fuzz: { files: number; bytes: number }
  trim: TrimFacts
  scannedAt: number
}

export interface ScanOptions {
  onProgress?: (p: CacheProgress) => void
  /** The clock, Unix milliseconds (tests). */
  now?: number
}

class Scanner {
  readonly actions = new Map<string, ScannedAction>()
  readonly outputs = new Map<string, ScannedOutput>()
  readonly problems: CacheProblem[] = []
  private readonly buf = Buffer.alloc(ENTRY_SIZE + 1)
  readonly meter: ProgressMeter

  constructor(
    readonly root: string,
    opts: ScanOptions
  ) {
    this.meter = new ProgressMeter('scan', opts.onProgress)
  }

  problem(kind: CacheProblem['kind'], p: string, detail: string): void {
    this.problems.push({ kind, path: p, detail })
  }

  scanSubdir(sub: string): void {
    const dir = path.join(this.root, sub)
    const st = lstatOrGone(dir)
    if (!st) return
    if (st.isSymbolicLink())
      return this.problem('symlink', dir, 'cache subdirectory is a symbolic link')
    if (!st.isDirectory()) return this.problem('not-a-file', dir, 'expected a directory')
    let names: string[]
    try {
      names = readdirSync(dir)
    } catch (err) {
      if (!vanished(err)) this.problem('unreadable', dir, errText(err))
      return
    }
    for (const name of names) this.scanEntry(sub, dir, name)
  }

  private scanEntry(sub: string, dir: string, name: string): void {
    const p = path.join(dir, name)
    let st: Stats | undefined
    try {
      st = lstatOrGone(p)
    } catch (err) {
      return this.problem('unreadable', p, errText(err))
    }
    if (!st) return
    this.meter.add(1, st.size)
    if (st.isSymbolicLink()) return this.problem('symlink', p, 'Go never writes symbolic links')
    const kind = classifyName(sub, name)
    if (!kind) return this.problem('foreign', p, 'not a name Go writes (<64 hex digits>-a or -d)')
    if (kind.kind === 'output' && st.isDirectory()) return this.scanExecutable(kind.id, p, st)
    if (!st.isFile()) return this.problem('not-a-file', p, 'expected a regular file')
    if (!this.trusted(p, st)) return
    if (kind.kind === 'output') {
      this.outputs.set(kind.id, { path: p, file: p, size: st.size, mtimeMs: st.mtimeMs, refs: 0 })
      return
    }
    const action: ScannedAction = { path: p, size: st.size, mtimeMs: st.mtimeMs }
    this.actions.set(kind.id, action)
    action.entry = this.readAction(p, kind.id)
  }

  /** World-writable or multiply-linked files can be changed behind the cache's back. */
  private trusted(p: string, st: Stats): boolean {
    if (st.mode & 0o002) {
      this.problem(
        'world-writable',
        p,
        `mode ${(st.mode & 0o777).toString(8)} lets any user change it`
      )
      return false
    }
    if (st.nlink > 1) {
      this.problem(
        'hardlink',
        p,
        `${st.nlink} hard links: it can be changed through a path outside the cache`
      )
      return false
    }
    return true
  }

  /** Go 1.24+ caches executables as `<id>-d/<name>`: a directory holding exactly one file. */
  private scanExecutable(id: string, p: string, st: Stats): void {
    let names: string[]
    try {
      names = readdirSync(p)
    } catch (err) {
      if (!vanished(err)) this.problem('unreadable', p, errText(err))
      return
    }
    if (names.length !== 1)
      return this.problem(
        'not-a-file',
        p,
        `executable entry holds ${names.length} files, Go expects 1`
      )
    const file = path.join(p, names[0]!)
    const inner = lstatOrGone(file)
    if (!inner) return
    if (inner.isSymbolicLink())
      return this.problem('symlink', file, 'Go never writes symbolic links')
    if (!inner.isFile()) return this.problem('not-a-file', file, 'expected a regular file')
    if (!this.trusted(file, inner)) return
    this.outputs.set(id, { path: p, file, size: inner.size, mtimeMs: st.mtimeMs, refs: 0 })
  }

  private readAction(p: string, id: string): ActionEntry | undefined {
    let n: number
    try {
      const fd = openSync(p, READ_NOFOLLOW)
      try {
        n = readSync(fd, this.buf, 0, this.buf.length, 0)
      } finally {
        closeSync(fd)
      }
    } catch (err) {
      if (!vanished(err)) this.problem('unreadable', p, errText(err))
      return undefined
    }
    const parsed = parseActionEntry(this.buf.subarray(0, n), id)
    if (parsed.ok) return parsed.entry
    this.problem('action-malformed', p, `Go would ignore this entry: ${parsed.reason}`)
    return undefined
  }

  /** Every parsed entry must point at an output of the declared size. */
  crossCheck(): void {
    const badOutputs = new Set<string>()
    for (const action of this.actions.values()) {
      const e = action.entry
      if (!e) continue
      const out = this.outputs.get(e.outputId)
      if (!out) {
        this.problem(
          'output-missing',
          action.path,
          `its output ${e.outputId.slice(0, 12)}…-d does not exist`
        )
        continue
      }
      out.refs++
      if (out.size !== e.size && !badOutputs.has(e.outputId)) {
        badOutputs.add(e.outputId)
        this.problem(
          'output-size',
          out.file,
          `${out.size} bytes, but action entry ${path.basename(action.path)} declares ${e.size}`
        )
      }
    }
  }

  scanTop(): { fuzz: { files: number; bytes: number } } {
    const fuzz = { files: 0, bytes: 0 }
    const subdirs = new Set(SUBDIRS)
    let names: string[]
    try {
      names = readdirSync(this.root)
    } catch (err) {
      if (vanished(err)) return { fuzz }
      throw err
    }
    for (const name of names) {
      if (subdirs.has(name)) continue
      const p = path.join(this.root, name)
      const st = lstatOrGone(p)
      if (!st) continue
      if (st.isSymbolicLink()) this.problem('symlink', p, 'Go never writes symbolic links')
      else if (name === 'fuzz' && st.isDirectory()) this.sizeTree(p, fuzz)
      else if (!TOP_LEVEL_FILES.has(name))
        this.problem('foreign', p, 'not a file Go keeps in its cache')
      else if (!st.isFile()) this.problem('not-a-file', p, 'expected a regular file')
    }
    return { fuzz }
  }

  /** Counts a tree's files and bytes without following links (fuzz corpus: counted, not checked). */
  private sizeTree(dir: string, acc: { files: number; bytes: number }): void {
    let names: string[]
    try {
      names = readdirSync(dir)
    } catch {
      return
    }
    for (const name of names) {
      const p = path.join(dir, name)
      const st = lstatOrGone(p)
      if (!st) continue
      if (st.isDirectory()) this.sizeTree(p, acc)
      else if (st.isFile()) {
        acc.files++
        acc.bytes += st.size
      }
    }
  }
}

/** Reads trim.txt like Go's Trim does and classifies it against Go's trimInterval. */
export function readTrim(root: string, nowMs: number): TrimFacts {
  let text: string
  try {
    const fd = openSync(path.join(root, 'trim.txt'), READ_NOFOLLOW)
    try {
      text = readFileSync(fd, 'latin1')
    } finally {
      closeSync(fd)
    }
  } catch (err) {
    if (vanished(err)) return { state: 'missing' }
    return { state: 'unparsable', raw: errText(err).slice(0, 64) }
  }
  const parsed = parseTrim(text)
  if (!parsed.ok) return { state: 'unparsable', raw: text.slice(0, 64) }
  const ageSeconds = Math.floor(nowMs / 1000) - parsed.seconds
  const state =
    ageSeconds <= -MTIME_INTERVAL_S ? 'future' : ageSeconds >= TRIM_INTERVAL_S ? 'stale' : 'fresh'
  return { state, lastTrim: parsed.seconds, ageSeconds }
}

/** Scans the cache at `root` (already checked by checkCacheRoot). */
export function scanCache(root: string, opts: ScanOptions): Scan {
  const scannedAt = opts.now ?? Date.now()
  const s = new Scanner(root, opts)
  const { fuzz } = s.scanTop()
  for (const sub of SUBDIRS) s.scanSubdir(sub)
  s.crossCheck()
  s.meter.finish()
  return {
    root,
    actions: s.actions,
    outputs: s.outputs,
    problems: s.problems,
    fuzz,
    trim: readTrim(root, scannedAt),
    scannedAt
  }
}
