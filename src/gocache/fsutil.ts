/** Small file-system helpers shared by scan, verify and prune: never follow links, tolerate races. */
import { constants, lstatSync, type Stats } from 'node:fs'

/** Open flags for reading a cache file without following a symbolic link in its last component. */
export const READ_NOFOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)

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
