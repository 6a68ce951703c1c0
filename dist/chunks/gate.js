import { U as UsageError } from './errors.js';
import { t as throttledLog } from './format.js';
import { c as checkCacheRoot, h as homeDirs, r as runCache } from './safety.js';
import { s as spannedSize, a as spannedDuration } from './units.js';
import 'node:fs';
import './entry.js';
import 'node:path';
import './claims.js';
import 'node:crypto';
import './root.js';
import 'node:os';
import 'node:worker_threads';
import 'node:url';

/** Undefined when both verification and pruning are off. */
async function cacheStage(opts) {
    if (opts.verify === 'off' && opts.prune === 'off')
        return undefined;
    const gocache = opts.goEnv.GOCACHE;
    if (gocache === undefined)
        throw new UsageError('`go env` did not report GOCACHE, so the build cache cannot be checked', undefined, 'use Go 1.10 or newer, or set cache-verify: off and prune: off');
    const root = checkCacheRoot(gocache, {
        homes: homeDirs(),
        goroot: opts.goEnv.GOROOT,
        workspace: opts.root
    });
    return runCache(root, {
        verify: opts.verify,
        prune: opts.prune,
        maxAgeSeconds: spannedDuration(opts.policy.maxAge, 'max-cache-age'),
        maxSizeBytes: spannedSize(opts.policy.maxSize, 'max-cache-size'),
        onProgress: opts.onProgress ?? (opts.log && throttledLog(opts.log)),
        log: opts.log
    });
}

export { cacheStage };
