/**
 * The hashing core of full verification. It imports only Node built-ins so that the very same
 * function runs in-process and inside the worker threads (src/cache/verify-worker.ts).
 */
import { createHash } from 'node:crypto'
import { closeSync, openSync, readSync } from 'node:fs'
import { READ_NOFOLLOW, vanished, errText } from './fsutil.js'

/** One output to check: the file holding the bytes and the SHA-256 (hex) its name promises. */
export interface HashJob {
  file: string
  id: string
}

/** The outcome for one job that did not match; matching jobs produce nothing. */
export interface HashMismatch {
  file: string
  /** The actual SHA-256, or undefined when the file could not be read. */
  actual?: string
  /** Why it could not be read. */
  error?: string
}

/** Read buffer size: large enough to amortise syscalls, small enough to keep memory bounded. */
export const CHUNK = 1 << 20

/**
 * Streams each file through SHA-256 with one reusable buffer and returns the mismatches and the
 * bytes hashed. Files that vanished meanwhile (a concurrent `go` trimmed them) are skipped.
 */
export function hashJobs(
  jobs: HashJob[],
  buf: Buffer = Buffer.allocUnsafe(CHUNK)
): { mismatches: HashMismatch[]; bytes: number } {
  const mismatches: HashMismatch[] = []
  let bytes = 0
  for (const job of jobs) {
    let fd: number
    try {
      fd = openSync(job.file, READ_NOFOLLOW)
    } catch (err) {
      if (!vanished(err)) mismatches.push({ file: job.file, error: errText(err) })
      continue
    }
    try {
      const h = createHash('sha256')
      for (;;) {
        const n = readSync(fd, buf, 0, buf.length, null)
        if (n === 0) break
        h.update(buf.subarray(0, n))
        bytes += n
      }
      const actual = h.digest('hex')
      if (actual !== job.id) mismatches.push({ file: job.file, actual })
    } catch (err) {
      mismatches.push({ file: job.file, error: errText(err) })
    } finally {
      closeSync(fd)
    }
  }
  return { mismatches, bytes }
}
