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
/**
 * Classifies a file name inside subdirectory `sub`; undefined when Go would never write it
 * (anything but `<64 lower-case hex digits, the first two = sub>-a` or `-d`).
 */
function classifyName(sub, name) {
    if (name.length !== HEX_SIZE + 2 || name.charCodeAt(HEX_SIZE) !== 0x2d /* - */)
        return undefined;
    const suffix = name.charCodeAt(HEX_SIZE + 1);
    if (suffix !== 0x61 /* a */ && suffix !== 0x64 /* d */)
        return undefined;
    if (!name.startsWith(sub) || !isHex64(name, 0, false))
        return undefined;
    return { kind: suffix === 0x61 ? 'action' : 'output', id: name.slice(0, HEX_SIZE) };
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

export { ENTRY_SIZE as E, MTIME_INTERVAL_S as M, SUBDIRS as S, TRIM_LIMIT_S as T, TOP_LEVEL_FILES as a, parseTrim as b, TRIM_INTERVAL_S as c, classifyName as d, parseActionEntry as p };
