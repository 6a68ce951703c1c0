/**
 * Full verification: the SHA-256 of every output must equal its name. Outputs are hashed in
 * batches, largest first, by a pool of worker threads (or in-process when `workers` is 0), with
 * one bounded read buffer per thread.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { hashJobs, type HashJob, type HashMismatch } from './hash.js'
import { ProgressMeter } from './progress.js'
import type { Scan } from './scan.js'
import type { CacheProblem, CacheProgress } from './types.js'
import { resolveWorkerUrl } from './worker-url.js'

/** A batch holds at most this many bytes or files, so threads stay balanced to the end. */
const BATCH_BYTES = 8 << 20
const BATCH_FILES = 512

interface Batch {
  jobs: HashJob[]
  bytes: number
}

/** Groups jobs (largest files first) into batches for dynamic distribution over the threads. */
export function makeBatches(scan: Scan): Batch[] {
  const outs = [...scan.outputs.entries()].sort((a, b) => b[1].size - a[1].size)
  const batches: Batch[] = []
  let cur: Batch = { jobs: [], bytes: 0 }
  for (const [id, out] of outs) {
    cur.jobs.push({ file: out.file, id })
    cur.bytes += out.size
    if (cur.bytes >= BATCH_BYTES || cur.jobs.length >= BATCH_FILES) {
      batches.push(cur)
      cur = { jobs: [], bytes: 0 }
    }
  }
  if (cur.jobs.length) batches.push(cur)
  return batches
}

export interface VerifyOptions {
  /** Worker threads; 0 hashes in-process. Default: one per core. */
  workers?: number
  /** The worker script (default: the bundled dist/verify-worker.js next to this code). */
  workerUrl?: URL
  onProgress?: (p: CacheProgress) => void
  log?: (line: string) => void
}

/** A started pool of hash workers. Start it before scanning so thread start-up overlaps the scan. */
export class HashPool {
  private readonly workers: Worker[]

  constructor(count: number, url: URL) {
    this.workers = Array.from({ length: count }, () => new Worker(url))
  }

  /** Hashes every batch; resolves with all mismatches. Terminates the pool when done. */
  run(batches: Batch[], meter: ProgressMeter): Promise<HashMismatch[]> {
    const queue = [...batches]
    const found: HashMismatch[] = []
    const drive = (w: Worker): Promise<void> =>
      new Promise((resolve, reject) => {
        let current: Batch | undefined
        const next = (): void => {
          current = queue.shift()
          if (current) w.postMessage(current.jobs)
          else resolve()
        }
        w.on('message', (r: { mismatches: HashMismatch[]; bytes: number }) => {
          found.push(...r.mismatches)
          meter.add(current?.jobs.length ?? 0, r.bytes)
          next()
        })
        w.on('error', reject)
        next()
      })
    return Promise.all(this.workers.map(drive))
      .then(() => found)
      .finally(() => this.close())
  }

  close(): void {
    for (const w of this.workers) void w.terminate()
  }
}

/** Opens a pool per the options, or undefined when hashing in-process. */
export function startPool(opts: VerifyOptions): HashPool | undefined {
  const count = opts.workers ?? availableParallelism()
  if (count <= 0) return undefined
  const url = opts.workerUrl ?? resolveWorkerUrl()
  if (!url) {
    opts.log?.('cache: no built verify worker found; hashing in-process on one core')
    return undefined
  }
  return new HashPool(count, url)
}

/** Hashes every output of `scan`; returns an `output-hash` or `unreadable` problem per failure. */
export async function verifyHashes(
  scan: Scan,
  pool: HashPool | undefined,
  onProgress?: (p: CacheProgress) => void
): Promise<CacheProblem[]> {
  const batches = makeBatches(scan)
  const totals = batches.reduce(
    (t, b) => ({ total: t.total + b.jobs.length, bytesTotal: t.bytesTotal + b.bytes }),
    { total: 0, bytesTotal: 0 }
  )
  const meter = new ProgressMeter('verify', onProgress, totals)
  let mismatches: HashMismatch[]
  if (pool) {
    mismatches = await pool.run(batches, meter)
  } else {
    mismatches = []
    for (const b of batches) {
      const r = hashJobs(b.jobs)
      mismatches.push(...r.mismatches)
      meter.add(b.jobs.length, r.bytes)
    }
  }
  meter.finish()
  return mismatches.map((m) =>
    m.actual
      ? {
          kind: 'output-hash',
          path: m.file,
          detail: `SHA-256 is ${m.actual}, its name promises another`
        }
      : { kind: 'unreadable', path: m.file, detail: m.error ?? 'unreadable' }
  )
}
