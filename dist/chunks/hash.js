import { createHash } from 'node:crypto';
import { constants, lstatSync, openSync, readSync, closeSync } from 'node:fs';

/** Small file-system helpers shared by scan, verify and prune: never follow links, tolerate races. */
/** Open flags for reading a cache file without following a symbolic link in its last component. */
const READ_NOFOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);
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
 * The hashing core of full verification. It imports only Node built-ins so that the very same
 * function runs in-process and inside the worker threads (src/cache/verify-worker.ts).
 */
/** Read buffer size: large enough to amortise syscalls, small enough to keep memory bounded. */
const CHUNK = 1 << 20;
/**
 * Streams each file through SHA-256 with one reusable buffer and returns the mismatches and the
 * bytes hashed. Files that vanished meanwhile (a concurrent `go` trimmed them) are skipped.
 */
function hashJobs(jobs, buf = Buffer.allocUnsafe(CHUNK)) {
    const mismatches = [];
    let bytes = 0;
    for (const job of jobs) {
        let fd;
        try {
            fd = openSync(job.file, READ_NOFOLLOW);
        }
        catch (err) {
            if (!vanished(err))
                mismatches.push({ file: job.file, error: errText(err) });
            continue;
        }
        try {
            const h = createHash('sha256');
            for (;;) {
                const n = readSync(fd, buf, 0, buf.length, null);
                if (n === 0)
                    break;
                h.update(buf.subarray(0, n));
                bytes += n;
            }
            const actual = h.digest('hex');
            if (actual !== job.id)
                mismatches.push({ file: job.file, actual });
        }
        catch (err) {
            mismatches.push({ file: job.file, error: errText(err) });
        }
        finally {
            closeSync(fd);
        }
    }
    return { mismatches, bytes };
}

export { CHUNK as C, READ_NOFOLLOW as R, errText as e, hashJobs as h, lstatOrGone as l, vanished as v };
