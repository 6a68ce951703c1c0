import { createRequire as __gbgCreateRequire } from 'node:module';
const __gbgBuiltin = process.getBuiltinModule ?? __gbgCreateRequire(import.meta.url);
const { lstatSync, openSync, fstatSync, closeSync, readSync, constants, readlinkSync, realpathSync, readdirSync, statSync, unlinkSync, writeSync, renameSync, rmdirSync, existsSync, readFileSync } = __gbgBuiltin('node:fs');
import path__default from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { availableParallelism, loadavg, userInfo, homedir } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { U as UsageError, a as isInside } from './cli-boot.js';

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
/** trim.txt as Go reads it: strings.TrimSpace then strconv.ParseInt. */
function parseTrim(text) {
    const v = paddedInt(text.trim());
    if (v === undefined)
        return { ok: false };
    return { ok: true, seconds: v.negative ? -Number(v.digits) : Number(v.digits) };
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
 * A concurrent `go` writes to the cache while the gate scans it: an output can appear after its
 * directory was scanned, an entry or output can be caught half written, Go's own trim can remove
 * files. So every problem that a writer could cause is looked at once more after the scan, and
 * it stands only if the path is still there, was not written since the scan started (nor
 * changed since the scan looked at it), and the fault is still there. A path the gate cannot
 * read is "not checked", never "missing".
 */
/** Problems a concurrent writer (or Go's trim) can cause; only these are re-checked. */
const TRANSIENT = new Set([
    'action-malformed',
    'output-missing',
    'output-size',
    'output-hash'
]);
function look(p) {
    try {
        return { st: lstatSync(p) };
    }
    catch (err) {
        return vanished(err) ? { gone: true } : { unreadable: true };
    }
}
/** The action or output ID a cache path belongs to (`xx/<id>-a`, `xx/<id>-d`, `xx/<id>-d/f`). */
function idOf(root, p) {
    // root/xx/<id>-a: the 64 characters after "root/xx/".
    const at = root.length + 4;
    return p.startsWith(root) ? p.slice(at, at + 64) : '';
}
/**
 * True when a file was modified after `scannedAt` (Unix ms, whole: Date.now()). A modification in
 * that same millisecond is not "after": the clock was read truncated, and file times are coarse.
 */
function writtenAfter(st, scannedAt) {
    return Math.floor(st.mtimeMs) > scannedAt;
}
function outputPath(root, outputId) {
    return path__default.join(root, outputId.slice(0, 2), `${outputId}-d`);
}
/** What the scan saw of an output's file (the modification time only for a plain file). */
function fileOf(o) {
    return o.path === o.file ? o : { size: o.size };
}
class Checker {
    s;
    buf;
    constructor(s) {
        this.s = s;
    }
    /** Modified in the last seconds before the scan: a write may still be in flight. */
    young(st) {
        return st.mtimeMs >= this.s.scannedAt - YOUNG_MS;
    }
    /** 'keep' for a standing problem on a file with status `st`, 'young' when recently written. */
    stands(st) {
        return this.young(st) ? 'young' : 'keep';
    }
    /**
     * True when the file changed since the scan looked at it: written after the scan started, or
     * another size or modification time than the scan saw.
     */
    changed(st, scanned) {
        return (writtenAfter(st, this.s.scannedAt) ||
            st.size !== scanned.size ||
            (scanned.mtimeMs !== undefined && st.mtimeMs !== scanned.mtimeMs));
    }
    /** 'keep', 'drop' (healed, vanished or changed) or 'unchecked' (cannot be read now). */
    check(p) {
        switch (p.kind) {
            case 'output-missing':
                return this.missing(p.path);
            case 'output-size':
                return this.size(p.path);
            case 'output-hash':
                return this.hash(p.path);
            case 'action-malformed':
                return this.malformed(p.path);
            default:
                return 'keep';
        }
    }
    missing(actionPath) {
        const a = this.s.actions.get(idOf(this.s.root, actionPath));
        const now = look(actionPath);
        if (!('st' in now) || !a?.entry || this.changed(now.st, a))
            return 'drop';
        const out = look(outputPath(this.s.root, a.entry.outputId));
        if ('unreadable' in out)
            return 'unchecked';
        // Appeared since (Go writes a file, or a directory for an executable); a link or other
        // special file there is a problem of its own, and the entry still has no usable output.
        if ('gone' in out)
            return this.stands(now.st);
        return out.st.isFile() || out.st.isDirectory() ? 'drop' : this.stands(now.st);
    }
    size(file) {
        const o = this.s.outputs.get(idOf(this.s.root, file));
        const now = look(file);
        if ('unreadable' in now)
            return 'unchecked';
        return 'st' in now && o && !this.changed(now.st, fileOf(o)) ? this.stands(now.st) : 'drop';
    }
    hash(file) {
        const id = idOf(this.s.root, file);
        const o = this.s.outputs.get(id);
        const now = look(file);
        if ('unreadable' in now)
            return 'unchecked';
        if (!('st' in now) || !o || this.changed(now.st, fileOf(o)))
            return 'drop';
        // Unchanged and not written lately: the same bytes the scan hashed.
        if (!this.young(now.st))
            return 'keep';
        try {
            return hashFile(file, (this.buf ??= Buffer.allocUnsafe(1 << 20))).sha === id
                ? 'drop'
                : 'young';
        }
        catch (err) {
            return vanished(err) ? 'drop' : 'unchecked';
        }
    }
    malformed(p) {
        const now = look(p);
        if ('unreadable' in now)
            return 'unchecked';
        const a = this.s.actions.get(idOf(this.s.root, p));
        if (!('st' in now) || !a || this.changed(now.st, a))
            return 'drop';
        if (!this.young(now.st))
            return 'keep';
        const buf = Buffer.allocUnsafe(ENTRY_SIZE + 1);
        let n;
        try {
            n = readHead(p, buf, ENTRY_SIZE + 1);
        }
        catch (err) {
            return vanished(err) ? 'drop' : 'unchecked';
        }
        return parseActionEntry(buf.subarray(0, n), idOf(this.s.root, p)).ok ? 'drop' : 'young';
    }
}
/** A problem on a file modified this recently may be a write still in progress. */
const YOUNG_MS = 5000;
/** How long such a write gets to finish before the problem is looked at once more. */
const SETTLE_MS = 500;
/**
 * Re-checks the problems a concurrent writer could have caused; linear in the problems. A
 * problem that stands but sits on a file written in the last seconds before the scan (a `go`
 * may have been preempted between creating and filling it) is looked at once more after
 * SETTLE_MS (one wait for all of them).
 */
async function recheckProblems(s, problems) {
    const checker = new Checker(s);
    const out = [];
    let cleared = 0;
    let notChecked = 0;
    const verdicts = problems.map((p) => TRANSIENT.has(p.kind) ? checker.check(p) : 'keep');
    if (verdicts.includes('young')) {
        await new Promise((r) => setTimeout(r, SETTLE_MS));
        problems.forEach((p, i) => {
            if (verdicts[i] === 'young')
                verdicts[i] = checker.check(p);
        });
    }
    problems.forEach((p, i) => {
        const verdict = verdicts[i];
        if (verdict === 'keep' || verdict === 'young')
            out.push(p);
        else if (verdict === 'drop')
            cleared++;
        else
            notChecked++;
    });
    return { problems: out, cleared, notChecked };
}

/**
 * Directory handles for removal that cannot be redirected. Node has no openat/unlinkat, but on
 * Linux `/proc/self/fd/<fd>` names the directory an open descriptor refers to, whatever has been
 * renamed or swapped since: `/proc/self/fd/<fd>/<name>` is resolved inside that directory, and
 * unlink, rmdir, lstat and open (with O_NOFOLLOW) never follow `<name>` itself. So every
 * directory is opened once with O_DIRECTORY|O_NOFOLLOW, checked with fstat (same device as the
 * root), and everything below it is named relative to the descriptor, never by a path string.
 *
 * Where `/proc` is not available (macOS, Windows, a container without /proc) handles fall back to
 * path strings checked against the handle's device and inode right before each operation: a
 * window of one system call remains there (docs/cache.md, "Safety"). Windows cannot open a
 * directory as a descriptor at all; there a handle is only the checked path.
 */
const O_DIRECTORY = constants.O_DIRECTORY ?? 0;
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;
/** Open flags for a directory handle: never through a symbolic link in the last component. */
const DIR_FLAGS = constants.O_RDONLY | O_DIRECTORY | O_NOFOLLOW;
/** True when `name` is a single path component (no separator, not `.` or `..`). */
function isPlainName(name) {
    return name !== '' && name !== '.' && name !== '..' && !name.includes('/') && !name.includes('\\');
}
class HandleError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
    }
}
/** An open directory: operations on its entries go through the descriptor. */
class DirHandle {
    fd;
    display;
    dev;
    ino;
    proc;
    closed = false;
    constructor(fd, 
    /** The path the directory had when opened (for messages only). */
    display, dev, ino, proc) {
        this.fd = fd;
        this.display = display;
        this.dev = dev;
        this.ino = ino;
        this.proc = proc;
    }
    /**
     * Opens `dir` (an absolute path whose last component must not be a link) and, through /proc,
     * checks that the descriptor really is the directory that path names.
     */
    static openRoot(dir) {
        if (NO_DIR_FDS)
            return pathHandle(dir, undefined);
        const fd = openSync(dir, DIR_FLAGS);
        try {
            const st = fstatSync(fd);
            if (!st.isDirectory())
                throw new HandleError(`${dir} is not a directory`, 'ENOTDIR');
            const proc = procWorks(fd, st);
            if (proc) {
                const real = readlinkSync(`/proc/self/fd/${fd}`);
                if (real !== realpathSync(dir))
                    throw new HandleError(`the cache root ${dir} was replaced while it was opened (it is now ${real})`, 'EXDEV');
            }
            return new DirHandle(fd, dir, st.dev, st.ino, proc);
        }
        catch (err) {
            closeSync(fd);
            throw err;
        }
    }
    /** Whether operations go through /proc/self/fd (no window) or checked path strings. */
    get exact() {
        return this.proc;
    }
    /** The path naming entry `name` of this directory, valid for one system call. */
    at(name) {
        if (!isPlainName(name))
            throw new HandleError(`not a plain file name: ${name}`, 'EINVAL');
        if (this.closed)
            throw new HandleError(`handle of ${this.display} is closed`, 'EBADF');
        if (this.proc)
            return `/proc/self/fd/${this.fd}/${name}`;
        this.verify();
        return path__default.join(this.display, name);
    }
    /** The names in this directory. */
    list() {
        if (this.proc)
            return readdirSync(`/proc/self/fd/${this.fd}`);
        this.verify();
        return readdirSync(this.display);
    }
    lstat(name) {
        return lstatSync(this.at(name));
    }
    /**
     * Opens subdirectory `name` without following a link; throws ELOOP/ENOTDIR when it is not a
     * directory (any more), EXDEV when it is on another device than `dev`.
     */
    openChild(name, dev) {
        if (NO_DIR_FDS)
            return pathHandle(this.at(name), dev);
        const fd = openSync(this.at(name), DIR_FLAGS);
        try {
            const st = fstatSync(fd);
            if (!st.isDirectory())
                throw new HandleError(`${this.display}/${name} is not a directory`, 'ENOTDIR');
            if (st.dev !== dev)
                throw new HandleError(`${this.display}/${name} is on another file system`, 'EXDEV');
            return new DirHandle(fd, path__default.join(this.display, name), st.dev, st.ino, this.proc);
        }
        catch (err) {
            closeSync(fd);
            throw err;
        }
    }
    close() {
        if (this.closed)
            return;
        this.closed = true;
        if (this.fd >= 0)
            closeSync(this.fd);
    }
    /** A handle without a descriptor (Windows): checked path strings only. */
    static fromPath(p, st) {
        return new DirHandle(-1, p, st.dev, st.ino, false);
    }
    /** Without /proc: the path must still name the directory that was opened. */
    verify() {
        const st = lstatSync(this.display);
        if (!st.isDirectory() || st.dev !== this.dev || st.ino !== this.ino)
            throw new HandleError(`${this.display} was replaced since it was opened`, 'ESTALE');
    }
}
/** Windows cannot open a directory as a file descriptor. */
const NO_DIR_FDS = process.platform === 'win32';
function pathHandle(p, dev) {
    const st = lstatSync(p);
    if (st.isSymbolicLink())
        throw Object.assign(new Error(`${p} is a symbolic link`), { code: 'ELOOP' });
    if (!st.isDirectory())
        throw Object.assign(new Error(`${p} is not a directory`), { code: 'ENOTDIR' });
    if (dev !== undefined && st.dev !== dev)
        throw new HandleError(`${p} is on another file system`, 'EXDEV');
    return DirHandle.fromPath(p, st);
}
let procChecked;
/** True when /proc/self/fd/<fd> resolves to the directory `fd` refers to. */
function procWorks(fd, st) {
    if (procChecked === false || process.platform !== 'linux')
        return false;
    // Tests exercise the path-checked fallback of other systems this way.
    if (process.env.GBG_CACHE_HANDLES === 'paths')
        return false;
    try {
        const p = statSync(`/proc/self/fd/${fd}`);
        procChecked = p.dev === st.dev && p.ino === st.ino;
    }
    catch {
        procChecked = false;
    }
    return procChecked;
}

/**
 * Removal that cannot escape the cache. The root and each subdirectory are opened once as
 * directory handles (handles.ts: O_DIRECTORY|O_NOFOLLOW, fstat), and every entry is removed by
 * name relative to the handle of the directory that holds it: a symbolic link is unlinked, never
 * followed; a directory tree is descended only through handles opened without following links
 * and on the cache's own device; a path swapped for a link after it was checked is at worst
 * unlinked itself. Nothing outside `root` is ever named.
 */
/** Errors of opening a directory handle on something that is not (or no longer) a directory. */
function notADir(err) {
    const code = err?.code;
    return code === 'ELOOP' || code === 'ENOTDIR';
}
class Remover {
    root;
    entries = 0;
    bytes = 0;
    failed = [];
    top;
    /** Subdirectory handles by name (undefined: not a directory when first asked). */
    subs = new Map();
    constructor(root) {
        this.root = root;
        this.top = DirHandle.openRoot(root);
    }
    get rootPath() {
        return this.root;
    }
    /** Whether removal is exact (directory descriptors through /proc) or path-checked. */
    get exact() {
        return this.top.exact;
    }
    close() {
        for (const h of this.subs.values())
            h?.close();
        this.subs.clear();
        this.top.close();
    }
    /** Removes the file, link or directory tree at `p` (inside the root) as one entry. */
    remove(p) {
        this.at(p, (dir, name) => {
            if (this.removeName(dir, name, p))
                this.entries++;
        });
    }
    /** Removes a file whose size is already known (the scan's lstat): one system call. */
    unlinkKnown(p, size) {
        this.at(p, (dir, name) => {
            try {
                unlinkSync(dir.at(name));
                this.entries++;
                this.bytes += size;
            }
            catch (err) {
                this.fail(p, err);
            }
        });
    }
    /**
     * Removes everything inside subdirectory `sub` (each entry counted), or `sub` itself when it is
     * not a directory; `after` runs after each entry.
     */
    clearSubdir(sub, after) {
        const p = path__default.join(this.root, sub);
        const dir = this.sub(sub, p);
        if (dir === undefined) {
            if (this.removeName(this.top, sub, p))
                this.entries++;
            return after();
        }
        let names;
        try {
            names = dir.list();
        }
        catch (err) {
            return this.fail(p, err);
        }
        for (const name of names) {
            if (this.removeName(dir, name, path__default.join(p, name)))
                this.entries++;
            after();
        }
    }
    /**
     * Records a trim the way Go does (Unix seconds): written to a fresh, unpredictable name with
     * O_EXCL (nothing planted there can be opened), then renamed over trim.txt. False (with a
     * failure recorded) when trim.txt cannot be replaced, e.g. a directory sits there.
     */
    writeTrim(nowMs) {
        const tmp = `.trim.txt.${randomBytes(8).toString('hex')}.tmp`;
        const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW, O_NONBLOCK } = constants;
        const trim = path__default.join(this.root, 'trim.txt');
        try {
            const fd = openSync(this.top.at(tmp), O_WRONLY | O_CREAT | O_EXCL | (O_NOFOLLOW ?? 0) | (O_NONBLOCK ?? 0), 0o644);
            try {
                writeSync(fd, String(Math.floor(nowMs / 1000)));
            }
            finally {
                closeSync(fd);
            }
        }
        catch (err) {
            this.fail(trim, err);
            return false;
        }
        try {
            renameSync(this.top.at(tmp), this.top.at('trim.txt'));
            return true;
        }
        catch (err) {
            this.fail(trim, err);
            try {
                unlinkSync(this.top.at(tmp));
            }
            catch {
                // already gone
            }
            return false;
        }
    }
    /** Runs `fn` with the handle of the directory holding `p` and `p`'s last component. */
    at(p, fn) {
        const parts = this.components(p);
        if (parts.length === 1)
            return fn(this.top, parts[0]);
        const dir = this.sub(parts[0], path__default.join(this.root, parts[0]));
        if (!dir)
            return this.fail(p, new Error('its cache subdirectory is not a directory any more'));
        const opened = [];
        try {
            let d = dir;
            for (const part of parts.slice(1, -1)) {
                d = d.openChild(part, this.top.dev);
                opened.push(d);
            }
            fn(d, parts[parts.length - 1]);
        }
        catch (err) {
            if (!vanished(err))
                this.fail(p, err);
        }
        finally {
            for (const h of opened)
                h.close();
        }
    }
    /** `p` relative to the root as plain names; anything else is an internal error. */
    components(p) {
        const prefix = this.root.endsWith(path__default.sep) ? this.root : this.root + path__default.sep;
        const parts = p.startsWith(prefix) ? p.slice(prefix.length).split(path__default.sep) : [];
        if (parts.length === 0 || !parts.every(isPlainName))
            throw new Error(`internal error: refusing to remove ${p}, outside the cache ${this.root}`);
        return parts;
    }
    /** The handle of subdirectory `sub`, opened once; undefined when it is not a directory. */
    sub(sub, p) {
        if (this.subs.has(sub))
            return this.subs.get(sub);
        let h;
        try {
            h = this.top.openChild(sub, this.top.dev);
        }
        catch (err) {
            if (!notADir(err) && !vanished(err))
                this.fail(p, err);
        }
        this.subs.set(sub, h);
        return h;
    }
    /** Removes entry `name` of `dir` (a tree through handles); true when something was removed. */
    removeName(dir, name, p) {
        let st;
        try {
            st = dir.lstat(name);
        }
        catch (err) {
            if (!vanished(err))
                this.fail(p, err);
            return false;
        }
        try {
            if (st.isDirectory()) {
                let child;
                try {
                    child = dir.openChild(name, this.top.dev);
                }
                catch (err) {
                    // Swapped for a link or file since the lstat: remove that name, never its target.
                    if (!notADir(err))
                        throw err;
                    unlinkSync(dir.at(name));
                    return true;
                }
                try {
                    for (const n of child.list())
                        this.removeName(child, n, path__default.join(p, n));
                }
                finally {
                    child.close();
                }
                rmdirSync(dir.at(name));
            }
            else {
                unlinkSync(dir.at(name));
                if (st.isFile())
                    this.bytes += st.size;
            }
            return true;
        }
        catch (err) {
            this.fail(p, err);
            return false;
        }
    }
    fail(p, err) {
        if (vanished(err))
            return;
        this.failed.push({ kind: 'unreadable', path: p, detail: `could not remove: ${errText(err)}` });
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
/**
 * `stale` never removes an entry used (or written) within this long before the scan started:
 * Go's own mtime resolution, and time for a concurrent `go` to finish writing what it started.
 */
const STALE_GRACE_S = MTIME_INTERVAL_S;
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
    /** Outputs this prune removed: entries pointing at them can only miss now. */
    removedOutputs = new Set();
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
        this.removedOutputs.add(id);
        this.bytes -= o.size;
        if (o.path === o.file)
            this.remover.unlinkKnown(o.path, o.size);
        else
            this.remover.remove(o.path);
        this.meter.add(1, o.size);
    }
    /** An output removed outside the plan (it was never a valid output). */
    outputGone(id) {
        this.removedOutputs.add(id);
    }
    /**
     * Action entries whose output this prune removed can only miss: remove them. (An entry whose
     * output the scan did not see is an `output-missing` problem, removed only once confirmed.)
     */
    dropDangling() {
        if (this.removedOutputs.size === 0)
            return;
        for (const [id, a] of this.actions)
            if (a.entry && this.removedOutputs.has(a.entry.outputId))
                this.removeAction(id);
    }
}
/** A problem inside an executable entry (`xx/<id>-d/<name>`) takes the whole entry with it. */
function entryPath(root, p) {
    return path__default.relative(root, p).split(path__default.sep).length === 3 ? path__default.dirname(p) : p;
}
/**
 * True when a concurrent `go` touched the problem since the scan started: the path was written
 * since, or the missing output has appeared. Such a path is left alone.
 */
function rewritten(p, plan, scannedAt) {
    try {
        if (writtenAfter(lstatSync(p.path), scannedAt))
            return true;
        if (p.kind !== 'output-missing')
            return false;
        const a = plan.actions.get(path__default.basename(p.path).slice(0, 64));
        return !!a?.entry && existsSync(outputPath(plan.root, a.entry.outputId));
    }
    catch {
        return false; // gone, or unreadable: removal will say so
    }
}
function pruneCorrupt(plan, problems, scannedAt, remover) {
    const before = remover.entries;
    for (const p of problems) {
        if (!REMOVABLE.has(p.kind) || rewritten(p, plan, scannedAt))
            continue;
        const outId = plan.byFile.get(p.path);
        if (outId)
            plan.removeOutput(outId);
        else if (p.kind === 'action-malformed' || p.kind === 'output-missing')
            plan.removeAction(path__default.basename(p.path).slice(0, 64));
        else {
            const entry = entryPath(plan.root, p.path);
            remover.remove(entry);
            // A broken output (a link, a bad executable directory): its entries can only miss now.
            if (entry.endsWith('-d'))
                plan.outputGone(path__default.basename(entry).slice(0, 64));
        }
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
    const settled = opts.now - STALE_GRACE_S * 1000;
    for (const [id, o] of plan.outputs)
        if (o.refs <= 0 && o.mtimeMs < settled)
            plan.removeOutput(id);
    return remover.entries - before;
}
/**
 * Least recently used first until the cache fits; entries used within the grace period before
 * the scan (or written since) are kept even when the budget is not reached then.
 */
function pruneToBudget(plan, maxSize, now, remover) {
    const before = remover.entries;
    if (plan.bytes <= maxSize)
        return 0;
    const settled = now - STALE_GRACE_S * 1000;
    const lastUse = (a) => {
        const o = a.entry && plan.outputs.get(a.entry.outputId);
        return Math.max(a.mtimeMs, o?.mtimeMs ?? 0);
    };
    const lru = [...plan.actions]
        .map(([id, a]) => ({ id, a, t: lastUse(a) }))
        .sort((x, y) => x.t - y.t);
    for (const { id, a, t } of lru) {
        if (plan.bytes <= maxSize || t >= settled)
            break;
        plan.removeAction(id);
        const outId = a.entry?.outputId;
        const o = outId ? plan.outputs.get(outId) : undefined;
        if (outId && o && o.refs <= 0)
            plan.removeOutput(outId);
    }
    return remover.entries - before;
}
function pruneAll(fuzz, remover, meter) {
    let bytes = remover.bytes;
    const after = () => {
        meter.add(1, remover.bytes - bytes);
        bytes = remover.bytes;
    };
    for (const sub of SUBDIRS)
        remover.clearSubdir(sub, after);
    remover.remove(path__default.join(remover.rootPath, 'log.txt'));
    if (fuzz)
        remover.remove(path__default.join(remover.rootPath, 'fuzz'));
    after();
}
/** Prunes the cache scanned in `scan`; `problems` are the scan's plus full verification's. */
function pruneCache(scan, problems, opts) {
    const remover = new Remover(scan.root);
    try {
        return prune(scan, problems, opts, remover);
    }
    finally {
        remover.close();
    }
}
function prune(scan, problems, opts, remover) {
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
        pruneAll(opts.fuzz ?? false, remover, meter);
        plan.actions.clear();
        plan.outputs.clear();
    }
    else {
        facts.corrupt = pruneCorrupt(plan, problems, scan.scannedAt, remover);
        if (opts.mode === 'stale') {
            facts.stale = pruneByAge(plan, opts, remover);
            if (opts.maxSizeBytes !== undefined)
                facts.overBudget = pruneToBudget(plan, opts.maxSizeBytes, opts.now, remover);
            if (opts.maxAgeSeconds <= TRIM_LIMIT_S)
                facts.trimWritten = remover.writeTrim(opts.now);
        }
    }
    meter.finish();
    facts.entries = remover.entries;
    facts.bytes = remover.bytes;
    return { facts, actions: plan.actions, outputs: plan.outputs };
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
 * once and, as soon as its first directory projects the scan to outlast a worker's start-up,
 * starts one worker per remaining core; all of them claim directories from a shared counter
 * until none are left, and a worker that has not started by then is dropped instead of awaited.
 * Where the load average leaves no core idle, a worker's start-up is taken from the scan itself,
 * so workers start only when the rest of the scan is ten times longer.
 * An explicit worker count leaves all the scanning to that many workers, at most one per core
 * (more only contend for the same cores; 0: the calling thread alone).
 */
/**
 * Start workers only when the rest of the scan, projected from the CPU time of the directories
 * scanned so far, would take longer than a worker takes to start (about 25 ms, dist/verify-worker.js being one
 * self-contained file) and to warm up. Where no
 * core is idle the worker's start is taken from the scan itself, so there it must be a small
 * part of what is left, and the projection waits for more directories (the first ones are the
 * slowest, code not yet optimised).
 */
const HELP_AFTER_MS = 40;
const BUSY_HELP_AFTER_MS = 400;
/** Directories the calling thread scans before it trusts its projection (idle, busy). */
const SAMPLE_DIRS = 1;
const BUSY_SAMPLE_DIRS = 8;
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
/**
 * Cores idle besides the calling thread's, judged by the last minute's load average (0 where
 * the platform does not report one, so every core counts as idle there).
 */
function idleCores(cores, load = loadavg()[0] ?? 0) {
    return Math.max(0, Math.min(cores - 1, Math.round(cores - 1 - load)));
}
/** Scans every subdirectory of `root`; the results are in directory order. */
async function scanSubdirs(root, opts) {
    const results = new Array(SUBDIRS.length);
    const explicit = opts.workers !== undefined;
    const cores = availableParallelism();
    const count = explicit ? Math.min(opts.workers, cores) : cores - 1;
    const busy = idleCores(cores) === 0;
    const helpAfter = busy ? BUSY_HELP_AFTER_MS : HELP_AFTER_MS;
    const sample = busy ? BUSY_SAMPLE_DIRS : SAMPLE_DIRS;
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
            scanHere(claims, root, opts.hash, results, (mine, cpuMs) => {
                report();
                // The projection is taken once the sample is in, then each time the count doubles: a
                // scan that outgrows the calling thread shows it early, and the clock is read rarely.
                if (!url || mine < sample || (mine & (mine - 1)) !== 0)
                    return;
                if ((cpuMs() / mine) * unclaimed(claims) > helpAfter)
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
    // CPU time, not wall time: on a busy machine the wall clock also counts other processes' turns.
    // (Until workers start, this thread is the process's only one doing work.)
    const started = process.cpuUsage();
    let mine = 0;
    const cpuMs = () => {
        const used = process.cpuUsage(started);
        return (used.user + used.system) / 1000;
    };
    scanClaimed(claims, root, { hash, buf }, (index, scan) => {
        results[index] = scan;
        after(++mine, cpuMs);
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
        const fd = openRegular(path__default.join(root, 'trim.txt'));
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
    const checked = await recheckProblems({ root, actions: s.actions, outputs: s.outputs, scannedAt }, s.problems);
    return {
        root,
        actions: s.actions,
        outputs: s.outputs,
        problems: checked.problems,
        fuzz,
        trim: readTrim(root, scannedAt),
        scannedAt,
        cleared: checked.cleared,
        notChecked: checked.notChecked
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
        ...(verify !== 'off' && scan.notChecked > 0 ? { notChecked: scan.notChecked } : {}),
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
/**
 * The homes the gate protects: $HOME (and USERPROFILE), os.homedir() (which follows $HOME), and
 * the account's home from the passwd database (os.userInfo() reads it, ignoring $HOME).
 */
function homeDirs(env = process.env) {
    let passwd;
    try {
        passwd = userInfo().homedir;
    }
    catch {
        passwd = undefined; // no passwd entry for this uid
    }
    return [env.HOME, env.USERPROFILE, homedir(), passwd].filter((h) => !!h);
}
/**
 * The workspaces the gate protects: the repository root it found from the working directory and
 * GITHUB_WORKSPACE, which differ when `working-directory` lies outside the workspace.
 */
function workspaceDirs(repoRoot, env = process.env) {
    return [repoRoot, env.GITHUB_WORKSPACE].filter((w) => !!w);
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
        ...[places.workspace, ...(places.workspaces ?? [])].map((w) => [
            'the workspace',
            w
        ])
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

export { spannedDuration as a, parseDuration as b, checkCacheRoot as c, homeDirs as h, parseSize as p, runCache as r, spannedSize as s, workspaceDirs as w };
