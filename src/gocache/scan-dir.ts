/**
 * One cache subdirectory (`00`..`ff`), scanned on whichever thread claimed it: lstat every entry
 * (never following links), read and parse every action entry exactly as Go does, and with `hash`
 * stream every output through SHA-256 right away (each file is read once). Files vanishing
 * mid-scan (a concurrent `go`) are skipped, not errors. The result is plain data, so a worker
 * thread can post it.
 */
import { closeSync, fstatSync, openSync, readdirSync, readSync, type Stats } from 'node:fs'
import path from 'node:path'
import {
  ACTION,
  ENTRY_SIZE,
  nameKind,
  NOT_GO,
  OUTPUT,
  parseActionEntry,
  type ActionEntry
} from './entry.js'
import { errText, lstatOrGone, READ_NOFOLLOW, readHead, vanished } from './fsutil.js'
import { hashFile } from './hash.js'
import type { CacheProblem } from './types.js'

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
  /** Action entries referring to this output (counted once every directory is scanned). */
  refs: number
}

/** What one subdirectory holds. */
export interface DirScan {
  /** Keyed by action ID / output ID. */
  actions: [string, ScannedAction][]
  outputs: [string, ScannedOutput][]
  problems: CacheProblem[]
  /** Entries looked at and their bytes (for progress). */
  files: number
  bytes: number
}

export interface DirScanOptions {
  /** Also check each output's SHA-256 against its name (full verification). */
  hash: boolean
  /** The thread's read buffer: at least ENTRY_SIZE + 1 bytes, CHUNK when hashing. */
  buf: Buffer
}

/** The names in subdirectory `sub`, or undefined (with a problem in `into`) when unusable. */
export function listSubdir(root: string, sub: string, into: DirScan): string[] | undefined {
  const dir = path.join(root, sub)
  const problem = (kind: CacheProblem['kind'], detail: string): undefined => {
    into.problems.push({ kind, path: dir, detail })
    return undefined
  }
  const st = lstatOrGone(dir)
  if (!st) return undefined
  if (st.isSymbolicLink()) return problem('symlink', 'cache subdirectory is a symbolic link')
  if (!st.isDirectory()) return problem('not-a-file', 'expected a directory')
  try {
    return readdirSync(dir)
  } catch (err) {
    return vanished(err) ? undefined : problem('unreadable', errText(err))
  }
}

export function emptyDirScan(): DirScan {
  return { actions: [], outputs: [], problems: [], files: 0, bytes: 0 }
}

/** Scans subdirectory `sub` of `root`. */
export function scanSubdir(root: string, sub: string, opts: DirScanOptions): DirScan {
  const into = emptyDirScan()
  const names = listSubdir(root, sub, into)
  if (names) scanNames(root, sub, names, opts, into)
  return into
}

/** Scans the entries `names` listed in `sub` (any of them may have vanished since). */
export function scanNames(
  root: string,
  sub: string,
  names: readonly string[],
  opts: DirScanOptions,
  into: DirScan = emptyDirScan()
): DirScan {
  const s = new DirScanner(opts, into)
  const dir = path.join(root, sub)
  for (const name of names) s.scanEntry(sub, dir, name)
  return into
}

class DirScanner {
  constructor(
    private readonly opts: DirScanOptions,
    private readonly out: DirScan
  ) {}

  private problem(kind: CacheProblem['kind'], p: string, detail: string): void {
    this.out.problems.push({ kind, path: p, detail })
  }

  scanEntry(sub: string, dir: string, name: string): void {
    const p = dir + path.sep + name
    const kind = nameKind(sub, name)
    const id = kind === NOT_GO ? '' : name.slice(0, 64)
    if (kind === ACTION && this.scanActionOpen(id, p)) return
    let st: Stats | undefined
    try {
      st = lstatOrGone(p)
    } catch (err) {
      return this.problem('unreadable', p, errText(err))
    }
    if (!st) return
    this.out.files++
    this.out.bytes += st.size
    if (st.isSymbolicLink()) return this.problem('symlink', p, 'Go never writes symbolic links')
    if (kind === NOT_GO)
      return this.problem('foreign', p, 'not a name Go writes (<64 hex digits>-a or -d)')
    if (kind === OUTPUT && st.isDirectory()) return this.scanExecutable(id, p, st)
    if (!st.isFile()) return this.problem('not-a-file', p, 'expected a regular file')
    if (!this.trusted(p, st)) return
    if (kind === OUTPUT) return this.addOutput(id, p, p, st.size, st.mtimeMs)
    const action: ScannedAction = { path: p, size: st.size, mtimeMs: st.mtimeMs }
    action.entry = this.readAction(p, id)
    this.out.actions.push([id, action])
  }

  /**
   * An action entry (the commonest kind) is opened straight away, without following a link and
   * without waiting on a FIFO, and checked on the descriptor: one lstat fewer per entry. False
   * when it cannot be opened (a link, a socket, gone, unreadable): the lstat path then says why.
   */
  private scanActionOpen(id: string, p: string): boolean {
    let fd: number
    try {
      fd = openSync(p, READ_NOFOLLOW)
    } catch {
      return false
    }
    let st: Stats
    let n = -1
    try {
      st = fstatSync(fd)
      this.out.files++
      this.out.bytes += st.size
      if (!st.isFile()) {
        this.problem('not-a-file', p, 'expected a regular file')
        return true
      }
      if (!this.trusted(p, st)) return true
      try {
        n = readSync(fd, this.opts.buf, 0, ENTRY_SIZE + 1, 0)
      } catch (err) {
        if (!vanished(err)) this.problem('unreadable', p, errText(err))
      }
    } finally {
      closeSync(fd)
    }
    const action: ScannedAction = { path: p, size: st.size, mtimeMs: st.mtimeMs }
    if (n >= 0) action.entry = this.parseAction(p, id, n)
    this.out.actions.push([id, action])
    return true
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
    this.addOutput(id, p, file, inner.size, st.mtimeMs)
  }

  private addOutput(id: string, p: string, file: string, size: number, mtimeMs: number): void {
    this.out.outputs.push([id, { path: p, file, size, mtimeMs, refs: 0 }])
    if (this.opts.hash) this.checkHash(id, file)
  }

  /** Full verification: the output's SHA-256 must equal its name. */
  private checkHash(id: string, file: string): void {
    let sha: string
    try {
      sha = hashFile(file, this.opts.buf).sha
    } catch (err) {
      if (!vanished(err)) this.problem('unreadable', file, errText(err))
      return
    }
    if (sha !== id)
      this.problem('output-hash', file, `SHA-256 is ${sha}, its name promises another`)
  }

  private readAction(p: string, id: string): ActionEntry | undefined {
    const buf = this.opts.buf
    let n: number
    try {
      n = readHead(p, buf, ENTRY_SIZE + 1)
    } catch (err) {
      if (!vanished(err)) this.problem('unreadable', p, errText(err))
      return undefined
    }
    return this.parseAction(p, id, n)
  }

  /** Parses the `n` bytes of action entry `p` in the read buffer. */
  private parseAction(p: string, id: string, n: number): ActionEntry | undefined {
    const parsed = parseActionEntry(this.opts.buf, id, n)
    if (parsed.ok) return parsed.entry
    this.problem('action-malformed', p, `Go would ignore this entry: ${parsed.reason}`)
    return undefined
  }
}
