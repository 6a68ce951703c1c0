/**
 * Worker-thread entry of the cache scan (bundled to dist/verify-worker.js): it claims
 * subdirectories from the shared counter, scans them (hashing outputs under full verification)
 * with one read buffer, posts each result, and ends with `{ done: true }`. Only Node built-ins and
 * the per-directory scanner are imported.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { beginWorker, scanClaimed, type Claims } from './claims.js'
import { ENTRY_SIZE } from './entry.js'
import { CHUNK } from './hash.js'

export interface WorkerInput {
  root: string
  hash: boolean
  claims: Claims
  slot: number
}

const input = workerData as WorkerInput
if (beginWorker(input.claims, input.slot)) {
  const buf = Buffer.allocUnsafe(input.hash ? CHUNK : ENTRY_SIZE + 1)
  scanClaimed(input.claims, input.root, { hash: input.hash, buf }, (index, scan) =>
    parentPort?.postMessage({ index, scan })
  )
}
parentPort?.postMessage({ done: true })
