/**
 * Removal that cannot escape the cache: symbolic links are unlinked, never followed; directories
 * are only descended on the cache's own device; nothing outside `root` is ever named.
 */
import { readdirSync, rmdirSync, unlinkSync } from 'node:fs'
import path from 'node:path'
import { errText, lstatOrGone, vanished } from './fsutil.js'
import { isInside } from '../root.js'
import type { CacheProblem } from './types.js'

export class Remover {
  entries = 0
  bytes = 0
  readonly failed: CacheProblem[] = []

  constructor(
    private readonly root: string,
    private readonly dev: number
  ) {}

  /** Removes the file, link or directory tree at `p` (inside the root) as one entry. */
  remove(p: string): void {
    this.guard(p)
    if (this.removeTree(p)) this.entries++
  }

  /** Removes a file whose size is already known (the scan's lstat): one syscall. */
  unlinkKnown(p: string, size: number): void {
    this.guard(p)
    try {
      unlinkSync(p)
      this.entries++
      this.bytes += size
    } catch (err) {
      if (!vanished(err))
        this.failed.push({
          kind: 'unreadable',
          path: p,
          detail: `could not remove: ${errText(err)}`
        })
    }
  }

  private guard(p: string): void {
    if (p === this.root || !isInside(p, this.root))
      throw new Error(`internal error: refusing to remove ${p}, outside the cache ${this.root}`)
  }

  private removeTree(p: string): boolean {
    const st = lstatOrGone(p)
    if (!st) return false
    try {
      if (st.isDirectory()) {
        if (st.dev !== this.dev)
          throw Object.assign(new Error('on another file system'), { code: 'EXDEV' })
        for (const name of readdirSync(p)) this.removeTree(path.join(p, name))
        rmdirSync(p)
      } else {
        unlinkSync(p)
        if (st.isFile()) this.bytes += st.size
      }
      return true
    } catch (err) {
      if (!vanished(err))
        this.failed.push({
          kind: 'unreadable',
          path: p,
          detail: `could not remove: ${errText(err)}`
        })
      return false
    }
  }
}
