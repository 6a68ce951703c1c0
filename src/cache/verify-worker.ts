/**
 * Worker-thread entry of full verification (bundled to dist/verify-worker.js). It receives
 * batches of hash jobs and answers each with its mismatches and byte count; only Node built-ins
 * and the shared hashing core are imported.
 */
import { parentPort } from 'node:worker_threads'
import { CHUNK, hashJobs, type HashJob } from './hash.js'

const buf = Buffer.allocUnsafe(CHUNK)

parentPort?.on('message', (batch: HashJob[]) => {
  parentPort?.postMessage(hashJobs(batch, buf))
})
