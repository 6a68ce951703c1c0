/**
 * Work sharing between the threads of one scan: the 256 subdirectories are claimed one at a time
 * from a counter in shared memory, so a thread that joins late (a worker still starting) or runs
 * slow (a large output) simply claims fewer. Progress is summed in shared memory too, so the
 * calling thread can report it while it is busy scanning. Node built-ins only (workers load it).
 */
import { SUBDIRS } from './entry.js'
import { scanSubdir, type DirScan, type DirScanOptions } from './scan-dir.js'

/** Int32 slots: [next directory, state of worker 0, state of worker 1, ...]. */
const NEXT = 0
/** A worker's state: still starting, scanning, or given up on by the calling thread. */
const STARTING = 0
const SCANNING = 1
const CANCELLED = 2

/** BigInt64 slots of the progress counters. */
const FILES = 0
const BYTES = 1
const DIRS = 2

/** The shared memory of one scan (passed to workers as workerData). */
export interface Claims {
  control: SharedArrayBuffer
  progress: SharedArrayBuffer
}

export function newClaims(workers: number): Claims {
  return {
    control: new SharedArrayBuffer(4 * (1 + workers)),
    progress: new SharedArrayBuffer(8 * 3)
  }
}

/**
 * Worker `slot` announces it starts scanning; false when the calling thread already gave up on
 * it (then it must not claim anything).
 */
export function beginWorker(c: Claims, slot: number): boolean {
  return (
    Atomics.compareExchange(new Int32Array(c.control), 1 + slot, STARTING, SCANNING) === STARTING
  )
}

/** The calling thread gives up on worker `slot` if it has not started; true when it had not. */
export function cancelWorker(c: Claims, slot: number): boolean {
  return (
    Atomics.compareExchange(new Int32Array(c.control), 1 + slot, STARTING, CANCELLED) === STARTING
  )
}

/** Directories not claimed yet. */
export function unclaimed(c: Claims): number {
  return Math.max(0, SUBDIRS.length - Atomics.load(new Int32Array(c.control), NEXT))
}

export function progressOf(c: Claims): { files: number; bytes: number; fraction: number } {
  const p = new BigInt64Array(c.progress)
  return {
    files: Number(Atomics.load(p, FILES)),
    bytes: Number(Atomics.load(p, BYTES)),
    fraction: Number(Atomics.load(p, DIRS)) / SUBDIRS.length
  }
}

/** Claims and scans directories until none are left, handing each result to `done`. */
export function scanClaimed(
  c: Claims,
  root: string,
  opts: DirScanOptions,
  done: (index: number, scan: DirScan) => void
): void {
  const control = new Int32Array(c.control)
  const progress = new BigInt64Array(c.progress)
  for (;;) {
    const index = Atomics.add(control, NEXT, 1)
    if (index >= SUBDIRS.length) return
    const scan = scanSubdir(root, SUBDIRS[index]!, opts)
    Atomics.add(progress, FILES, BigInt(scan.files))
    Atomics.add(progress, BYTES, BigInt(scan.bytes))
    Atomics.add(progress, DIRS, 1n)
    done(index, scan)
  }
}
