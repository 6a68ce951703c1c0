/**
 * Directory handles for removal that cannot be redirected. Node has no openat/unlinkat, but on
 * Linux `/proc/self/fd/<fd>` names the directory an open descriptor refers to, whatever has been
 * renamed or swapped since: `/proc/self/fd/<fd>/<name>` is resolved inside that directory, and
 * unlink, rmdir, lstat and open (with O_NOFOLLOW) never follow `<name>` itself. So every
 * directory is opened once with O_DIRECTORY|O_NOFOLLOW, checked with fstat (same device as the
 * root), and everything below it is named relative to the descriptor, never by a path string.
 *
 * Where `/proc` is not available (macOS, Windows, a container without /proc) handles fall back to
 * path strings checked against the handle's device and inode right before each operation: a
 * window of one system call remains there (docs/cache.md, "Safety"). Windows cannot open a
 * directory as a descriptor at all; there a handle is only the checked path.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  statSync,
  type Stats
} from 'node:fs'
import path from 'node:path'

const O_DIRECTORY = constants.O_DIRECTORY ?? 0
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0
/** Open flags for a directory handle: never through a symbolic link in the last component. */
export const DIR_FLAGS = constants.O_RDONLY | O_DIRECTORY | O_NOFOLLOW

/** True when `name` is a single path component (no separator, not `.` or `..`). */
export function isPlainName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !name.includes('/') && !name.includes('\\')
}

export class HandleError extends Error {
  constructor(
    message: string,
    readonly code: string
  ) {
    super(message)
  }
}

/** An open directory: operations on its entries go through the descriptor. */
export class DirHandle {
  private closed = false

  private constructor(
    readonly fd: number,
    /** The path the directory had when opened (for messages only). */
    readonly display: string,
    readonly dev: number,
    readonly ino: number,
    private readonly proc: boolean
  ) {}

  /**
   * Opens `dir` (an absolute path whose last component must not be a link) and, through /proc,
   * checks that the descriptor really is the directory that path names.
   */
  static openRoot(dir: string): DirHandle {
    if (NO_DIR_FDS) return pathHandle(dir, undefined)
    const fd = openSync(dir, DIR_FLAGS)
    try {
      const st = fstatSync(fd)
      if (!st.isDirectory()) throw new HandleError(`${dir} is not a directory`, 'ENOTDIR')
      const proc = procWorks(fd, st)
      if (proc) {
        const real = readlinkSync(`/proc/self/fd/${fd}`)
        if (real !== realpathSync(dir))
          throw new HandleError(
            `the cache root ${dir} was replaced while it was opened (it is now ${real})`,
            'EXDEV'
          )
      }
      return new DirHandle(fd, dir, st.dev, st.ino, proc)
    } catch (err) {
      closeSync(fd)
      throw err
    }
  }

  /** Whether operations go through /proc/self/fd (no window) or checked path strings. */
  get exact(): boolean {
    return this.proc
  }

  /** The path naming entry `name` of this directory, valid for one system call. */
  at(name: string): string {
    if (!isPlainName(name)) throw new HandleError(`not a plain file name: ${name}`, 'EINVAL')
    if (this.closed) throw new HandleError(`handle of ${this.display} is closed`, 'EBADF')
    if (this.proc) return `/proc/self/fd/${this.fd}/${name}`
    this.verify()
    return path.join(this.display, name)
  }

  /** The names in this directory. */
  list(): string[] {
    if (this.proc) return readdirSync(`/proc/self/fd/${this.fd}`)
    this.verify()
    return readdirSync(this.display)
  }

  lstat(name: string): Stats {
    return lstatSync(this.at(name))
  }

  /**
   * Opens subdirectory `name` without following a link; throws ELOOP/ENOTDIR when it is not a
   * directory (any more), EXDEV when it is on another device than `dev`.
   */
  openChild(name: string, dev: number): DirHandle {
    if (NO_DIR_FDS) return pathHandle(this.at(name), dev)
    const fd = openSync(this.at(name), DIR_FLAGS)
    try {
      const st = fstatSync(fd)
      if (!st.isDirectory())
        throw new HandleError(`${this.display}/${name} is not a directory`, 'ENOTDIR')
      if (st.dev !== dev)
        throw new HandleError(`${this.display}/${name} is on another file system`, 'EXDEV')
      return new DirHandle(fd, path.join(this.display, name), st.dev, st.ino, this.proc)
    } catch (err) {
      closeSync(fd)
      throw err
    }
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    if (this.fd >= 0) closeSync(this.fd)
  }

  /** A handle without a descriptor (Windows): checked path strings only. */
  static fromPath(p: string, st: Stats): DirHandle {
    return new DirHandle(-1, p, st.dev, st.ino, false)
  }

  /** Without /proc: the path must still name the directory that was opened. */
  private verify(): void {
    const st = lstatSync(this.display)
    if (!st.isDirectory() || st.dev !== this.dev || st.ino !== this.ino)
      throw new HandleError(`${this.display} was replaced since it was opened`, 'ESTALE')
  }
}

/** Windows cannot open a directory as a file descriptor. */
const NO_DIR_FDS = process.platform === 'win32'

function pathHandle(p: string, dev: number | undefined): DirHandle {
  const st = lstatSync(p)
  if (st.isSymbolicLink())
    throw Object.assign(new Error(`${p} is a symbolic link`), { code: 'ELOOP' })
  if (!st.isDirectory())
    throw Object.assign(new Error(`${p} is not a directory`), { code: 'ENOTDIR' })
  if (dev !== undefined && st.dev !== dev)
    throw new HandleError(`${p} is on another file system`, 'EXDEV')
  return DirHandle.fromPath(p, st)
}

let procChecked: boolean | undefined

/** True when /proc/self/fd/<fd> resolves to the directory `fd` refers to. */
function procWorks(fd: number, st: Stats): boolean {
  if (procChecked === false || process.platform !== 'linux') return false
  // Tests exercise the path-checked fallback of other systems this way.
  if (process.env.GBG_CACHE_HANDLES === 'paths') return false
  try {
    const p = statSync(`/proc/self/fd/${fd}`)
    procChecked = p.dev === st.dev && p.ino === st.ino
  } catch {
    procChecked = false
  }
  return procChecked
}
