import { d as classifyName, E as ENTRY_SIZE, p as parseActionEntry, S as SUBDIRS } from './entry.js';
import { lstatSync, openSync, fstatSync, closeSync, readSync, constants, readdirSync } from 'node:fs';
import path__default from 'node:path';
import { createHash } from 'node:crypto';

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
    const dir = path__default.join(root, sub);
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
    const dir = path__default.join(root, sub);
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
        const p = dir + path__default.sep + name;
        const kind = classifyName(sub, name);
        if (kind?.kind === 'action' && this.scanActionOpen(kind.id, p))
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
        if (!kind)
            return this.problem('foreign', p, 'not a name Go writes (<64 hex digits>-a or -d)');
        if (kind.kind === 'output' && st.isDirectory())
            return this.scanExecutable(kind.id, p, st);
        if (!st.isFile())
            return this.problem('not-a-file', p, 'expected a regular file');
        if (!this.trusted(p, st))
            return;
        if (kind.kind === 'output')
            return this.addOutput(kind.id, p, p, st.size, st.mtimeMs);
        const action = { path: p, size: st.size, mtimeMs: st.mtimeMs };
        action.entry = this.readAction(p, kind.id);
        this.out.actions.push([kind.id, action]);
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
        const parsed = parseActionEntry(this.opts.buf.subarray(0, n), id);
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
const CANCELLED = 2;
/** BigInt64 slots of the progress counters. */
const FILES = 0;
const BYTES = 1;
const DIRS = 2;
function newClaims(workers) {
    return {
        control: new SharedArrayBuffer(4 * (1 + workers)),
        progress: new SharedArrayBuffer(8 * 3)
    };
}
/**
 * Worker `slot` announces it starts scanning; false when the calling thread already gave up on
 * it (then it must not claim anything).
 */
function beginWorker(c, slot) {
    return (Atomics.compareExchange(new Int32Array(c.control), 1 + slot, STARTING, SCANNING) === STARTING);
}
/** The calling thread gives up on worker `slot` if it has not started; true when it had not. */
function cancelWorker(c, slot) {
    return (Atomics.compareExchange(new Int32Array(c.control), 1 + slot, STARTING, CANCELLED) === STARTING);
}
/** Directories not claimed yet. */
function unclaimed(c) {
    return Math.max(0, SUBDIRS.length - Atomics.load(new Int32Array(c.control), NEXT));
}
function progressOf(c) {
    const p = new BigInt64Array(c.progress);
    return {
        files: Number(Atomics.load(p, FILES)),
        bytes: Number(Atomics.load(p, BYTES)),
        fraction: Number(Atomics.load(p, DIRS)) / SUBDIRS.length
    };
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

export { CHUNK as C, beginWorker as b, cancelWorker as c, errText as e, hashFile as h, lstatOrGone as l, newClaims as n, openRegular as o, progressOf as p, readHead as r, scanClaimed as s, unclaimed as u, vanished as v };
