/**
 * The hashing core of full verification: one file streamed through SHA-256 with a caller-owned
 * buffer, so each thread reads every output once with bounded memory. Node built-ins only.
 */
import { createHash } from 'node:crypto'
import { closeSync, openSync, readSync } from 'node:fs'
import { READ_NOFOLLOW } from './fsutil.js'

/** Read buffer size: large enough to amortise syscalls, small enough to keep memory bounded. */
export const CHUNK = 1 << 20

/**
 * The SHA-256 (hex) of `file` and its length, read through `buf` without following a symbolic
 * link. File-system errors propagate (the caller tells a vanished file from an unreadable one).
 */
export function hashFile(file: string, buf: Buffer): { sha: string; bytes: number } {
  const fd = openSync(file, READ_NOFOLLOW)
  try {
    const h = createHash('sha256')
    let bytes = 0
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null)
      if (n === 0) break
      h.update(buf.subarray(0, n))
      bytes += n
    }
    return { sha: h.digest('hex'), bytes }
  } finally {
    closeSync(fd)
  }
}
