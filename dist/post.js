import { g as getState, w as warning, a as abandonedCalls } from './chunks/deadline.js';
import * as path from 'node:path';
import { S as STATE_KEY, l as logText } from './chunks/log.js';
import { r as readEvent } from './chunks/event.js';
import 'os';
import 'crypto';
import 'fs';
import 'path';
import 'string_decoder';
import 'events';
import 'child_process';
import 'assert';
import 'timers';
import './chunks/entry.js';
import './chunks/units.js';
import './chunks/errors.js';
import 'node:crypto';
import './chunks/readfile.js';
import 'node:fs';
import 'node:fs/promises';

const info = (text) => logText(text, (s) => process.stdout.write(s));
function runContext(env) {
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        ref: env.GITHUB_REF ?? '',
        event: readEvent(env)
    };
}
/**
 * The post step runs after the job's other steps: with `cache: true` it trims GOCACHE and saves
 * it (and GOMODCACHE) when this run may; it never fails the job.
 */
async function run(env = process.env) {
    const raw = getState(STATE_KEY);
    if (!raw) {
        info('go-baseline-gate post: nothing to do (cache is not enabled)');
        return;
    }
    try {
        const { postStore } = await import('./chunks/save.js');
        await postStore({
            state: JSON.parse(raw),
            ctx: runContext(env),
            workspace: path.resolve(env.GITHUB_WORKSPACE ?? process.cwd()),
            env,
            log: info,
            warn: (s) => warning(s)
        });
    }
    catch (err) {
        warning(`go-baseline-gate post: the build cache was not saved: ${err.message}`);
    }
    finally {
        // A cache service call given up at its deadline may still hold a socket: end the step.
        if (abandonedCalls() > 0)
            process.exit();
    }
}

await run();
