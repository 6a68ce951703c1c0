/** Small file-system helpers shared by scan, verify and prune: never follow links, tolerate races. */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs'

/**
 * Open flags for reading a cache file: never through a symbolic link in its last component, and
 * non-blocking, so a FIFO swapped in after the lstat cannot make the open (or a read) wait for a
 * writer. (O_NONBLOCK does nothing to regular files.)
 */
export const READ_NOFOLLOW =
  constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

/**
 * Opens `p` for reading only if it is a regular file (checked with fstat on the descriptor, so
 * nothing swapped in after a check is read); anything else throws with code ENOTREG.
 */
export function openRegular(p: string): number {
  const fd = openSync(p, READ_NOFOLLOW)
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' })
    return fd
  } catch (err) {
    closeSync(fd)
    throw err
  }
}

/** Reads up to `len` bytes from the start of the regular file `p` into `buf` (see openRegular). */
export function readHead(p: string, buf: Buffer, len: number): number {
  const fd = openRegular(p)
  try {
    return readSync(fd, buf, 0, len, 0)
  } finally {
    closeSync(fd)
  }
}

/** True for errors meaning "the file is gone" (a concurrent `go` or a restore removed it). */
export function vanished(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code
  return code === 'ENOENT' || code === 'ENOTDIR'
}

/** lstat that returns undefined when the path vanished; other errors propagate. */
export function lstatOrGone(p: string): Stats | undefined {
  try {
    return lstatSync(p)
  } catch (err) {
    if (vanished(err)) return undefined
    throw err
  }
}

/** A one-line description of a file-system error for a problem's detail. */
export function errText(err: unknown): string {
  const e = err as NodeJS.ErrnoException
  return e.code ? `${e.code}: ${e.message}` : String(err)
}
