/**
 * Spreads the 256 subdirectories over threads. By default the calling thread starts scanning at
 * once and, as soon as its first directory projects the scan to outlast a worker's start-up,
 * starts one worker per remaining core; all of them claim directories from a shared counter
 * until none are left, and a worker that has not started by then is dropped instead of awaited.
 * Where the load average leaves no core idle, a worker's start-up is taken from the scan itself,
 * so workers start only when the rest of the scan is ten times longer.
 * An explicit worker count leaves all the scanning to that many workers, at most one per core
 * (more only contend for the same cores; 0: the calling thread alone).
 */
import { availableParallelism, loadavg } from 'node:os'
import { Worker } from 'node:worker_threads'
import {
  cancelWorker,
  newClaims,
  progressOf,
  scanClaimed,
  unclaimed,
  type Claims
} from './claims.js'
import { ENTRY_SIZE, SUBDIRS } from './entry.js'
import { CHUNK } from './hash.js'
import { ProgressMeter } from './progress.js'
import type { DirScan } from './scan-dir.js'
import type { CacheProgress } from './types.js'
import type { WorkerInput } from './verify-worker.js'
import { resolveWorkerUrl } from './worker-url.js'

/**
 * Start workers only when the rest of the scan, projected from the CPU time of the directories
 * scanned so far, would take longer than a worker takes to start (about 25 ms, dist/verify-worker.js being one
 * self-contained file) and to warm up. Where no
 * core is idle the worker's start is taken from the scan itself, so there it must be a small
 * part of what is left, and the projection waits for more directories (the first ones are the
 * slowest, code not yet optimised).
 */
const HELP_AFTER_MS = 40
const BUSY_HELP_AFTER_MS = 400
/** Directories the calling thread scans before it trusts its projection (idle, busy). */
const SAMPLE_DIRS = 1
const BUSY_SAMPLE_DIRS = 8
const PROGRESS_MS = 200

export interface ThreadOptions {
  /** Hash every output (full verification). */
  hash: boolean
  /** Worker threads; default: one per core beyond the calling thread, started when worthwhile. */
  workers?: number
  /** The worker script (default: the bundled dist/verify-worker.js next to this code). */
  workerUrl?: URL
  onProgress?: (p: CacheProgress) => void
  log?: (line: string) => void
}

interface ScanWorker {
  /** Settles once the worker's results are all in; drops it if it has not started and no
   * directory is left for it. */
  finished: () => Promise<void>
  stop: () => void
}

function startWorker(url: URL, input: WorkerInput, results: DirScan[]): ScanWorker {
  const worker = new Worker(url, { workerData: input })
  const settled = new Promise<void>((resolve, reject) => {
    worker.on('message', (m: { index: number; scan: DirScan } | { done: true }) => {
      if ('done' in m) resolve()
      else results[m.index] = m.scan
    })
    worker.on('error', reject)
    worker.on('exit', (code) =>
      reject(new Error(`cache verify worker exited (code ${code}) before it finished`))
    )
  })
  settled.catch(() => undefined) // a dropped worker's exit is awaited by nobody
  const stop = (): void => void worker.terminate()
  return {
    finished: () => {
      if (unclaimed(input.claims) > 0 || !cancelWorker(input.claims, input.slot)) return settled
      stop()
      return Promise.resolve()
    },
    stop
  }
}

/**
 * Cores idle besides the calling thread's, judged by the last minute's load average (0 where
 * the platform does not report one, so every core counts as idle there).
 */
export function idleCores(cores: number, load: number = loadavg()[0] ?? 0): number {
  return Math.max(0, Math.min(cores - 1, Math.round(cores - 1 - load)))
}

/** Scans every subdirectory of `root`; the results are in directory order. */
export async function scanSubdirs(root: string, opts: ThreadOptions): Promise<DirScan[]> {
  const results: DirScan[] = new Array<DirScan>(SUBDIRS.length)
  const explicit = opts.workers !== undefined
  const cores = availableParallelism()
  const count = explicit ? Math.min(opts.workers!, cores) : cores - 1
  const busy = idleCores(cores) === 0
  const helpAfter = busy ? BUSY_HELP_AFTER_MS : HELP_AFTER_MS
  const sample = busy ? BUSY_SAMPLE_DIRS : SAMPLE_DIRS
  let url = count > 0 ? (opts.workerUrl ?? resolveWorkerUrl()) : undefined
  if (explicit && count > 0 && !url)
    opts.log?.('cache: no built verify worker found; scanning on the calling thread')
  const claims = newClaims(url ? count : 0)
  const meter = new ProgressMeter(opts.hash ? 'verify' : 'scan', opts.onProgress)
  const report = (): void => {
    const p = progressOf(claims)
    meter.set(p.files, p.bytes, p.fraction)
  }
  const workers: ScanWorker[] = []
  const startWorkers = (): void => {
    for (let slot = 0; slot < count; slot++)
      workers.push(startWorker(url!, { root, hash: opts.hash, claims, slot }, results))
    url = undefined
  }
  let timer: NodeJS.Timeout | undefined
  try {
    if (explicit && url) startWorkers()
    else
      scanHere(claims, root, opts.hash, results, (mine, cpuMs) => {
        report()
        // The projection is taken once the sample is in, then each time the count doubles: a
        // scan that outgrows the calling thread shows it early, and the clock is read rarely.
        if (!url || mine < sample || (mine & (mine - 1)) !== 0) return
        if ((cpuMs() / mine) * unclaimed(claims) > helpAfter) startWorkers()
      })
    if (opts.onProgress && workers.length) timer = setInterval(report, PROGRESS_MS)
    await Promise.all(workers.map((w) => w.finished()))
  } catch (err) {
    for (const w of workers) w.stop()
    throw err
  } finally {
    clearInterval(timer)
  }
  report()
  meter.finish()
  return results
}

/** The calling thread's share: claims directories until none are left. */
function scanHere(
  claims: Claims,
  root: string,
  hash: boolean,
  results: DirScan[],
  after: (mine: number, cpuMs: () => number) => void
): void {
  const buf = Buffer.allocUnsafe(hash ? CHUNK : ENTRY_SIZE + 1)
  // CPU time, not wall time: on a busy machine the wall clock also counts other processes' turns.
  // (Until workers start, this thread is the process's only one doing work.)
  const started = process.cpuUsage()
  let mine = 0
  const cpuMs = (): number => {
    const used = process.cpuUsage(started)
    return (used.user + used.system) / 1000
  }
  scanClaimed(claims, root, { hash, buf }, (index, scan) => {
    results[index] = scan
    after(++mine, cpuMs)
  })
}
