import { createRequire as __gbgCreateRequire } from 'node:module';
const __gbgBuiltin = process.getBuiltinModule ?? __gbgCreateRequire(import.meta.url);
import { s as saveKey, r as restoreCache, a as saveCache, g as gocacheFingerprint, m as modcacheFingerprint } from './fingerprint.js';
const { existsSync } = __gbgBuiltin('node:fs');
import { f as formatBytes } from './main-core.js';
import { c as checkCacheRoot, h as homeDirs, r as runCache } from './safety.js';
import { t as cacheTimeoutMs, u as withDeadline, C as CacheTimeoutError, v as CACHE_TIMEOUT_VAR } from './main-shared.js';
import 'path';

import 'assert';
import 'os';
import 'crypto';
import 'stream';

import './comparator.js';
import './satisfies2.js';
import './valid2.js';
import './http.js';
import 'net';
import 'tls';
import 'http';
import 'https';
import 'events';
import 'node:assert';
import 'node:net';
import 'node:http';
import 'node:stream';


import 'node:querystring';
import 'node:events';
import 'node:diagnostics_channel';
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
import './main-boot.js';
import 'node:os';
import 'node:path';
import 'node:child_process';
import 'url';

import 'node:process';
import 'node:https';
import 'node:crypto';
import 'tty';
import 'child_process';
import 'timers';

/** Events whose code comes from the repository itself (a push, a maintainer's dispatch, …). */
const TRUSTED_EVENTS = new Set([
    'push',
    'schedule',
    'workflow_dispatch',
    'repository_dispatch',
    'merge_group',
    'release',
    'create',
    'pull_request'
]);
const obj = (v) => (v && typeof v === 'object' ? v : {});
/** A pull request whose head is another repository (a fork). */
function isForkPullRequest(event) {
    const pr = obj(event.pull_request);
    const head = obj(obj(pr.head).repo);
    const baseRepo = obj(obj(pr.base).repo);
    if (head.fork === true)
        return true;
    return (typeof head.full_name === 'string' &&
        typeof baseRepo.full_name === 'string' &&
        head.full_name !== baseRepo.full_name);
}
/** The default branch from the payload (`repository.default_branch`). */
function defaultBranch(event) {
    const b = obj(event.repository).default_branch;
    return typeof b === 'string' && b !== '' ? b : undefined;
}
function decideSave(policy, ctx) {
    if (policy === 'never')
        return { save: false, reason: 'cache-save is never' };
    if (!TRUSTED_EVENTS.has(ctx.eventName))
        return {
            save: false,
            reason: `a ${ctx.eventName || 'unknown'} run is not trusted to write the cache (it can run code from outside the repository)`
        };
    if (ctx.eventName === 'pull_request' && isForkPullRequest(ctx.event))
        return { save: false, reason: 'a pull request from a fork never writes the cache' };
    if (policy === 'trusted')
        return { save: true, reason: `a trusted ${ctx.eventName} run` };
    // default-branch: schedule payloads carry no repository, but schedules run on the default branch.
    if (ctx.eventName === 'schedule')
        return { save: true, reason: 'a schedule run (default branch)' };
    const branch = defaultBranch(ctx.event);
    if (branch === undefined)
        return {
            save: false,
            reason: 'the event does not name the default branch (cache-save: default-branch)'
        };
    if (ctx.ref !== `refs/heads/${branch}`)
        return {
            save: false,
            reason: `${ctx.ref || 'this ref'} is not the default branch ${branch} (cache-save: default-branch)`
        };
    return { save: true, reason: `a ${ctx.eventName} run on the default branch ${branch}` };
}

/**
 * The post step's half of the store: decide whether this run may save; if so, trim GOCACHE by
 * age and size budget with the gate's prune (which rewrites trim.txt only when the trim was at
 * least as strict as Go's own), and save each directory whose content changed since the restore
 * under a key ending in its content fingerprint. A failing cache service never fails the job.
 */
function trimGocache(dir, opts) {
    const root = checkCacheRoot(dir.path, {
        homes: homeDirs(opts.env),
        goroot: opts.state.goroot,
        workspace: opts.workspace
    });
    return runCache(root, {
        verify: 'quick',
        prune: 'stale',
        maxAgeSeconds: opts.state.maxAgeSeconds,
        maxSizeBytes: opts.state.maxSizeBytes
    });
}
async function saveDir(dir, fingerprint, opts) {
    if (!existsSync(dir.path)) {
        opts.log(`cache: ${dir.path} does not exist; nothing to save`);
        return { path: dir.path, outcome: 'missing' };
    }
    const fp = fingerprint(dir.path);
    if (dir.hit === 'exact' && !dir.healed && fp === dir.fingerprint) {
        opts.log(`cache: ${dir.path} is unchanged since it was restored from ${dir.matchedKey}; not saved`);
        return { path: dir.path, outcome: 'unchanged' };
    }
    const salt = dir.healed ? `${opts.env.GITHUB_RUN_ID ?? ''}.${Date.now()}` : undefined;
    const key = saveKey(dir.key, fp, salt);
    const timeoutMs = cacheTimeoutMs(opts.env, opts.log);
    let id;
    try {
        const existing = await withDeadline(`looking up ${key} in the cache service`, timeoutMs, () => restoreCache([dir.path], key, [], { lookupOnly: true }));
        if (existing === key) {
            opts.log(`cache: ${key} is already saved (same content); not saved again`);
            return { path: dir.path, key, outcome: 'exists' };
        }
        id = await withDeadline(`saving ${dir.path} to the cache service`, timeoutMs, () => saveCache([dir.path], key));
    }
    catch (err) {
        if (!(err instanceof CacheTimeoutError))
            throw err;
        opts.warn(`go-baseline-gate: ${err.message} (${CACHE_TIMEOUT_VAR} sets the deadline in seconds); ${dir.path} was not saved; the job continues`);
        return { path: dir.path, key, outcome: 'failed' };
    }
    if (id === -1) {
        opts.warn(`go-baseline-gate: ${dir.path} was not saved as ${key}: the cache service did not accept it (see the message above); the job continues`);
        return { path: dir.path, key, outcome: 'failed' };
    }
    opts.log(`cache: saved ${dir.path} as ${key}`);
    return { path: dir.path, key, outcome: 'saved' };
}
async function postStore(opts) {
    const { state } = opts;
    const decision = decideSave(state.savePolicy, opts.ctx);
    if (!decision.save) {
        opts.log(`cache: not saved: ${decision.reason}`);
        return { decision, saves: [] };
    }
    opts.log(`cache: saving allowed: ${decision.reason}`);
    const result = { decision, saves: [] };
    if (state.gocache) {
        if (existsSync(state.gocache.path)) {
            const trim = (result.trim = await trimGocache(state.gocache, opts));
            const p = trim.prune;
            opts.log(`cache: trimmed ${p?.entries ?? 0} entries (${formatBytes(p?.bytes ?? 0)}: ${p?.corrupt ?? 0} broken, ${p?.stale ?? 0} unused for longer than max-cache-age, ${p?.overBudget ?? 0} over max-cache-size); ${formatBytes(trim.bytesAfter)} left; trim.txt ${p?.trimWritten ? 'rewritten with the current time' : 'left as Go wrote it (max-cache-age is longer than Go’s own 5 days)'}`);
        }
        result.saves.push(await saveDir(state.gocache, gocacheFingerprint, opts));
    }
    if (state.modules)
        result.saves.push(await saveDir(state.modules, modcacheFingerprint, opts));
    return result;
}

export { postStore };
