import { constants, statSync, openSync, fstatSync, readSync, closeSync } from 'node:fs';
import { stat, open } from 'node:fs/promises';

/**
 * Reading files the gate does not control (baseline, go.mod, go env file, event payload) without
 * ever blocking: only regular files are read. The type is checked before the open (a FIFO would
 * block `open` for reading until a writer comes), the open is non-blocking (a FIFO swapped in
 * after the check does not block either), and the opened handle is checked again with fstat.
 */
/** `O_NONBLOCK` where the platform has it (not on Windows, where FIFOs are not files). */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
/** What kind of thing a non-regular path is, in words. */
function describeKind(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a FIFO (named pipe)';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSocket())
        return 'a socket';
    return 'not a regular file';
}
/** The path exists but is not a regular file (code `ENOTREG`); nothing was read. */
class NotRegularFileError extends Error {
    file;
    kind;
    code = 'ENOTREG';
    constructor(file, kind) {
        super(`${file} is ${kind}, not a regular file`);
        this.file = file;
        this.kind = kind;
    }
}
/** The file is larger than the caller accepts (code `EFBIG`); nothing was read. */
class FileTooLargeError extends Error {
    file;
    size;
    limit;
    code = 'EFBIG';
    constructor(file, size, limit) {
        super(`${file} is ${size} bytes, more than the ${limit} bytes allowed`);
        this.file = file;
        this.size = size;
        this.limit = limit;
    }
}
function checkStats(file, st, maxBytes) {
    if (!st.isFile())
        throw new NotRegularFileError(file, describeKind(st));
    if (st.size > maxBytes)
        throw new FileTooLargeError(file, st.size, maxBytes);
}
/**
 * The bytes of a regular file, at most `maxBytes` (a file that grows past the limit while being
 * read is too large too). Errors: NotRegularFileError, FileTooLargeError, or the fs error
 * (`ENOENT`, `EACCES`, ...).
 */
async function readRegularFile(file, maxBytes = Number.MAX_SAFE_INTEGER) {
    checkStats(file, await stat(file), maxBytes);
    const handle = await open(file, READ_FLAGS);
    try {
        const st = await handle.stat();
        checkStats(file, st, maxBytes);
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(Math.min(Math.max(st.size - total, 0) + 1, 1 << 20));
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
            if (bytesRead === 0)
                break;
            total += bytesRead;
            if (total > maxBytes)
                throw new FileTooLargeError(file, total, maxBytes);
            chunks.push(chunk.subarray(0, bytesRead));
        }
        return Buffer.concat(chunks, total);
    }
    finally {
        await handle.close();
    }
}
/** readRegularFile, synchronously. */
function readRegularFileSync(file, maxBytes = Number.MAX_SAFE_INTEGER) {
    checkStats(file, statSync(file), maxBytes);
    const fd = openSync(file, READ_FLAGS);
    try {
        const st = fstatSync(fd);
        checkStats(file, st, maxBytes);
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(Math.min(Math.max(st.size - total, 0) + 1, 1 << 20));
            const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
            if (bytesRead === 0)
                break;
            total += bytesRead;
            if (total > maxBytes)
                throw new FileTooLargeError(file, total, maxBytes);
            chunks.push(chunk.subarray(0, bytesRead));
        }
        return Buffer.concat(chunks, total);
    }
    finally {
        closeSync(fd);
    }
}

export { FileTooLargeError as F, NotRegularFileError as N, readRegularFile as a, readRegularFileSync as r };
