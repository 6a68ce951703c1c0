import { spawn } from 'node:child_process';
import { U as UsageError } from './errors.js';

/**
 * Runs a child process (go) with a deadline. A child that does not finish in time is killed with
 * its whole process group (a `go` wrapper script's own children included, so none keeps the
 * output pipes open), and the caller gets a RunTimeoutError that says so and after how long.
 */
/** Default deadline of one `go` command the gate runs. */
const DEFAULT_GO_TIMEOUT_MS = 120_000;
/** The environment variable that changes it, in seconds (e.g. `30`, `0.5`). */
const GO_TIMEOUT_VAR = 'GO_BASELINE_GATE_GO_TIMEOUT';
/** The deadline for go commands, from GO_BASELINE_GATE_GO_TIMEOUT (seconds) or the default. */
function goTimeoutMs(env) {
    const raw = env[GO_TIMEOUT_VAR]?.trim();
    if (!raw)
        return DEFAULT_GO_TIMEOUT_MS;
    const seconds = Number(raw);
    if (!Number.isFinite(seconds) || seconds <= 0) {
        throw new UsageError(`${GO_TIMEOUT_VAR}=${JSON.stringify(raw)} is not a number of seconds`, undefined, `set ${GO_TIMEOUT_VAR} to a positive number of seconds (default ${DEFAULT_GO_TIMEOUT_MS / 1000}), or unset it`);
    }
    return Math.round(seconds * 1000);
}
/** `1.5 s`, `120 s`, `250 ms`. */
function formatDuration(ms) {
    return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}
/** The child did not finish within the deadline and was killed. */
class RunTimeoutError extends Error {
    command;
    timeoutMs;
    constructor(command, timeoutMs) {
        super(`\`${command}\` did not finish within ${formatDuration(timeoutMs)} and was killed`);
        this.command = command;
        this.timeoutMs = timeoutMs;
        this.name = 'RunTimeoutError';
    }
}
/**
 * Runs `binary args` to completion, collecting its output as UTF-8. Rejects with a
 * RunTimeoutError at the deadline, or with the spawn error (ENOENT, EACCES). A non-zero exit is
 * a result, not an error.
 */
function runWithDeadline(binary, args, opts) {
    const display = opts.display ?? [binary, ...args].join(' ');
    const max = opts.maxBuffer ?? 64 * 1024 * 1024;
    // A process group of its own (not on Windows, which has none), so the deadline kills the
    // child's children too.
    const group = process.platform !== 'win32';
    return new Promise((resolve, reject) => {
        const child = spawn(binary, args, {
            cwd: opts.cwd,
            env: opts.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: group,
            windowsHide: true
        });
        const out = [];
        const err = [];
        let outLen = 0;
        let errLen = 0;
        child.stdout.on('data', (b) => {
            if (outLen < max)
                out.push(b);
            outLen += b.length;
        });
        child.stderr.on('data', (b) => {
            if (errLen < max)
                err.push(b);
            errLen += b.length;
        });
        let settled = false;
        const timer = setTimeout(() => {
            if (settled)
                return;
            settled = true;
            try {
                if (group && child.pid !== undefined)
                    process.kill(-child.pid, 'SIGKILL');
                else
                    child.kill('SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
            child.stdout.destroy();
            child.stderr.destroy();
            reject(new RunTimeoutError(display, opts.timeoutMs));
        }, opts.timeoutMs);
        child.on('error', (e) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            reject(e);
        });
        child.on('close', (code, signal) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve({
                code,
                signal,
                stdout: Buffer.concat(out).subarray(0, max).toString('utf8'),
                stderr: Buffer.concat(err).subarray(0, max).toString('utf8')
            });
        });
    });
}

export { GO_TIMEOUT_VAR as G, RunTimeoutError as R, goTimeoutMs as g, runWithDeadline as r };
