import { unlinkSync, readdirSync, rmdirSync, lstatSync, constants, openSync, writeSync, closeSync, renameSync, existsSync, readFileSync, realpathSync } from 'node:fs';
import { T as TRIM_LIMIT_S, S as SUBDIRS, M as MTIME_INTERVAL_S, E as ENTRY_SIZE, a as TOP_LEVEL_FILES, p as parseTrim, b as TRIM_INTERVAL_S } from './entry.js';
import path__default from 'node:path';
import { v as vanished, e as errText, l as lstatOrGone, n as newClaims, u as unclaimed, C as CHUNK, s as scanClaimed, p as progressOf, c as cancelWorker, R as READ_NOFOLLOW } from './claims.js';
import { i as isInside } from './root.js';
import { availableParallelism, homedir } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { U as UsageError } from './errors.js';

/** Throttles progress reports for one phase: at most one every `intervalMs`, plus a final one. */
class ProgressMeter {
    phase;
    onProgress;
    totals;
    intervalMs;
    start = Date.now();
    last = 0;
    done = 0;
    bytesDone = 0;
    fraction;
    constructor(phase, onProgress, totals = {}, intervalMs = 200) {
        this.phase = phase;
        this.onProgress = onProgress;
        this.totals = totals;
        this.intervalMs = intervalMs;
    }
    /** Records `files` more files and `bytes` more bytes done; reports when the interval passed. */
    add(files, bytes) {
        this.set(this.done + files, this.bytesDone + bytes);
    }
    /** Records the totals done so far (and the share of the work, when totals are unknown). */
    set(done, bytesDone, fraction) {
        this.done = done;
        this.bytesDone = bytesDone;
        this.fraction = fraction;
        if (!this.onProgress)
            return;
        const now = Date.now();
        if (now - this.last >= this.intervalMs) {
            this.last = now;
            this.onProgress(this.snapshot(now));
        }
    }
    /** The final report of the phase. */
    finish() {
        this.onProgress?.(this.snapshot(Date.now()));
    }
    snapshot(now) {
        const elapsedMs = now - this.start;
        return {
            phase: this.phase,
            done: this.done,
            total: this.totals.total,
            bytesDone: this.bytesDone,
            bytesTotal: this.totals.bytesTotal,
            ...(this.fraction === undefined ? {} : { fraction: this.fraction }),
            elapsedMs,
            rate: elapsedMs > 0 ? Math.round((this.bytesDone * 1000) / elapsedMs) : 0
        };
    }
}

/**
 * Removal that cannot escape the cache: symbolic links are unlinked, never followed; directories
 * are only descended on the cache's own device; nothing outside `root` is ever named.
 */
class Remover {
    root;
    dev;
    entries = 0;
    bytes = 0;
    failed = [];
    constructor(root, dev) {
        this.root = root;
        this.dev = dev;
    }
    /** Removes the file, link or directory tree at `p` (inside the root) as one entry. */
    remove(p) {
        this.guard(p);
        if (this.removeTree(p))
            this.entries++;
    }
    /** Removes a file whose size is already known (the scan's lstat): one syscall. */
    unlinkKnown(p, size) {
        this.guard(p);
        try {
            unlinkSync(p);
            this.entries++;
            this.bytes += size;
        }
        catch (err) {
            if (!vanished(err))
                this.failed.push({
                    kind: 'unreadable',
                    path: p,
                    detail: `could not remove: ${errText(err)}`
                });
        }
    }
    guard(p) {
        if (p === this.root || !isInside(p, this.root))
            throw new Error(`internal error: refusing to remove ${p}, outside the cache ${this.root}`);
    }
    removeTree(p) {
        const st = lstatOrGone(p);
        if (!st)
            return false;
        try {
            if (st.isDirectory()) {
                if (st.dev !== this.dev)
                    throw Object.assign(new Error('on another file system'), { code: 'EXDEV' });
                for (const name of readdirSync(p))
                    this.removeTree(path__default.join(p, name));
                rmdirSync(p);
            }
            else {
                unlinkSync(p);
                if (st.isFile())
                    this.bytes += st.size;
            }
            return true;
        }
        catch (err) {
            if (!vanished(err))
                this.failed.push({
                    kind: 'unreadable',
                    path: p,
                    detail: `could not remove: ${errText(err)}`
                });
            return false;
        }
    }
}

/**
 * Pruning, decided from a scan (and its problems) and carried out by the Remover:
 *  - corrupt: broken entries and outputs, and the action entries pointing at removed outputs;
 *  - stale:   also entries unused for longer than maxAge (mtime, Go's semantics), then the least
 *             recently used down to maxSize; trim.txt is rewritten when the trim was at least as
 *             strict as Go's own;
 *  - all:     what `go clean -cache` removes (everything in 00..ff, log.txt); fuzz/ only if asked.
 */
/** Problems whose path is removed by `corrupt` (unreadable and foreign paths are only reported). */
const REMOVABLE = new Set([
    'action-malformed',
    'output-missing',
    'output-size',
    'output-hash',
    'symlink',
    'not-a-file',
    'world-writable',
    'hardlink'
]);
/** The live cache while pruning: what is left, and what removing an entry entails. */
class Plan {
    remover;
    meter;
    actions;
    outputs;
    byFile = new Map();
    root;
    bytes = 0;
    constructor(scan, remover, meter) {
        this.remover = remover;
        this.meter = meter;
        this.root = scan.root;
        this.actions = new Map(scan.actions);
        this.outputs = new Map(scan.outputs);
        for (const [id, o] of this.outputs) {
            this.byFile.set(o.file, id);
            this.bytes += o.size;
        }
        for (const a of this.actions.values())
            this.bytes += a.size;
    }
    removeAction(id) {
        const a = this.actions.get(id);
        if (!a)
            return;
        this.actions.delete(id);
        this.bytes -= a.size;
        this.remover.unlinkKnown(a.path, a.size);
        this.meter.add(1, a.size);
        const out = a.entry && this.outputs.get(a.entry.outputId);
        if (out)
            out.refs--;
    }
    removeOutput(id) {
        const o = this.outputs.get(id);
        if (!o)
            return;
        this.outputs.delete(id);
        this.bytes -= o.size;
        if (o.path === o.file)
            this.remover.unlinkKnown(o.path, o.size);
        else
            this.remover.remove(o.path);
        this.meter.add(1, o.size);
    }
    /** Action entries whose output is gone can only miss: remove them. */
    dropDangling() {
        for (const [id, a] of this.actions)
            if (a.entry && !this.outputs.has(a.entry.outputId))
                this.removeAction(id);
    }
}
/** A problem inside an executable entry (`xx/<id>-d/<name>`) takes the whole entry with it. */
function entryPath(root, p) {
    return path__default.relative(root, p).split(path__default.sep).length === 3 ? path__default.dirname(p) : p;
}
function pruneCorrupt(plan, problems, remover) {
    const before = remover.entries;
    for (const p of problems) {
        if (!REMOVABLE.has(p.kind))
            continue;
        const outId = plan.byFile.get(p.path);
        if (outId)
            plan.removeOutput(outId);
        else if (p.kind === 'action-malformed' || p.kind === 'output-missing')
            plan.removeAction(path__default.basename(p.path).slice(0, 64));
        else
            remover.remove(entryPath(plan.root, p.path));
    }
    plan.dropDangling();
    return remover.entries - before;
}
function pruneByAge(plan, opts, remover) {
    const before = remover.entries;
    const cutoff = opts.now - (opts.maxAgeSeconds + MTIME_INTERVAL_S) * 1000;
    for (const [id, a] of plan.actions)
        if (a.mtimeMs < cutoff)
            plan.removeAction(id);
    plan.dropDangling();
    // Outputs no entry refers to are unreachable; spare the last hour's (a `go` may be writing them).
    const settled = opts.now - MTIME_INTERVAL_S * 1000;
    for (const [id, o] of plan.outputs)
        if (o.refs <= 0 && o.mtimeMs < settled)
            plan.removeOutput(id);
    return remover.entries - before;
}
function pruneToBudget(plan, maxSize, remover) {
    const before = remover.entries;
    if (plan.bytes <= maxSize)
        return 0;
    const lastUse = (a) => {
        const o = a.entry && plan.outputs.get(a.entry.outputId);
        return Math.max(a.mtimeMs, o?.mtimeMs ?? 0);
    };
    const lru = [...plan.actions]
        .map(([id, a]) => ({ id, a, t: lastUse(a) }))
        .sort((x, y) => x.t - y.t);
    for (const { id, a } of lru) {
        if (plan.bytes <= maxSize)
            break;
        plan.removeAction(id);
        const outId = a.entry?.outputId;
        const o = outId ? plan.outputs.get(outId) : undefined;
        if (outId && o && o.refs <= 0)
            plan.removeOutput(outId);
    }
    return remover.entries - before;
}
/** Records a completed trim the way Go does (Unix seconds), atomically, replacing any link. */
function writeTrim(root, now) {
    const tmp = path__default.join(root, `.trim.txt.${process.pid}.tmp`);
    const { O_WRONLY, O_CREAT, O_TRUNC, O_NOFOLLOW } = constants;
    const fd = openSync(tmp, O_WRONLY | O_CREAT | O_TRUNC | (O_NOFOLLOW ?? 0), 0o644);
    try {
        writeSync(fd, String(Math.floor(now / 1000)));
    }
    finally {
        closeSync(fd);
    }
    renameSync(tmp, path__default.join(root, 'trim.txt'));
}
function pruneAll(root, fuzz, remover, meter) {
    const paths = [];
    for (const sub of SUBDIRS) {
        const dir = path__default.join(root, sub);
        try {
            if (lstatSync(dir).isDirectory())
                paths.push(...readdirSync(dir).map((n) => path__default.join(dir, n)));
            else
                paths.push(dir);
        }
        catch {
            continue;
        }
    }
    paths.push(path__default.join(root, 'log.txt'));
    if (fuzz)
        paths.push(path__default.join(root, 'fuzz'));
    for (const p of paths) {
        const bytes = remover.bytes;
        remover.remove(p);
        meter.add(1, remover.bytes - bytes);
    }
}
/** Prunes the cache scanned in `scan`; `problems` are the scan's plus full verification's. */
function pruneCache(scan, problems, opts) {
    const remover = new Remover(scan.root, lstatSync(scan.root).dev);
    const meter = new ProgressMeter('prune', opts.onProgress);
    const facts = {
        mode: opts.mode,
        entries: 0,
        bytes: 0,
        corrupt: 0,
        stale: 0,
        overBudget: 0,
        trimWritten: false,
        failed: remover.failed
    };
    const plan = new Plan(scan, remover, meter);
    if (opts.mode === 'all') {
        pruneAll(scan.root, opts.fuzz ?? false, remover, meter);
        plan.actions.clear();
        plan.outputs.clear();
    }
    else {
        facts.corrupt = pruneCorrupt(plan, problems, remover);
        if (opts.mode === 'stale') {
            facts.stale = pruneByAge(plan, opts, remover);
            if (opts.maxSizeBytes !== undefined)
                facts.overBudget = pruneToBudget(plan, opts.maxSizeBytes, remover);
            if (opts.maxAgeSeconds <= TRIM_LIMIT_S) {
                writeTrim(scan.root, opts.now);
                facts.trimWritten = true;
            }
        }
    }
    meter.finish();
    facts.entries = remover.entries;
    facts.bytes = remover.bytes;
    return { facts, actions: plan.actions, outputs: plan.outputs };
}

/**
 * Where the bundled worker lives. The bundler emits it as dist/verify-worker.js while the code
 * asking for it may sit in dist/ or in dist/chunks/, so both neighbours are tried. Under the
 * TypeScript sources (tests) there is no built worker: undefined, and verification hashes
 * in-process instead.
 */
function resolveWorkerUrl(from = import.meta.url) {
    for (const rel of ['./verify-worker.js', '../verify-worker.js']) {
        const url = new URL(rel, from);
        if (existsSync(fileURLToPath(url)))
            return url;
    }
    return undefined;
}

/**
 * Spreads the 256 subdirectories over threads. By default the calling thread starts scanning at
 * once and, when the scan is projected to outlast a worker's start-up, starts one worker per
 * remaining core; all of them claim directories from a shared counter until none are left, and a
 * worker that has not started by then is dropped instead of awaited. An explicit worker count
 * leaves all the scanning to that many workers (0: the calling thread alone).
 */
/** Start workers only when the rest of the scan would take longer than a worker takes to start. */
const HELP_AFTER_MS = 200;
/** Directories the calling thread scans before it trusts its projection. */
const SAMPLE_DIRS = 4;
const PROGRESS_MS = 200;
function startWorker(url, input, results) {
    const worker = new Worker(url, { workerData: input });
    const settled = new Promise((resolve, reject) => {
        worker.on('message', (m) => {
            if ('done' in m)
                resolve();
            else
                results[m.index] = m.scan;
        });
        worker.on('error', reject);
        worker.on('exit', (code) => reject(new Error(`cache verify worker exited (code ${code}) before it finished`)));
    });
    settled.catch(() => undefined); // a dropped worker's exit is awaited by nobody
    const stop = () => void worker.terminate();
    return {
        finished: () => {
            if (unclaimed(input.claims) > 0 || !cancelWorker(input.claims, input.slot))
                return settled;
            stop();
            return Promise.resolve();
        },
        stop
    };
}
/** Scans every subdirectory of `root`; the results are in directory order. */
async function scanSubdirs(root, opts) {
    const results = new Array(SUBDIRS.length);
    const explicit = opts.workers !== undefined;
    const count = opts.workers ?? availableParallelism() - 1;
    let url = count > 0 ? (opts.workerUrl ?? resolveWorkerUrl()) : undefined;
    if (explicit && count > 0 && !url)
        opts.log?.('cache: no built verify worker found; scanning on the calling thread');
    const claims = newClaims(url ? count : 0);
    const meter = new ProgressMeter(opts.hash ? 'verify' : 'scan', opts.onProgress);
    const report = () => {
        const p = progressOf(claims);
        meter.set(p.files, p.bytes, p.fraction);
    };
    const workers = [];
    const startWorkers = () => {
        for (let slot = 0; slot < count; slot++)
            workers.push(startWorker(url, { root, hash: opts.hash, claims, slot }, results));
        url = undefined;
    };
    let timer;
    try {
        if (explicit && url)
            startWorkers();
        else
            scanHere(claims, root, opts.hash, results, (mine, elapsedMs) => {
                report();
                const projectedMs = (elapsedMs / mine) * unclaimed(claims);
                if (url && mine >= SAMPLE_DIRS && projectedMs > HELP_AFTER_MS)
                    startWorkers();
            });
        if (opts.onProgress && workers.length)
            timer = setInterval(report, PROGRESS_MS);
        await Promise.all(workers.map((w) => w.finished()));
    }
    catch (err) {
        for (const w of workers)
            w.stop();
        throw err;
    }
    finally {
        clearInterval(timer);
    }
    report();
    meter.finish();
    return results;
}
/** The calling thread's share: claims directories until none are left. */
function scanHere(claims, root, hash, results, after) {
    const buf = Buffer.allocUnsafe(hash ? CHUNK : ENTRY_SIZE + 1);
    const started = performance.now();
    let mine = 0;
    scanClaimed(claims, root, { hash, buf }, (index, scan) => {
        results[index] = scan;
        after(++mine, performance.now() - started);
    });
}

/**
 * One pass over a Go build cache: the top level here, the 256 subdirectories spread over threads
 * (scan-dir.ts, threads.ts), then every action entry cross-checked against its output (that is
 * quick verification; full verification hashes each output while its directory is scanned).
 */
class Scanner {
    root;
    actions = new Map();
    outputs = new Map();
    problems = [];
    constructor(root) {
        this.root = root;
    }
    problem(kind, p, detail) {
        this.problems.push({ kind, path: p, detail });
    }
    /** Every parsed entry must point at an output of the declared size. */
    crossCheck() {
        const badOutputs = new Set();
        for (const action of this.actions.values()) {
            const e = action.entry;
            if (!e)
                continue;
            const out = this.outputs.get(e.outputId);
            if (!out) {
                this.problem('output-missing', action.path, `its output ${e.outputId.slice(0, 12)}…-d does not exist`);
                continue;
            }
            out.refs++;
            if (out.size !== e.size && !badOutputs.has(e.outputId)) {
                badOutputs.add(e.outputId);
                this.problem('output-size', out.file, `${out.size} bytes, but action entry ${path__default.basename(action.path)} declares ${e.size}`);
            }
        }
    }
    scanTop() {
        const fuzz = { files: 0, bytes: 0 };
        const subdirs = new Set(SUBDIRS);
        let names;
        try {
            names = readdirSync(this.root);
        }
        catch (err) {
            if (vanished(err))
                return { fuzz };
            throw err;
        }
        for (const name of names) {
            if (subdirs.has(name))
                continue;
            const p = path__default.join(this.root, name);
            const st = lstatOrGone(p);
            if (!st)
                continue;
            if (st.isSymbolicLink())
                this.problem('symlink', p, 'Go never writes symbolic links');
            else if (name === 'fuzz' && st.isDirectory())
                this.sizeTree(p, fuzz);
            else if (!TOP_LEVEL_FILES.has(name))
                this.problem('foreign', p, 'not a file Go keeps in its cache');
            else if (!st.isFile())
                this.problem('not-a-file', p, 'expected a regular file');
        }
        return { fuzz };
    }
    /** Counts a tree's files and bytes without following links (fuzz corpus: counted, not checked). */
    sizeTree(dir, acc) {
        let names;
        try {
            names = readdirSync(dir);
        }
        catch {
            return;
        }
        for (const name of names) {
            const p = path__default.join(dir, name);
            const st = lstatOrGone(p);
            if (!st)
                continue;
            if (st.isDirectory())
                this.sizeTree(p, acc);
            else if (st.isFile()) {
                acc.files++;
                acc.bytes += st.size;
            }
        }
    }
}
/** Reads trim.txt like Go's Trim does and classifies it against Go's trimInterval. */
function readTrim(root, nowMs) {
    let text;
    try {
        const fd = openSync(path__default.join(root, 'trim.txt'), READ_NOFOLLOW);
        try {
            text = readFileSync(fd, 'latin1');
        }
        finally {
            closeSync(fd);
        }
    }
    catch (err) {
        if (vanished(err))
            return { state: 'missing' };
        return { state: 'unparsable', raw: errText(err).slice(0, 64) };
    }
    const parsed = parseTrim(text);
    if (!parsed.ok)
        return { state: 'unparsable', raw: text.slice(0, 64) };
    const ageSeconds = Math.floor(nowMs / 1000) - parsed.seconds;
    const state = ageSeconds <= -MTIME_INTERVAL_S ? 'future' : ageSeconds >= TRIM_INTERVAL_S ? 'stale' : 'fresh';
    return { state, lastTrim: parsed.seconds, ageSeconds };
}
/** Scans (and with `hash`, fully verifies) the cache at `root` (checked by checkCacheRoot). */
async function scanCache(root, opts) {
    const scannedAt = opts.now ?? Date.now();
    const s = new Scanner(root);
    const { fuzz } = s.scanTop();
    for (const dir of await scanSubdirs(root, opts)) {
        for (const [id, a] of dir.actions)
            s.actions.set(id, a);
        for (const [id, o] of dir.outputs)
            s.outputs.set(id, o);
        for (const p of dir.problems)
            s.problems.push(p);
    }
    s.crossCheck();
    return {
        root,
        actions: s.actions,
        outputs: s.outputs,
        problems: s.problems,
        fuzz,
        trim: readTrim(root, scannedAt),
        scannedAt
    };
}

/** Entry counts, bytes, orphans and last-use ages of the entries in `live`. */
function cacheStats(live, fuzz, now) {
    const stats = {
        entries: live.actions.size,
        outputs: live.outputs.size,
        orphanOutputs: 0,
        bytes: 0,
        fuzzFiles: fuzz.files,
        fuzzBytes: fuzz.bytes,
        ages: { day: 0, week: 0, older: 0 }
    };
    const add = (e) => {
        stats.bytes += e.size;
        const age = (now - e.mtimeMs) / 1000;
        if (age < TRIM_INTERVAL_S)
            stats.ages.day++;
        else if (age < TRIM_LIMIT_S)
            stats.ages.week++;
        else
            stats.ages.older++;
        stats.oldestUse = Math.min(stats.oldestUse ?? e.mtimeMs, e.mtimeMs);
        stats.newestUse = Math.max(stats.newestUse ?? e.mtimeMs, e.mtimeMs);
    };
    for (const a of live.actions.values())
        add(a);
    for (const o of live.outputs.values()) {
        add(o);
        if (o.refs <= 0)
            stats.orphanOutputs++;
    }
    return stats;
}
/** Entries unused for longer than maxAge (plus Go's mtime imprecision of an hour). */
function countStale(live, maxAgeSeconds, now) {
    const cutoff = now - (maxAgeSeconds + MTIME_INTERVAL_S) * 1000;
    let n = 0;
    for (const a of live.actions.values())
        if (a.mtimeMs < cutoff)
            n++;
    for (const o of live.outputs.values())
        if (o.mtimeMs < cutoff)
            n++;
    return n;
}

/**
 * Scan, verify and prune one cache root (already checked by checkCacheRoot) and describe the
 * result as CacheFacts. Shared by the gate (gate.ts) and `go-baseline-gate cache` (command.ts).
 */
async function runCache(root, opts) {
    const started = Date.now();
    const now = opts.now ?? started;
    const maxAgeSeconds = opts.maxAgeSeconds ?? TRIM_LIMIT_S;
    if (!existsSync(root))
        opts.log?.(`cache: ${root} does not exist yet; nothing to check`);
    // Pruning broken entries needs them parsed: quick verification at least.
    const verify = opts.verify === 'off' && (opts.prune === 'corrupt' || opts.prune === 'stale')
        ? 'quick'
        : opts.verify;
    const scan = await scanCache(root, {
        hash: verify === 'full',
        workers: opts.workers,
        workerUrl: opts.workerUrl,
        onProgress: opts.onProgress,
        log: opts.log,
        now
    });
    const problems = verify === 'off' ? [] : scan.problems;
    const stats = cacheStats(scan, scan.fuzz, now);
    const facts = {
        root,
        verify,
        scannedAt: now,
        durationMs: 0,
        stats,
        trim: scan.trim,
        problems,
        maxAgeSeconds,
        maxSizeBytes: opts.maxSizeBytes,
        bytesAfter: stats.bytes,
        staleAfter: countStale(scan, maxAgeSeconds, now)
    };
    if (opts.prune !== 'off' && existsSync(root)) {
        const pruned = pruneCache(scan, problems, {
            mode: opts.prune,
            maxAgeSeconds,
            maxSizeBytes: opts.maxSizeBytes,
            fuzz: opts.pruneFuzz,
            now,
            onProgress: opts.onProgress
        });
        facts.prune = pruned.facts;
        facts.bytesAfter = cacheStats(pruned, scan.fuzz, now).bytes;
        facts.staleAfter = countStale(pruned, maxAgeSeconds, now);
    }
    facts.durationMs = Date.now() - started;
    return facts;
}

function real(p) {
    try {
        return realpathSync(p);
    }
    catch {
        return path__default.resolve(p);
    }
}
/** The homes the gate protects: $HOME and the account's home directory. */
function homeDirs(env = process.env) {
    return [env.HOME, env.USERPROFILE, homedir()].filter((h) => !!h);
}
/**
 * Refuses a cache root that pruning could turn into a disaster: the file-system root, a home
 * directory, GOROOT, the workspace, or any ancestor of those. Returns the absolute root with
 * symbolic links in the root path itself resolved (links inside the cache are never followed).
 */
function checkCacheRoot(root, places) {
    if (!root || root === 'off')
        throw new UsageError('the Go build cache is disabled (GOCACHE=off), so there is nothing to verify or prune', undefined, 'unset GOCACHE=off, or run with --cache-verify off --prune off');
    if (!path__default.isAbsolute(root))
        throw new UsageError(`the cache root ${JSON.stringify(root)} is not an absolute path`, undefined, 'set GOCACHE (or --gocache) to an absolute directory');
    const abs = real(root);
    const named = [
        ...places.homes.map((h) => ['a home directory', h]),
        ['GOROOT', places.goroot],
        ['the workspace', places.workspace]
    ];
    if (abs === path__default.parse(abs).root || path__default.resolve(root) === path__default.parse(abs).root)
        throw refuse(root, 'the file-system root');
    for (const [what, dir] of named) {
        if (!dir)
            continue;
        for (const candidate of new Set([path__default.resolve(dir), real(dir)])) {
            for (const r of new Set([path__default.resolve(root), abs])) {
                if (isInside(candidate, r))
                    throw refuse(root, r === candidate ? what : `an ancestor of ${what} (${candidate})`);
            }
        }
    }
    return abs;
}
function refuse(root, what) {
    return new UsageError(`refusing to use ${JSON.stringify(root)} as the Go build cache: it is ${what}, and pruning would delete files there`, undefined, 'point GOCACHE (or --gocache) at a dedicated directory such as ~/.cache/go-build');
}

export { checkCacheRoot as c, homeDirs as h, runCache as r };
