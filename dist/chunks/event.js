import { r as readRegularFileSync } from './readfile.js';

/**
 * The webhook payload of the run (GITHUB_EVENT_PATH), or `{}` when there is none or it cannot be
 * read: the PR comment reads the pull request number from it, the cache save whether a pull
 * request comes from a fork.
 */
function readEvent(env) {
    if (!env.GITHUB_EVENT_PATH)
        return {};
    try {
        const event = JSON.parse(readRegularFileSync(env.GITHUB_EVENT_PATH).toString('utf8'));
        return event && typeof event === 'object' ? event : {};
    }
    catch {
        return {};
    }
}

export { readEvent as r };
