import { createRequire as __gbgCreateRequire } from 'node:module';
const __gbgBuiltin = process.getBuiltinModule ?? __gbgCreateRequire(import.meta.url);
import { workerData, parentPort } from 'node:worker_threads';
import { t as beginWorker, C as CHUNK, E as ENTRY_SIZE, u as scanClaimed } from './chunks/main-shared.js';
import 'path';
import 'os';
import 'crypto';

import 'string_decoder';
import 'events';
import 'child_process';
import 'assert';
import 'timers';
import 'node:path';


import 'node:crypto';

/**
 * Worker-thread entry of the cache scan (bundled to dist/verify-worker.js): it claims
 * subdirectories from the shared counter, scans them (hashing outputs under full verification)
 * with one read buffer, posts each result, and ends with `{ done: true }`. Only Node built-ins and
 * the per-directory scanner are imported.
 */
const input = workerData;
if (beginWorker(input.claims, input.slot)) {
    const buf = Buffer.allocUnsafe(input.hash ? CHUNK : ENTRY_SIZE + 1);
    scanClaimed(input.claims, input.root, { hash: input.hash, buf }, (index, scan) => parentPort?.postMessage({ index, scan }));
}
parentPort?.postMessage({ done: true });
