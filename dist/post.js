import { d as getState, l as logText } from './chunks/log.js';
import 'os';
import 'crypto';
import 'fs';
import 'path';
import 'http';
import 'https';
import './chunks/index.js';
import 'net';
import 'tls';
import 'events';
import 'assert';
import 'util';
import 'node:assert';
import 'node:net';
import 'node:http';
import 'node:stream';
import 'node:buffer';
import 'node:util';
import 'node:querystring';
import 'node:events';
import 'node:diagnostics_channel';
import './chunks/_commonjsHelpers.js';
import 'node:tls';
import 'node:zlib';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:url';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';
import 'child_process';
import 'timers';
import 'node:crypto';

/**
 * The post step runs after the job's other steps. Today it only reports what the main step left;
 * the build-cache save (input `cache`) will live here.
 */
async function run() {
    const gocache = getState('gocache');
    logText(gocache
        ? `go-baseline-gate post: GOCACHE was ${gocache}; no cache save configured`
        : 'go-baseline-gate post: nothing to do', (s) => process.stdout.write(s));
}

await run();
