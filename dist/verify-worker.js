import { createRequire as __gbgCreateRequire } from 'node:module';
const __gbgBuiltin = process.getBuiltinModule ?? __gbgCreateRequire(import.meta.url);
import { workerData, parentPort } from 'node:worker_threads';
const { constants, lstatSync, readSync, closeSync, openSync, fstatSync, readdirSync } = __gbgBuiltin('node:fs');
import path from 'node:path';
import { createHash } from 'node:crypto';

/**
 * The on-disk format of Go's build cache (cmd/go/internal/cache/cache.go), as pure functions:
 * file names, the fixed-size action entry line, and Go's time constants.
 */
const HEX_SIZE = 64;
/** `v1 <hex id> <hex out> <size padded to 20> <unixnano padded to 20>\n` */
const ENTRY_SIZE = 2 + 1 + HEX_SIZE + 1 + HEX_SIZE + 1 + 20 + 1 + 20 + 1;
/** The 256 subdirectory names `00`..`ff`. */
const SUBDIRS = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
/** True when `s` holds 64 hex digits from `at` (lower case only unless `upper`). */
function isHex64(s, at, upper) {
    if (s.length < at + HEX_SIZE)
        return false;
    for (let i = at; i < at + HEX_SIZE; i++) {
        const c = s.charCodeAt(i);
        if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))
            continue;
        if (upper && c >= 0x41 && c <= 0x46)
            continue;
        return false;
    }
    return true;
}
/** What nameKind says of a name: not one Go writes, an action entry (`-a`), an output (`-d`). */
const NOT_GO = 0;
const ACTION = 0x61; /* a */
const OUTPUT = 0x64; /* d */
/**
 * classifyName without allocating (the scan asks it of every entry): NOT_GO, ACTION or OUTPUT;
 * the ID is the name's first 64 characters.
 */
function nameKind(sub, name) {
    if (name.length !== HEX_SIZE + 2 || name.charCodeAt(HEX_SIZE) !== 0x2d /* - */)
        return NOT_GO;
    const suffix = name.charCodeAt(HEX_SIZE + 1);
    if (suffix !== ACTION && suffix !== OUTPUT)
        return NOT_GO;
    if (!name.startsWith(sub) || !isHex64(name, 0, false))
        return NOT_GO;
    return suffix;
}
const SPACE = 0x20;
function fail(reason) {
    return { ok: false, reason };
}
const INT64_MAX = '9223372036854775807';
const INT64_MIN_ABS = '9223372036854775808';
/**
 * A space-padded decimal field, read like Go's strconv.ParseInt(s, 10, 64) after skipping
 * leading spaces: an optional sign, then only digits, within int64.
 */
function paddedInt(field) {
    let i = 0;
    while (field.charCodeAt(i) === SPACE)
        i++;
    const sign = field.charCodeAt(i);
    const negative = sign === 0x2d; /* - */
    if (negative || sign === 0x2b /* + */)
        i++;
    if (i === field.length)
        return undefined;
    for (let j = i; j < field.length; j++) {
        const c = field.charCodeAt(j);
        if (c < 0x30 || c > 0x39)
            return undefined;
    }
    while (i < field.length - 1 && field.charCodeAt(i) === 0x30)
        i++;
    const digits = field.slice(i);
    const limit = negative ? INT64_MIN_ABS : INT64_MAX;
    if (digits.length > limit.length || (digits.length === limit.length && digits > limit))
        return undefined;
    return { negative: negative && digits !== '0', digits };
}
/**
 * Parses an action entry exactly as Go's DiskCache.get does: `data` is up to ENTRY_SIZE + 1 bytes
 * read from the file, `id` the action ID from its file name. Anything Go would treat as a miss
 * is `{ ok: false }` with Go's reason. Only the first `length` bytes of `data` are read.
 */
function parseActionEntry(data, id, length = data.length) {
    const entry = parseCommonEntry(data, id, length);
    return entry ? { ok: true, entry } : parseExactly(data.subarray(0, length), id);
}
const O1 = 3 + HEX_SIZE;
const O2 = O1 + 1 + HEX_SIZE;
const O3 = O2 + 1 + 20;
/**
 * The entry as Go writes it, read straight from the bytes: lower-case hex, no sign, numbers of
 * at most 15 significant digits (exact as a double); undefined for anything else, which then
 * takes the exact path. Every cache entry goes through here, so it makes one string only.
 */
function parseCommonEntry(data, id, length) {
    if (length !== ENTRY_SIZE ||
        data[0] !== 0x76 /* v */ ||
        data[1] !== 0x31 /* 1 */ ||
        data[2] !== SPACE ||
        data[O1] !== SPACE ||
        data[O2] !== SPACE ||
        data[O3] !== SPACE ||
        data[ENTRY_SIZE - 1] !== 0x0a)
        return undefined;
    for (let i = 0; i < HEX_SIZE; i++)
        if (data[3 + i] !== id.charCodeAt(i))
            return undefined;
    for (let i = O1 + 1; i < O2; i++) {
        const c = data[i];
        if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66)))
            return undefined;
    }
    const size = smallPaddedInt(data, O2 + 1, O3, 0);
    const timeMs = smallPaddedInt(data, O3 + 1, ENTRY_SIZE - 1, 6);
    if (size < 0 || timeMs < 0)
        return undefined;
    return {
        outputId: Buffer.from(data.buffer, data.byteOffset + O1 + 1, HEX_SIZE).toString('latin1'),
        size,
        timeMs
    };
}
/**
 * A space-padded field of plain digits from the bytes `data[from..to)`, within int64, without
 * its last `drop` digits (integer division by 10^drop), when what is left has at most 15 digits
 * (exact as a double); -1 when the field is anything else.
 */
function smallPaddedInt(data, from, to, drop) {
    let i = from;
    while (i < to && data[i] === SPACE)
        i++;
    if (i === to)
        return -1;
    while (i < to - 1 && data[i] === 0x30)
        i++;
    const digits = to - i;
    if (digits - drop > 15 || digits > INT64_MAX.length)
        return -1;
    if (digits === INT64_MAX.length)
        for (let j = 0; j < digits; j++) {
            const d = data[i + j] - INT64_MAX.charCodeAt(j);
            if (d < 0)
                break;
            if (d > 0)
                return -1;
        }
    let v = 0;
    for (let j = i; j < to; j++) {
        const d = data[j] - 0x30;
        if (d < 0 || d > 9)
            return -1;
        if (j < to - drop)
            v = v * 10 + d;
    }
    return v;
}
/** Go's DiskCache.get, step by step, with its reason for every miss. */
function parseExactly(data, id) {
    if (data.length > ENTRY_SIZE)
        return fail(`too long: Go expects exactly ${ENTRY_SIZE} bytes`);
    if (data.length === 0)
        return fail('file is empty');
    if (data.length < ENTRY_SIZE)
        return fail(`entry file incomplete: ${data.length} bytes, Go expects ${ENTRY_SIZE}`);
    const o1 = O1;
    const o2 = O2;
    const o3 = O3;
    if (data[0] !== 0x76 /* v */ ||
        data[1] !== 0x31 /* 1 */ ||
        data[2] !== SPACE ||
        data[o1] !== SPACE ||
        data[o2] !== SPACE ||
        data[o3] !== SPACE ||
        data[ENTRY_SIZE - 1] !== 0x0a)
        return fail('invalid header');
    const text = Buffer.from(data.buffer, data.byteOffset, data.length).toString('latin1');
    // Go writes lower-case IDs; anything else takes the exact (slower) path of hex.Decode.
    const eid = text.slice(3, o1);
    if (eid !== id) {
        if (!isHex64(text, 3, true))
            return fail('decoding ID: invalid hex');
        if (eid.toLowerCase() !== id)
            return fail('mismatched ID: the entry names another action');
    }
    let eout = text.slice(o1 + 1, o2);
    if (!isHex64(text, o1 + 1, false)) {
        if (!isHex64(text, o1 + 1, true))
            return fail('decoding output ID: invalid hex');
        eout = eout.toLowerCase();
    }
    const size = paddedInt(text.slice(o2 + 1, o3));
    if (size === undefined)
        return fail('parsing size: not a decimal number');
    if (size.negative)
        return fail('negative size');
    const time = paddedInt(text.slice(o3 + 1, ENTRY_SIZE - 1));
    if (time === undefined)
        return fail('parsing timestamp: not a decimal number');
    if (time.negative)
        return fail('negative timestamp');
    const ns = time.digits;
    return {
        ok: true,
        entry: {
            outputId: eout,
            size: Number(size.digits),
            timeMs: ns.length > 6 ? Number(ns.slice(0, -6)) : 0
        }
    };
}

/** Small file-system helpers shared by scan, verify and prune: never follow links, tolerate races. */
/**
 * Open flags for reading a cache file: never through a symbolic link in its last component, and
 * non-blocking, so a FIFO swapped in after the lstat cannot make the open (or a read) wait for a
 * writer. (O_NONBLOCK does nothing to regular files.)
 */
const READ_NOFOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
/**
 * Opens `p` for reading only if it is a regular file (checked with fstat on the descriptor, so
 * nothing swapped in after a check is read); anything else throws with code ENOTREG.
 */
function openRegular(p) {
    const fd = openSync(p, READ_NOFOLLOW);
    try {
        const st = fstatSync(fd);
        if (!st.isFile())
            throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
        return fd;
    }
    catch (err) {
        closeSync(fd);
        throw err;
    }
}
/** Reads up to `len` bytes from the start of the regular file `p` into `buf` (see openRegular). */
function readHead(p, buf, len) {
    const fd = openRegular(p);
    try {
        return readSync(fd, buf, 0, len, 0);
    }
    finally {
        closeSync(fd);
    }
}
/** True for errors meaning "the file is gone" (a concurrent `go` or a restore removed it). */
function vanished(err) {
    const code = err?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
/** lstat that returns undefined when the path vanished; other errors propagate. */
function lstatOrGone(p) {
    try {
        return lstatSync(p);
    }
    catch (err) {
        if (vanished(err))
            return undefined;
        throw err;
    }
}
/** A one-line description of a file-system error for a problem's detail. */
function errText(err) {
    const e = err;
    return e.code ? `${e.code}: ${e.message}` : String(err);
}

/**
 * The hashing core of full verification: one file streamed through SHA-256 with a caller-owned
 * buffer, so each thread reads every output once with bounded memory. Node built-ins only.
 */
/** Read buffer size: large enough to amortise syscalls, small enough to keep memory bounded. */
const CHUNK = 1 << 20;
/**
 * The SHA-256 (hex) of `file` and its length, read through `buf` without following a symbolic
 * link. File-system errors propagate (the caller tells a vanished file from an unreadable one).
 */
function hashFile(file, buf) {
    const fd = openSync(file, READ_NOFOLLOW);
    try {
        const h = createHash('sha256');
        let bytes = 0;
        for (;;) {
            const n = readSync(fd, buf, 0, buf.length, null);
            if (n === 0)
                break;
            h.update(buf.subarray(0, n));
            bytes += n;
        }
        return { sha: h.digest('hex'), bytes };
    }
    finally {
        closeSync(fd);
    }
}

/**
 * One cache subdirectory (`00`..`ff`), scanned on whichever thread claimed it: lstat every entry
 * (never following links), read and parse every action entry exactly as Go does, and with `hash`
 * stream every output through SHA-256 right away (each file is read once). Files vanishing
 * mid-scan (a concurrent `go`) are skipped, not errors. The result is plain data, so a worker
 * thread can post it.
 */
/** The names in subdirectory `sub`, or undefined (with a problem in `into`) when unusable. */
function listSubdir(root, sub, into) {
    const dir = path.join(root, sub);
    const problem = (kind, detail) => {
        into.problems.push({ kind, path: dir, detail });
        return undefined;
    };
    const st = lstatOrGone(dir);
    if (!st)
        return undefined;
    if (st.isSymbolicLink())
        return problem('symlink', 'cache subdirectory is a symbolic link');
    if (!st.isDirectory())
        return problem('not-a-file', 'expected a directory');
    try {
        return readdirSync(dir);
    }
    catch (err) {
        return vanished(err) ? undefined : problem('unreadable', errText(err));
    }
}
function emptyDirScan() {
    return { actions: [], outputs: [], problems: [], files: 0, bytes: 0 };
}
/** Scans subdirectory `sub` of `root`. */
function scanSubdir(root, sub, opts) {
    const into = emptyDirScan();
    const names = listSubdir(root, sub, into);
    if (names)
        scanNames(root, sub, names, opts, into);
    return into;
}
/** Scans the entries `names` listed in `sub` (any of them may have vanished since). */
function scanNames(root, sub, names, opts, into = emptyDirScan()) {
    const s = new DirScanner(opts, into);
    const dir = path.join(root, sub);
    for (const name of names)
        s.scanEntry(sub, dir, name);
    return into;
}
class DirScanner {
    opts;
    out;
    constructor(opts, out) {
        this.opts = opts;
        this.out = out;
    }
    problem(kind, p, detail) {
        this.out.problems.push({ kind, path: p, detail });
    }
    scanEntry(sub, dir, name) {
        const p = dir + path.sep + name;
        const kind = nameKind(sub, name);
        const id = kind === NOT_GO ? '' : name.slice(0, 64);
        if (kind === ACTION && this.scanActionOpen(id, p))
            return;
        let st;
        try {
            st = lstatOrGone(p);
        }
        catch (err) {
            return this.problem('unreadable', p, errText(err));
        }
        if (!st)
            return;
        this.out.files++;
        this.out.bytes += st.size;
        if (st.isSymbolicLink())
            return this.problem('symlink', p, 'Go never writes symbolic links');
        if (kind === NOT_GO)
            return this.problem('foreign', p, 'not a name Go writes (<64 hex digits>-a or -d)');
        if (kind === OUTPUT && st.isDirectory())
            return this.scanExecutable(id, p, st);
        if (!st.isFile())
            return this.problem('not-a-file', p, 'expected a regular file');
        if (!this.trusted(p, st))
            return;
        if (kind === OUTPUT)
            return this.addOutput(id, p, p, st.size, st.mtimeMs);
        const action = { path: p, size: st.size, mtimeMs: st.mtimeMs };
        action.entry = this.readAction(p, id);
        this.out.actions.push([id, action]);
    }
    /**
     * An action entry (the commonest kind) is opened straight away, without following a link and
     * without waiting on a FIFO, and checked on the descriptor: one lstat fewer per entry. False
     * when it cannot be opened (a link, a socket, gone, unreadable): the lstat path then says why.
     */
    scanActionOpen(id, p) {
        let fd;
        try {
            fd = openSync(p, READ_NOFOLLOW);
        }
        catch {
            return false;
        }
        let st;
        let n = -1;
        try {
            st = fstatSync(fd);
            this.out.files++;
            this.out.bytes += st.size;
            if (!st.isFile()) {
                this.problem('not-a-file', p, 'expected a regular file');
                return true;
            }
            if (!this.trusted(p, st))
                return true;
            try {
                n = readSync(fd, this.opts.buf, 0, ENTRY_SIZE + 1, 0);
            }
            catch (err) {
                if (!vanished(err))
                    this.problem('unreadable', p, errText(err));
            }
        }
        finally {
            closeSync(fd);
        }
        const action = { path: p, size: st.size, mtimeMs: st.mtimeMs };
        if (n >= 0)
            action.entry = this.parseAction(p, id, n);
        this.out.actions.push([id, action]);
        return true;
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
        const file = path.join(p, names[0]);
        const inner = lstatOrGone(file);
        if (!inner)
            return;
        if (inner.isSymbolicLink())
            return this.problem('symlink', file, 'Go never writes symbolic links');
        if (!inner.isFile())
            return this.problem('not-a-file', file, 'expected a regular file');
        if (!this.trusted(file, inner))
            return;
        this.addOutput(id, p, file, inner.size, st.mtimeMs);
    }
    addOutput(id, p, file, size, mtimeMs) {
        this.out.outputs.push([id, { path: p, file, size, mtimeMs, refs: 0 }]);
        if (this.opts.hash)
            this.checkHash(id, file);
    }
    /** Full verification: the output's SHA-256 must equal its name. */
    checkHash(id, file) {
        let sha;
        try {
            sha = hashFile(file, this.opts.buf).sha;
        }
        catch (err) {
            if (!vanished(err))
                this.problem('unreadable', file, errText(err));
            return;
        }
        if (sha !== id)
            this.problem('output-hash', file, `SHA-256 is ${sha}, its name promises another`);
    }
    readAction(p, id) {
        const buf = this.opts.buf;
        let n;
        try {
            n = readHead(p, buf, ENTRY_SIZE + 1);
        }
        catch (err) {
            if (!vanished(err))
                this.problem('unreadable', p, errText(err));
            return undefined;
        }
        return this.parseAction(p, id, n);
    }
    /** Parses the `n` bytes of action entry `p` in the read buffer. */
    parseAction(p, id, n) {
        const parsed = parseActionEntry(this.opts.buf, id, n);
        if (parsed.ok)
            return parsed.entry;
        this.problem('action-malformed', p, `Go would ignore this entry: ${parsed.reason}`);
        return undefined;
    }
}

/**
 * Work sharing between the threads of one scan: the 256 subdirectories are claimed one at a time
 * from a counter in shared memory, so a thread that joins late (a worker still starting) or runs
 * slow (a large output) simply claims fewer. Progress is summed in shared memory too, so the
 * calling thread can report it while it is busy scanning. Node built-ins only (workers load it).
 */
/** Int32 slots: [next directory, state of worker 0, state of worker 1, ...]. */
const NEXT = 0;
/** A worker's state: still starting, scanning, or given up on by the calling thread. */
const STARTING = 0;
const SCANNING = 1;
/** BigInt64 slots of the progress counters. */
const FILES = 0;
const BYTES = 1;
const DIRS = 2;
/**
 * Worker `slot` announces it starts scanning; false when the calling thread already gave up on
 * it (then it must not claim anything).
 */
function beginWorker(c, slot) {
    return (Atomics.compareExchange(new Int32Array(c.control), 1 + slot, STARTING, SCANNING) === STARTING);
}
/** Claims and scans directories until none are left, handing each result to `done`. */
function scanClaimed(c, root, opts, done) {
    const control = new Int32Array(c.control);
    const progress = new BigInt64Array(c.progress);
    for (;;) {
        const index = Atomics.add(control, NEXT, 1);
        if (index >= SUBDIRS.length)
            return;
        const scan = scanSubdir(root, SUBDIRS[index], opts);
        Atomics.add(progress, FILES, BigInt(scan.files));
        Atomics.add(progress, BYTES, BigInt(scan.bytes));
        Atomics.add(progress, DIRS, 1n);
        done(index, scan);
    }
}

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
