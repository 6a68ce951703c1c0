import { U as UsageError } from './errors.js';

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

export { spannedDuration as a, parseDuration as b, parseSize as p, spannedSize as s };
