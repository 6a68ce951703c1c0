import { createRequire as __gbgCreateRequire } from 'node:module';
const __gbgBuiltin = process.getBuiltinModule ?? __gbgCreateRequire(import.meta.url);
import { U as UsageError, J as spannedSize, K as spannedDuration } from './main-shared.js';
import { t as throttledLog } from './main-core.js';
import { c as checkCacheRoot, w as workspaceDirs, h as homeDirs, r as runCache } from './safety.js';
import 'path';
import 'os';
import 'crypto';

import 'string_decoder';
import 'events';
import 'child_process';
import 'assert';
import 'timers';
import 'node:path';


import './main-boot.js';
import 'node:os';
import 'node:child_process';

import 'node:crypto';
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
        homes: homeDirs(opts.env),
        goroot: opts.goEnv.GOROOT,
        workspaces: workspaceDirs(opts.root, opts.env)
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
