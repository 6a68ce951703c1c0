/**
 * Removal that cannot escape the cache. The root and each subdirectory are opened once as
 * directory handles (handles.ts: O_DIRECTORY|O_NOFOLLOW, fstat), and every entry is removed by
 * name relative to the handle of the directory that holds it: a symbolic link is unlinked, never
 * followed; a directory tree is descended only through handles opened without following links
 * and on the cache's own device; a path swapped for a link after it was checked is at worst
 * unlinked itself. Nothing outside `root` is ever named.
 */
import { randomBytes } from 'node:crypto'
import {
  closeSync,
  constants,
  openSync,
  renameSync,
  rmdirSync,
  unlinkSync,
  writeSync
} from 'node:fs'
import path from 'node:path'
import { errText, vanished } from './fsutil.js'
import { DirHandle, isPlainName } from './handles.js'
import type { CacheProblem } from './types.js'

/** Errors of opening a directory handle on something that is not (or no longer) a directory. */
function notADir(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code
  return code === 'ELOOP' || code === 'ENOTDIR'
}

export class Remover {
  entries = 0
  bytes = 0
  readonly failed: CacheProblem[] = []
  private readonly top: DirHandle
  /** Subdirectory handles by name (undefined: not a directory when first asked). */
  private readonly subs = new Map<string, DirHandle | undefined>()

  constructor(private readonly root: string) {
    this.top = DirHandle.openRoot(root)
  }

  get rootPath(): string {
    return this.root
  }

  /** Whether removal is exact (directory descriptors through /proc) or path-checked. */
  get exact(): boolean {
    return this.top.exact
  }

  close(): void {
    for (const h of this.subs.values()) h?.close()
    this.subs.clear()
    this.top.close()
  }

  /** Removes the file, link or directory tree at `p` (inside the root) as one entry. */
  remove(p: string): void {
    this.at(p, (dir, name) => {
      if (this.removeName(dir, name, p)) this.entries++
    })
  }

  /** Removes a file whose size is already known (the scan's lstat): one system call. */
  unlinkKnown(p: string, size: number): void {
    this.at(p, (dir, name) => {
      try {
        unlinkSync(dir.at(name))
        this.entries++
        this.bytes += size
      } catch (err) {
        this.fail(p, err)
      }
    })
  }

  /**
   * Removes everything inside subdirectory `sub` (each entry counted), or `sub` itself when it is
   * not a directory; `after` runs after each entry.
   */
  clearSubdir(sub: string, after: () => void): void {
    const p = path.join(this.root, sub)
    const dir = this.sub(sub, p)
    if (dir === undefined) {
      if (this.removeName(this.top, sub, p)) this.entries++
      return after()
    }
    let names: string[]
    try {
      names = dir.list()
    } catch (err) {
      return this.fail(p, err)
    }
    for (const name of names) {
      if (this.removeName(dir, name, path.join(p, name))) this.entries++
      after()
    }
  }

  /**
   * Records a trim the way Go does (Unix seconds): written to a fresh, unpredictable name with
   * O_EXCL (nothing planted there can be opened), then renamed over trim.txt. False (with a
   * failure recorded) when trim.txt cannot be replaced, e.g. a directory sits there.
   */
  writeTrim(nowMs: number): boolean {
    const tmp = `.trim.txt.${randomBytes(8).toString('hex')}.tmp`
    const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW, O_NONBLOCK } = constants
    const trim = path.join(this.root, 'trim.txt')
    try {
      const fd = openSync(
        this.top.at(tmp),
        O_WRONLY | O_CREAT | O_EXCL | (O_NOFOLLOW ?? 0) | (O_NONBLOCK ?? 0),
        0o644
      )
      try {
        writeSync(fd, String(Math.floor(nowMs / 1000)))
      } finally {
        closeSync(fd)
      }
    } catch (err) {
      this.fail(trim, err)
      return false
    }
    try {
      renameSync(this.top.at(tmp), this.top.at('trim.txt'))
      return true
    } catch (err) {
      this.fail(trim, err)
      try {
        unlinkSync(this.top.at(tmp))
      } catch {
        // already gone
      }
      return false
    }
  }

  /** Runs `fn` with the handle of the directory holding `p` and `p`'s last component. */
  private at(p: string, fn: (dir: DirHandle, name: string) => void): void {
    const parts = this.components(p)
    if (parts.length === 1) return fn(this.top, parts[0]!)
    const dir = this.sub(parts[0]!, path.join(this.root, parts[0]!))
    if (!dir) return this.fail(p, new Error('its cache subdirectory is not a directory any more'))
    const opened: DirHandle[] = []
    try {
      let d = dir
      for (const part of parts.slice(1, -1)) {
        d = d.openChild(part, this.top.dev)
        opened.push(d)
      }
      fn(d, parts[parts.length - 1]!)
    } catch (err) {
      if (!vanished(err)) this.fail(p, err)
    } finally {
      for (const h of opened) h.close()
    }
  }

  /** `p` relative to the root as plain names; anything else is an internal error. */
  private components(p: string): string[] {
    const prefix = this.root.endsWith(path.sep) ? this.root : this.root + path.sep
    const parts = p.startsWith(prefix) ? p.slice(prefix.length).split(path.sep) : []
    if (parts.length === 0 || !parts.every(isPlainName))
      throw new Error(`internal error: refusing to remove ${p}, outside the cache ${this.root}`)
    return parts
  }

  /** The handle of subdirectory `sub`, opened once; undefined when it is not a directory. */
  private sub(sub: string, p: string): DirHandle | undefined {
    if (this.subs.has(sub)) return this.subs.get(sub)
    let h: DirHandle | undefined
    try {
      h = this.top.openChild(sub, this.top.dev)
    } catch (err) {
      if (!notADir(err) && !vanished(err)) this.fail(p, err)
    }
    this.subs.set(sub, h)
    return h
  }

  /** Removes entry `name` of `dir` (a tree through handles); true when something was removed. */
  private removeName(dir: DirHandle, name: string, p: string): boolean {
    let st
    try {
      st = dir.lstat(name)
    } catch (err) {
      if (!vanished(err)) this.fail(p, err)
      return false
    }
    try {
      if (st.isDirectory()) {
        let child: DirHandle
        try {
          child = dir.openChild(name, this.top.dev)
        } catch (err) {
          // Swapped for a link or file since the lstat: remove that name, never its target.
          if (!notADir(err)) throw err
          unlinkSync(dir.at(name))
          return true
        }
        try {
          for (const n of child.list()) this.removeName(child, n, path.join(p, n))
        } finally {
          child.close()
        }
        rmdirSync(dir.at(name))
      } else {
        unlinkSync(dir.at(name))
        if (st.isFile()) this.bytes += st.size
      }
      return true
    } catch (err) {
      this.fail(p, err)
      return false
    }
  }

  private fail(p: string, err: unknown): void {
    if (vanished(err)) return
    this.failed.push({ kind: 'unreadable', path: p, detail: `could not remove: ${errText(err)}` })
  }
}
