import { createRequire as __gbgCreateRequire } from 'node:module';
const __gbgBuiltin = process.getBuiltinModule ?? __gbgCreateRequire(import.meta.url);
import { b as sha256Hex, i as isFeatureAvailable, c as cacheKeys, r as restoreCache, h as hitKind, g as gocacheFingerprint, m as modcacheFingerprint } from './fingerprint.js';
const { lstatSync, chmodSync, readdirSync, rmSync, existsSync } = __gbgBuiltin('node:fs');
import { x as readRegularFileSync, t as cacheTimeoutMs, u as withDeadline, C as CacheTimeoutError, v as CACHE_TIMEOUT_VAR } from './main-shared.js';
import path__default from 'node:path';
import { r as runWithDeadline, k as goTimeoutMs } from './main-boot.js';
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
import 'url';

import 'node:os';
import 'node:process';
import 'node:https';
import 'node:crypto';
import 'tty';
import 'child_process';
import 'timers';
import 'node:child_process';

/** Go extracts modules read-only; tar and rm need write permission on the directories. */
/** Adds owner write permission to `dir` and every directory below it (files are left alone). */
function makeDirsWritable(dir) {
    const st = lstatSync(dir);
    if (!st.isDirectory())
        return;
    if ((st.mode & 0o200) === 0)
        chmodSync(dir, (st.mode & 0o7777) | 0o200);
    for (const e of readdirSync(dir, { withFileTypes: true }))
        if (e.isDirectory())
            makeDirsWritable(path__default.join(dir, e.name));
}

/**
 * Integrity of a restored module cache: `go mod verify` offline (GOPROXY=off). A module that is
 * simply not in the cache is not a finding (Go downloads and checks it against go.sum); a module
 * whose extracted directory or zip differs from its recorded hash is. With `prune` on, the damaged
 * module's directory and download files are removed so Go downloads it again.
 */
/** `example.com/dep v1.0.0: dir has been modified (/path)` and Go's other per-module lines. */
const DAMAGE = /^(\S+) (v\S+): (.+)$/;
/** Go cannot load the module graph offline: modules are missing, nothing was modified. */
const OFFLINE = /module lookup disabled by GOPROXY=off|missing ziphash/;
/** Go's case-encoding of module paths and versions in the cache (`A` -> `!a`). */
function escapeModulePath(p) {
    return p.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}
async function runGo(opts) {
    const env = { ...opts.env, GOPROXY: 'off', GOFLAGS: '-mod=mod', GOMODCACHE: opts.modcache };
    try {
        const r = await runWithDeadline(opts.go, ['mod', 'verify'], {
            cwd: opts.dir,
            env,
            timeoutMs: goTimeoutMs(opts.env),
            display: 'go mod verify'
        });
        return { code: r.code ?? -1, stdout: r.stdout, stderr: r.stderr || (r.signal ?? '') };
    }
    catch (err) {
        // A timeout or a go that cannot start: the check failed, with the reason.
        return { code: -1, stdout: '', stderr: err.message };
    }
}
function removeModule(modcache, d) {
    const p = escapeModulePath(d.path);
    const v = escapeModulePath(d.version);
    const dir = path__default.join(modcache, `${p}@${v}`);
    try {
        makeDirsWritable(dir);
    }
    catch (err) {
        if (err.code !== 'ENOENT')
            throw err;
    }
    rmSync(dir, { recursive: true, force: true });
    const download = path__default.join(modcache, 'cache', 'download', p, '@v');
    let names;
    try {
        names = readdirSync(download);
    }
    catch {
        return;
    }
    for (const name of names)
        if (name.startsWith(`${v}.`))
            rmSync(path__default.join(download, name), { force: true });
}
const firstLines = (s) => s.trim().split('\n').slice(0, 3).join('\n');
async function verifyModules(opts) {
    const r = await runGo(opts);
    const byModule = new Map();
    for (const line of `${r.stdout}\n${r.stderr}`.split('\n')) {
        const m = DAMAGE.exec(line.trim());
        if (!m || line.startsWith('go: ') || OFFLINE.test(line))
            continue;
        const id = `${m[1]} ${m[2]}`;
        const seen = byModule.get(id);
        if (seen)
            seen.detail += `; ${m[3]}`;
        else
            byModule.set(id, { path: m[1], version: m[2], detail: m[3], removed: false });
    }
    const damaged = [...byModule.values()];
    if (damaged.length > 0) {
        if (opts.prune)
            for (const d of damaged) {
                try {
                    removeModule(opts.modcache, d);
                    d.removed = true;
                }
                catch (err) {
                    d.removeError = err.message;
                }
            }
        return { status: 'modified', damaged };
    }
    if (r.code === 0)
        return { status: 'verified', damaged };
    const message = firstLines(r.stderr || r.stdout);
    return { status: OFFLINE.test(message) ? 'incomplete' : 'failed', damaged, message };
}

/**
 * The dependency part of the cache key: every go.sum and go.work.sum under the repository root
 * (like actions/setup-go's `**\/go.sum`), skipping vendor/, testdata/, node_modules/ and hidden
 * directories. The hash covers each file's relative path and content.
 */
const SUM_FILES = new Set(['go.sum', 'go.work.sum']);
const SKIP_DIRS = new Set(['vendor', 'testdata', 'node_modules']);
/** A bound on the walk, so a huge checkout cannot stall the gate. */
const MAX_DIRS = 20000;
function findSumFiles(root) {
    const found = [];
    const queue = [root];
    for (let n = 0; queue.length > 0 && n < MAX_DIRS; n++) {
        const dir = queue.shift();
        let entries;
        try {
            entries = readdirSync(dir, { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const e of entries) {
            if (e.isDirectory() && !e.name.startsWith('.') && !SKIP_DIRS.has(e.name))
                queue.push(path__default.join(dir, e.name));
            else if (e.isFile() && SUM_FILES.has(e.name))
                found.push(path__default.join(dir, e.name));
        }
    }
    return found.map((f) => path__default.relative(root, f).split(path__default.sep).join('/')).sort();
}
/** 16 hex digits; the same for an empty list on every run (modules without dependencies). */
function hashSumFiles(root) {
    const lines = findSumFiles(root).map((rel) => `${rel}\0${sha256Hex(readRegularFileSync(path__default.join(root, rel)))}\n`);
    return sha256Hex(lines.join('')).slice(0, 16);
}

/**
 * The main step's half of the store: restore GOCACHE (and GOMODCACHE with `cache-modules`) with
 * @actions/cache, fingerprint what came back, and verify a restored module cache. Runs before the
 * facts phase verifies and prunes GOCACHE, so a damaged restore is healed before `go build`.
 */
const usable = (dir) => dir !== undefined && dir !== '' && dir !== 'off';
function nonEmpty(dir) {
    try {
        return readdirSync(dir).length > 0;
    }
    catch {
        return false;
    }
}
async function restoreDir(what, dir, opts, sumHash, fingerprint) {
    const { primary, restoreKeys } = cacheKeys({
        what,
        os: opts.env.RUNNER_OS || process.platform,
        arch: opts.env.RUNNER_ARCH || process.arch,
        goVersion: opts.go.version,
        sumHash
    });
    // tar cannot replace files inside Go's read-only module directories ("File exists").
    if (what === 'gomod' && nonEmpty(dir))
        makeDirsWritable(dir);
    const timeoutMs = cacheTimeoutMs(opts.env, opts.log);
    let matchedKey;
    try {
        matchedKey = await withDeadline(`restoring ${dir} from the cache service`, timeoutMs, () => restoreCache([dir], primary, restoreKeys, {
            segmentTimeoutInMs: Math.min(timeoutMs, 600_000)
        }));
    }
    catch (err) {
        if (!(err instanceof CacheTimeoutError))
            throw err;
        (opts.warn ?? opts.log)(`go-baseline-gate: ${err.message} (${CACHE_TIMEOUT_VAR} sets the deadline in seconds); the job goes on as on a cache miss`);
    }
    const hit = hitKind(primary, matchedKey);
    opts.log(matchedKey
        ? `cache: restored ${dir} from ${matchedKey} (${hit})`
        : `cache: nothing to restore for ${dir} under ${restoreKeys[0]}* (miss)`);
    return {
        path: dir,
        key: primary,
        restoreKeys,
        ...(matchedKey ? { matchedKey } : {}),
        hit,
        fingerprint: existsSync(dir) ? fingerprint(dir) : ''
    };
}
async function restoreStore(opts) {
    const started = Date.now();
    if (!isFeatureAvailable()) {
        opts.log('cache: the runner offers no cache service; nothing restored, nothing will be saved');
        return { available: false, durationMs: Date.now() - started };
    }
    const sumHash = hashSumFiles(opts.root);
    const { GOCACHE, GOMODCACHE } = opts.go.env;
    const [gocache, modules] = await Promise.all([
        usable(GOCACHE) ? restoreDir('gocache', GOCACHE, opts, sumHash, gocacheFingerprint) : undefined,
        opts.modules && usable(GOMODCACHE)
            ? restoreDir('gomod', GOMODCACHE, opts, sumHash, modcacheFingerprint)
            : undefined
    ]);
    const facts = { available: true, durationMs: 0 };
    if (gocache)
        facts.gocache = gocache;
    if (modules && modules.hit !== 'miss') {
        const verify = await verifyModules({
            go: opts.go.binary,
            dir: opts.dir,
            modcache: modules.path,
            env: opts.env,
            prune: opts.prune
        });
        opts.log(`cache: go mod verify: ${verify.status}${verify.message ? `: ${verify.message}` : ''}`);
        facts.modules = { ...modules, verify };
    }
    else if (modules)
        facts.modules = modules;
    facts.durationMs = Date.now() - started;
    return facts;
}

export { restoreStore };
