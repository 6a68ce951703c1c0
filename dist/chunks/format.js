import { existsSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The repository root for a directory: GITHUB_WORKSPACE when the directory is inside it (the
 * action), else the nearest ancestor holding `.git`, else the directory itself.
 */
function findRoot(dir, env) {
    const workspace = env.GITHUB_WORKSPACE ? path.resolve(env.GITHUB_WORKSPACE) : undefined;
    if (workspace && isInside(dir, workspace))
        return workspace;
    for (let d = dir;; d = path.dirname(d)) {
        if (existsSync(path.join(d, '.git')))
            return d;
        if (path.dirname(d) === d)
            return dir;
    }
}
/** True when `child` is `parent` or below it. */
function isInside(child, parent) {
    const rel = path.relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
/** A path as findings show it: relative to the repository root when inside it, `/` separators. */
function displayPath(file, root) {
    const rel = path.relative(root, file);
    if (rel === '')
        return '.';
    return isInside(file, root) ? rel.split(path.sep).join('/') : file;
}

function formatBytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = n;
    let i = 0;
    while (Math.abs(v) >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}
function formatDuration(seconds) {
    const s = Math.abs(seconds);
    const text = s >= 86400
        ? `${(s / 86400).toFixed(1)}d`
        : s >= 3600
            ? `${(s / 3600).toFixed(1)}h`
            : s >= 60
                ? `${Math.round(s / 60)}m`
                : `${Math.round(s)}s`;
    return seconds < 0 ? `-${text}` : text;
}
/** One log line: `cache verify: 1200/5000 files, 210.0 MiB/600.0 MiB, 1.1 GiB/s`. */
function progressLine(p) {
    const files = p.total !== undefined ? `${p.done}/${p.total}` : `${p.done}`;
    const bytes = p.bytesTotal !== undefined
        ? `${formatBytes(p.bytesDone)}/${formatBytes(p.bytesTotal)}`
        : formatBytes(p.bytesDone);
    return `cache ${p.phase}: ${files} files, ${bytes}, ${formatBytes(p.rate)}/s`;
}
/** A one-line bar for a terminal (redrawn with `\r`). */
function progressBar(p, width = 30) {
    const total = p.bytesTotal ?? 0;
    const share = p.fraction ?? (total > 0 ? p.bytesDone / total : undefined);
    const frac = Math.min(1, share ?? 0);
    const full = Math.round(frac * width);
    const bar = share !== undefined
        ? `[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${Math.round(frac * 100)}% `
        : '';
    return `${bar}${progressLine(p)}`;
}
/** Wraps a progress sink so it emits a log line at most every `everyMs` (plus each phase's end). */
function throttledLog(log, everyMs = 5000) {
    let last = Date.now();
    let logged = '';
    return (p) => {
        const done = p.total !== undefined && p.done >= p.total;
        const key = `${p.phase}:${p.done}`;
        if (key === logged || (!done && Date.now() - last < everyMs))
            return;
        last = Date.now();
        logged = key;
        log(progressLine(p));
    };
}

export { formatBytes as a, formatDuration as b, displayPath as d, findRoot as f, isInside as i, progressBar as p, throttledLog as t };
