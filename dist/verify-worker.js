import { parentPort } from 'node:worker_threads';
import { C as CHUNK, h as hashJobs } from './chunks/hash.js';
import 'node:crypto';
import 'node:fs';

/**
 * Worker-thread entry of full verification (bundled to dist/verify-worker.js). It receives
 * batches of hash jobs and answers each with its mismatches and byte count; only Node built-ins
 * and the shared hashing core are imported.
 */
const buf = Buffer.allocUnsafe(CHUNK);
parentPort?.on('message', (batch) => {
    parentPort?.postMessage(hashJobs(batch, buf));
});
