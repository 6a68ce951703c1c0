import { realpathSync, unlinkSync, readdirSync, rmdirSync, lstatSync, constants, openSync, writeSync, closeSync, renameSync, readSync, readFileSync, existsSync } from 'node:fs';
import path__default from 'node:path';
import { v as vanished, e as errText, l as lstatOrGone, R as READ_NOFOLLOW, h as hashJobs } from './hash.js';
import { homedir, availableParallelism } from 'node:os';
import { U as UsageError } from './errors.js';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

/**
 * The on-disk format of Go's build cache (cmd/go/internal/cache/cache.go), as pure functions:
 * file names, the fixed-size action entry line, and Go's time constants.
 */
const HEX_SIZE = 64;
/** `v1 <hex id> <hex out> <size padded to 20> <unixnano padded to 20>\n` */
const ENTRY_SIZE = 2 + 1 + HEX_SIZE + 1 + HEX_SIZE + 1 + 20 + 1 + 20 + 1;
const HOUR = 3600;
/** Go refreshes a used entry's mtime at most once per hour. */
const MTIME_INTERVAL_S = HOUR;
/** Go trims at most once per day (trim.txt records the last trim). */
const TRIM_INTERVAL_S = 24 * HOUR;
/** Go's trim removes entries unused for 5 days. */
const TRIM_LIMIT_S = 5 * 24 * HOUR;
/** Files Go (or `go clean`) keeps at the top of the cache besides `00`..`ff` and `fuzz/`. */
const TOP_LEVEL_FILES = new Set(['README', 'trim.txt', 'testexpire.txt', 'log.txt']);
/** The 256 subdirectory names `00`..`ff`. */
const SUBDIRS = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const NAME_RE = /^([0-9a-f]{64})-([ad])$/;
/** Classifies a file name inside subdirectory `sub`; undefined when Go would never write it. */
function classifyName(sub, name) {
    const m = NAME_RE.exec(name);
    if (!m || !m[1].startsWith(sub))
        return undefined;
    return { kind: m[2] === 'a' ? 'action' : 'output', id: m[1] };
}
const SPACE = 0x20;
function fail(reason) {
    return { ok: false, reason };
}
/** A space-padded decimal field, parsed like Go's strconv.ParseInt after skipping leading spaces. */
function paddedInt(field) {
    const digits = field.replace(/^ +/, '');
    if (!/^[+-]?[0-9]+$/.test(digits))
        return undefined;
    const value = BigInt(digits);
    return value > 0x7fffffffffffffffn || value < -0x8000000000000000n ? undefined : value;
}
/**
 * Parses an action entry exactly as Go's DiskCache.get does: `data` is up to ENTRY_SIZE + 1 bytes
 * read from the file, `id` the action ID from its file name. Anything Go would treat as a miss
 * is `{ ok: false }` with Go's reason.
 */
function parseActionEntry(data, id) {
    if (data.length > ENTRY_SIZE)
        return fail(`too long: Go expects exactly ${ENTRY_SIZE} bytes`);
    if (data.length === 0)
        return fail('file is empty');
    if (data.length < ENTRY_SIZE)
        return fail(`entry file incomplete: ${data.length} bytes, Go expects ${ENTRY_SIZE}`);
    const o1 = 3 + HEX_SIZE;
    const o2 = o1 + 1 + HEX_SIZE;
    const o3 = o2 + 1 + 20;
    if (data[0] !== 0x76 /* v */ ||
        data[1] !== 0x31 /* 1 */ ||
        data[2] !== SPACE ||
        data[o1] !== SPACE ||
        data[o2] !== SPACE ||
        data[o3] !== SPACE ||
        data[ENTRY_SIZE - 1] !== 0x0a)
        return fail('invalid header');
    const text = Buffer.from(data.buffer, data.byteOffset, data.length).toString('latin1');
    const eid = text.slice(3, o1);
    const eout = text.slice(o1 + 1, o2);
    if (!/^[0-9a-fA-F]{64}$/.test(eid))
        return fail('decoding ID: invalid hex');
    if (eid.toLowerCase() !== id)
        return fail('mismatched ID: the entry names another action');
    if (!/^[0-9a-fA-F]{64}$/.test(eout))
        return fail('decoding output ID: invalid hex');
    const size = paddedInt(text.slice(o2 + 1, o3));
    if (size === undefined)
        return fail('parsing size: not a decimal number');
    if (size < 0n)
        return fail('negative size');
    const time = paddedInt(text.slice(o3 + 1, ENTRY_SIZE - 1));
    if (time === undefined)
        return fail('parsing timestamp: not a decimal number');
    if (time < 0n)
        return fail('negative timestamp');
    return {
        ok: true,
        entry: { outputId: eout.toLowerCase(), size: Number(size), timeMs: Number(time / 1000000n) }
    };
}
/** trim.txt as Go reads it: strings.TrimSpace then strconv.ParseInt. */
function parseTrim(text) {
    const v = paddedInt(text.trim());
    return v === undefined ? { ok: false } : { ok: true, seconds: Number(v) };
}

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
    constructor(phase, onProgress, totals = {}, intervalMs = 200) {
        this.phase = phase;
        this.onProgress = onProgress;
        this.totals = totals;
        this.intervalMs = intervalMs;
    }
    /** Records `files` more files and `bytes` more bytes done; reports when the interval passed. */
    add(files, bytes) {
        this.done += files;
        this.bytesDone += bytes;
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
            elapsedMs,
            rate: elapsedMs > 0 ? Math.round((this.bytesDone * 1000) / elapsedMs) : 0
        };
    }
}

function real(p) {
    try {
        return realpathSync(p);
    }
    catch {
        return path__default.resolve(p);
    }
}
/** True when `p` is `dir` or below it (both absolute, normalised). */
function isWithin(dir, p) {
    const rel = path__default.relative(dir, p);
    return rel === '' || (!rel.startsWith('..') && !path__default.isAbsolute(rel));
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
                if (isWithin(r, candidate))
                    throw refuse(root, r === candidate ? what : `an ancestor of ${what} (${candidate})`);
            }
        }
    }
    return abs;
}
function refuse(root, what) {
    return new UsageError(`refusing to use ${JSON.stringify(root)} as the Go build cache: it is ${what}, and pruning would delete files there`, undefined, 'point GOCACHE (or --gocache) at a dedicated directory such as ~/.cache/go-build');
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
        if (p === this.root || !isWithin(this.root, p))
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
 * One pass over a Go build cache: lstat every entry (never following links), read and parse
 * every action entry exactly as Go does, and cross-check each entry against its output
 * (that is quick verification). Files vanishing mid-scan (a concurrent `go`) are skipped, not errors.
 */
class Scanner {
    root;
    actions = new Map();
    outputs = new Map();
    problems = [];
    buf = Buffer.alloc(ENTRY_SIZE + 1);
    meter;
    constructor(root, opts) {
        this.root = root;
        this.meter = new ProgressMeter('scan', opts.onProgress);
    }
    problem(kind, p, detail) {
        this.problems.push({ kind, path: p, detail });
    }
    scanSubdir(sub) {
        const dir = path__default.join(this.root, sub);
        const st = lstatOrGone(dir);
        if (!st)
            return;
        if (st.isSymbolicLink())
            return this.problem('symlink', dir, 'cache subdirectory is a symbolic link');
        if (!st.isDirectory())
            return this.problem('not-a-file', dir, 'expected a directory');
        let names;
        try {
            names = readdirSync(dir);
        }
        catch (err) {
            if (!vanished(err))
                this.problem('unreadable', dir, errText(err));
            return;
        }
        for (const name of names)
            this.scanEntry(sub, dir, name);
    }
    scanEntry(sub, dir, name) {
        const p = path__default.join(dir, name);
        let st;
        try {
            st = lstatOrGone(p);
        }
        catch (err) {
            return this.problem('unreadable', p, errText(err));
        }
        if (!st)
            return;
        this.meter.add(1, st.size);
        if (st.isSymbolicLink())
            return this.problem('symlink', p, 'Go never writes symbolic links');
        const kind = classifyName(sub, name);
        if (!kind)
            return this.problem('foreign', p, 'not a name Go writes (<64 hex digits>-a or -d)');
        if (kind.kind === 'output' && st.isDirectory())
            return this.scanExecutable(kind.id, p, st);
        if (!st.isFile())
            return this.problem('not-a-file', p, 'expected a regular file');
        if (!this.trusted(p, st))
            return;
        if (kind.kind === 'output') {
            this.outputs.set(kind.id, { path: p, file: p, size: st.size, mtimeMs: st.mtimeMs, refs: 0 });
            return;
        }
        const action = { path: p, size: st.size, mtimeMs: st.mtimeMs };
        this.actions.set(kind.id, action);
        action.entry = this.readAction(p, kind.id);
    }
    /** World-writable or multiply-linked files can be changed behind the cache's back. */
    trusted(p, st) {
        if (st.mode & 0o002) {
            this.problem('world-writable', p, `mode ${(st.mode & 0o777).toString(8)} lets any user change it`);
            return false;
        }
        if (st.nlink > 1) {
            this.problem('hardlink', p, `${st.nlink} hard links: it can be changed through a path outside the cache`);
            return false;
        }
        return true;
    }
    /** Go 1.24+ caches executables as `<id>-d/<name>`: a directory holding exactly one file. */
    scanExecutable(id, p, st) {
        let names;
        try {
            names = readdirSync(p);
        }
        catch (err) {
            if (!vanished(err))
                this.problem('unreadable', p, errText(err));
            return;
        }
        if (names.length !== 1)
            return this.problem('not-a-file', p, `executable entry holds ${names.length} files, Go expects 1`);
        const file = path__default.join(p, names[0]);
        const inner = lstatOrGone(file);
        if (!inner)
            return;
        if (inner.isSymbolicLink())
            return this.problem('symlink', file, 'Go never writes symbolic links');
        if (!inner.isFile())
            return this.problem('not-a-file', file, 'expected a regular file');
        if (!this.trusted(file, inner))
            return;
        this.outputs.set(id, { path: p, file, size: inner.size, mtimeMs: st.mtimeMs, refs: 0 });
    }
    readAction(p, id) {
        let n;
        try {
            const fd = openSync(p, READ_NOFOLLOW);
            try {
                n = readSync(fd, this.buf, 0, this.buf.length, 0);
            }
            finally {
                closeSync(fd);
            }
        }
        catch (err) {
            if (!vanished(err))
                this.problem('unreadable', p, errText(err));
            return undefined;
        }
        const parsed = parseActionEntry(this.buf.subarray(0, n), id);
        if (parsed.ok)
            return parsed.entry;
        this.problem('action-malformed', p, `Go would ignore this entry: ${parsed.reason}`);
        return undefined;
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
/** Scans the cache at `root` (already checked by checkCacheRoot). */
function scanCache(root, opts) {
    const scannedAt = opts.now ?? Date.now();
    const s = new Scanner(root, opts);
    const { fuzz } = s.scanTop();
    for (const sub of SUBDIRS)
        s.scanSubdir(sub);
    s.crossCheck();
    s.meter.finish();
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
 * Full verification: the SHA-256 of every output must equal its name. Outputs are hashed in
 * batches, largest first, by a pool of worker threads (or in-process when `workers` is 0), with
 * one bounded read buffer per thread.
 */
/** A batch holds at most this many bytes or files, so threads stay balanced to the end. */
const BATCH_BYTES = 8 << 20;
const BATCH_FILES = 512;
/** Groups jobs (largest files first) into batches for dynamic distribution over the threads. */
function makeBatches(scan) {
    const outs = [...scan.outputs.entries()].sort((a, b) => b[1].size - a[1].size);
    const batches = [];
    let cur = { jobs: [], bytes: 0 };
    for (const [id, out] of outs) {
        cur.jobs.push({ file: out.file, id });
        cur.bytes += out.size;
        if (cur.bytes >= BATCH_BYTES || cur.jobs.length >= BATCH_FILES) {
            batches.push(cur);
            cur = { jobs: [], bytes: 0 };
        }
    }
    if (cur.jobs.length)
        batches.push(cur);
    return batches;
}
/** A started pool of hash workers. Start it before scanning so thread start-up overlaps the scan. */
class HashPool {
    workers;
    constructor(count, url) {
        this.workers = Array.from({ length: count }, () => new Worker(url));
    }
    /** Hashes every batch; resolves with all mismatches. Terminates the pool when done. */
    run(batches, meter) {
        const queue = [...batches];
        const found = [];
        const drive = (w) => new Promise((resolve, reject) => {
            let current;
            const next = () => {
                current = queue.shift();
                if (current)
                    w.postMessage(current.jobs);
                else
                    resolve();
            };
            w.on('message', (r) => {
                found.push(...r.mismatches);
                meter.add(current?.jobs.length ?? 0, r.bytes);
                next();
            });
            w.on('error', reject);
            next();
        });
        return Promise.all(this.workers.map(drive))
            .then(() => found)
            .finally(() => this.close());
    }
    close() {
        for (const w of this.workers)
            void w.terminate();
    }
}
/** Opens a pool per the options, or undefined when hashing in-process. */
function startPool(opts) {
    const count = opts.workers ?? availableParallelism();
    if (count <= 0)
        return undefined;
    const url = opts.workerUrl ?? resolveWorkerUrl();
    if (!url) {
        opts.log?.('cache: no built verify worker found; hashing in-process on one core');
        return undefined;
    }
    return new HashPool(count, url);
}
/** Hashes every output of `scan`; returns an `output-hash` or `unreadable` problem per failure. */
async function verifyHashes(scan, pool, onProgress) {
    const batches = makeBatches(scan);
    const totals = batches.reduce((t, b) => ({ total: t.total + b.jobs.length, bytesTotal: t.bytesTotal + b.bytes }), { total: 0, bytesTotal: 0 });
    const meter = new ProgressMeter('verify', onProgress, totals);
    let mismatches;
    if (pool) {
        mismatches = await pool.run(batches, meter);
    }
    else {
        mismatches = [];
        for (const b of batches) {
            const r = hashJobs(b.jobs);
            mismatches.push(...r.mismatches);
            meter.add(b.jobs.length, r.bytes);
        }
    }
    meter.finish();
    return mismatches.map((m) => m.actual
        ? {
            kind: 'output-hash',
            path: m.file,
            detail: `SHA-256 is ${m.actual}, its name promises another`
        }
        : { kind: 'unreadable', path: m.file, detail: m.error ?? 'unreadable' });
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
    const pool = verify === 'full' ? startPool(opts) : undefined;
    let facts;
    try {
        const scan = scanCache(root, { onProgress: opts.onProgress, now });
        const problems = verify === 'off' ? [] : [...scan.problems];
        if (verify === 'full')
            problems.push(...(await verifyHashes(scan, pool, opts.onProgress)));
        const stats = cacheStats(scan, scan.fuzz, now);
        facts = {
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
    }
    finally {
        pool?.close();
    }
    facts.durationMs = Date.now() - started;
    return facts;
}

const DURATION_UNITS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
const SIZE_UNITS = {
    b: 1,
    k: 1024,
    kb: 1e3,
    kib: 1024,
    m: 1024 ** 2,
    mb: 1e6,
    mib: 1024 ** 2,
    g: 1024 ** 3,
    gb: 1e9,
    gib: 1024 ** 3,
    t: 1024 ** 4,
    tb: 1e12,
    tib: 1024 ** 4
};
function bad(what, value, location, fix) {
    return new UsageError(`invalid ${what} ${JSON.stringify(value)}`, location, fix);
}
/** `5d`, `36h`, `1d12h`, `90m`, `3600s`, `2w` -> seconds. */
function parseDuration(value, what, location) {
    const fix = `write a duration such as 5d, 36h, 1d12h or 90m (units: ${Object.keys(DURATION_UNITS).join(', ')})`;
    const text = value.trim();
    if (!/^(\d+(\.\d+)?[smhdw])+$/.test(text))
        throw bad(what, value, location, fix);
    let seconds = 0;
    for (const m of text.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g))
        seconds += Number(m[1]) * DURATION_UNITS[m[2]];
    if (seconds <= 0)
        throw bad(what, value, location, `${fix}; it must be more than zero`);
    return seconds;
}
/** `2GiB`, `500MB`, `1.5G`, `1048576` -> bytes (K/M/G/T alone are binary, like GiB). */
function parseSize(value, what, location) {
    const fix = 'write a size such as 2GiB, 500MB or 1.5G (units: B, KB, KiB, MB, MiB, GB, GiB, TB, TiB)';
    const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
    const unit = SIZE_UNITS[(m?.[2] || 'b').toLowerCase()];
    if (!m || unit === undefined)
        throw bad(what, value, location, fix);
    return Math.floor(Number(m[1]) * unit);
}
function spannedDuration(s, what) {
    return s === undefined ? undefined : parseDuration(s.value, what, s.location);
}
function spannedSize(s, what) {
    return s === undefined ? undefined : parseSize(s.value, what, s.location);
}

export { spannedDuration as a, parseDuration as b, checkCacheRoot as c, homeDirs as h, parseSize as p, runCache as r, spannedSize as s };
