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

export { displayPath as d, findRoot as f, isInside as i };
