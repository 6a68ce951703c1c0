/**
 * Reading files the gate does not control (baseline, go.mod, go env file, event payload) without
 * ever blocking: only regular files are read. The type is checked before the open (a FIFO would
 * block `open` for reading until a writer comes), the open is non-blocking (a FIFO swapped in
 * after the check does not block either), and the opened handle is checked again with fstat.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs'
import { close, fstat, open, read, stat } from './fs-async.js'

/** `O_NONBLOCK` where the platform has it (not on Windows, where FIFOs are not files). */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/** What kind of thing a non-regular path is, in words. */
export function describeKind(st: Stats): string {
  if (st.isDirectory()) return 'a directory'
  if (st.isFIFO()) return 'a FIFO (named pipe)'
  if (st.isCharacterDevice()) return 'a character device'
  if (st.isBlockDevice()) return 'a block device'
  if (st.isSocket()) return 'a socket'
  return 'not a regular file'
}

/** The path exists but is not a regular file (code `ENOTREG`); nothing was read. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG'
  constructor(
    readonly file: string,
    readonly kind: string
  ) {
    super(`${file} is ${kind}, not a regular file`)
  }
}

/** The file is larger than the caller accepts (code `EFBIG`); nothing was read. */
export class FileTooLargeError extends Error {
  readonly code = 'EFBIG'
  constructor(
    readonly file: string,
    readonly size: number,
    readonly limit: number
  ) {
    super(`${file} is ${size} bytes, more than the ${limit} bytes allowed`)
  }
}

function checkStats(file: string, st: Stats, maxBytes: number): void {
  if (!st.isFile()) throw new NotRegularFileError(file, describeKind(st))
  if (st.size > maxBytes) throw new FileTooLargeError(file, st.size, maxBytes)
}

/**
 * The bytes of a regular file, at most `maxBytes` (a file that grows past the limit while being
 * read is too large too). Errors: NotRegularFileError, FileTooLargeError, or the fs error
 * (`ENOENT`, `EACCES`, ...).
 */
export async function readRegularFile(
  file: string,
  maxBytes = Number.MAX_SAFE_INTEGER
): Promise<Buffer> {
  checkStats(file, await stat(file), maxBytes)
  const fd = await open(file, READ_FLAGS)
  try {
    const st = await fstat(fd)
    checkStats(file, st, maxBytes)
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(st.size - total, 0) + 1, 1 << 20))
      const { bytesRead } = await read(fd, chunk, 0, chunk.length, null)
      if (bytesRead === 0) break
      total += bytesRead
      if (total > maxBytes) throw new FileTooLargeError(file, total, maxBytes)
      chunks.push(chunk.subarray(0, bytesRead))
    }
    return Buffer.concat(chunks, total)
  } finally {
    await close(fd)
  }
}

/** readRegularFile, synchronously. */
export function readRegularFileSync(file: string, maxBytes = Number.MAX_SAFE_INTEGER): Buffer {
  checkStats(file, statSync(file), maxBytes)
  const fd = openSync(file, READ_FLAGS)
  try {
    const st = fstatSync(fd)
    checkStats(file, st, maxBytes)
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(st.size - total, 0) + 1, 1 << 20))
      const bytesRead = readSync(fd, chunk, 0, chunk.length, null)
      if (bytesRead === 0) break
      total += bytesRead
      if (total > maxBytes) throw new FileTooLargeError(file, total, maxBytes)
      chunks.push(chunk.subarray(0, bytesRead))
    }
    return Buffer.concat(chunks, total)
  } finally {
    closeSync(fd)
  }
}
