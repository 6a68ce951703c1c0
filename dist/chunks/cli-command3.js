import { createRequire as __gbgCreateRequire } from 'node:module';
const __gbgBuiltin = process.getBuiltinModule ?? __gbgCreateRequire(import.meta.url);
import { A as formatBytes, B as formatDuration, C as progressBar, t as throttledLog, l as parseFlags } from './cli-core.js';
export { E as cacheChecks } from './cli-core.js';
import { U as UsageError, h as findRoot, f as collectGoFacts } from './cli-boot.js';
import { c as checkCacheRoot, w as workspaceDirs, h as homeDirs, r as runCache, p as parseSize, b as parseDuration } from './cli-units.js';


import 'node:path';

import 'node:child_process';
import 'node:os';
import 'node:crypto';
import 'node:worker_threads';
import 'node:url';

/** `go-baseline-gate cache stats|verify|prune`: the cache tools for local use and the benchmark. */
const USAGE = `usage: go-baseline-gate cache stats|verify|prune [flags]
  --gocache DIR                  the cache (default: go env GOCACHE)
  --cache-verify full|quick|off  verify (default: quick for stats, full for verify and prune)
  --prune corrupt|stale|all      with prune (default corrupt)
  --max-cache-age DURATION       with --prune stale (default 5d, Go's own trim limit)
  --max-cache-size SIZE          with --prune stale: size budget, e.g. 2GiB
  --prune-fuzz                   with --prune all: also empty fuzz/
  --workers N                    scan threads (default: this one, plus one per core when large)
  --format text|json             output format (default text)`;
const OPTIONS = {
    gocache: { type: 'string' },
    'cache-verify': { type: 'string' },
    prune: { type: 'string' },
    'max-cache-age': { type: 'string' },
    'max-cache-size': { type: 'string' },
    'prune-fuzz': { type: 'boolean' },
    workers: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' }
};
function oneOf(flag, value, allowed, dflt) {
    if (value === undefined)
        return dflt;
    if (allowed.includes(value))
        return value;
    throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`, undefined, USAGE);
}
/**
 * GOCACHE and GOROOT from the gate's go probe. With --gocache the probe only adds GOROOT (a root
 * to refuse), so a missing go is no error then.
 */
async function goEnv(needCache) {
    let go;
    try {
        go = await collectGoFacts({ cwd: process.cwd(), env: process.env, cacheOnly: true });
    }
    catch (err) {
        if (!needCache)
            return {};
        throw err;
    }
    // go env prints a relative GOCACHE as "off"; only its error says why.
    if (needCache && /GOCACHE is not an absolute path/.test(go.envError ?? ''))
        throw new UsageError(`GOCACHE ${JSON.stringify(process.env.GOCACHE ?? '')} is not an absolute path (go env shows it as "off")`, undefined, 'set GOCACHE (or --gocache) to an absolute directory');
    return go.env;
}
function parse(args) {
    const parsed = parseFlags('cache', args, OPTIONS, USAGE, 1);
    const { values, positionals } = parsed;
    if (values.help)
        return undefined;
    if (positionals.length !== 1)
        throw new UsageError('expected one subcommand: stats, verify or prune', undefined, USAGE);
    const sub = positionals[0];
    if (!['stats', 'verify', 'prune'].includes(sub))
        throw new UsageError(`unknown cache subcommand ${JSON.stringify(sub)}; expected stats, verify or prune`, undefined, USAGE);
    const prune = oneOf('prune', values.prune, ['corrupt', 'stale', 'all'], 'corrupt');
    if (sub !== 'prune' && values.prune !== undefined)
        throw new UsageError(`--prune only applies to \`cache prune\`, not \`cache ${sub}\``, undefined, USAGE);
    const workers = values.workers === undefined ? undefined : Number(values.workers);
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0))
        throw new UsageError(`--workers must be a whole number, not ${JSON.stringify(values.workers)}`, undefined, USAGE);
    const age = values['max-cache-age'];
    const size = values['max-cache-size'];
    return {
        sub,
        gocache: values.gocache,
        json: oneOf('format', values.format, ['text', 'json'], 'text') === 'json',
        opts: {
            verify: oneOf('cache-verify', values['cache-verify'], ['full', 'quick', 'off'], sub === 'stats' ? 'quick' : 'full'),
            prune: sub === 'prune' ? prune : 'off',
            maxAgeSeconds: age === undefined ? undefined : parseDuration(age, '--max-cache-age'),
            maxSizeBytes: size === undefined ? undefined : parseSize(size, '--max-cache-size'),
            pruneFuzz: values['prune-fuzz'],
            workers
        }
    };
}
const SAMPLES = 20;
/** The plain-text report: statistics, problems (a sample per kind), what was pruned. */
function textReport(f) {
    const s = f.stats;
    const lines = [
        `cache ${f.root}`,
        `  ${s.entries} action entries, ${s.outputs} outputs (${s.orphanOutputs} unreferenced), ${formatBytes(s.bytes)}`,
        `  last use: ${s.ages.day} within a day, ${s.ages.week} within 5 days, ${s.ages.older} older`,
        `  fuzz corpus: ${s.fuzzFiles} files, ${formatBytes(s.fuzzBytes)}`,
        `  trim.txt: ${f.trim.state}${f.trim.ageSeconds !== undefined ? ` (last trim ${formatDuration(f.trim.ageSeconds)} ago)` : ''}`,
        `  verified: ${f.verify}; ${f.problems.length} problems${f.notChecked ? `; ${f.notChecked} entries not checked (output unreadable)` : ''}`
    ];
    const byKind = new Map();
    for (const p of f.problems) {
        const list = byKind.get(p.kind);
        if (list)
            list.push(p);
        else
            byKind.set(p.kind, [p]);
    }
    for (const [kind, list] of byKind) {
        lines.push(`  ${kind}: ${list.length}`);
        for (const p of list.slice(0, SAMPLES))
            lines.push(`    ${JSON.stringify(p.path)}: ${p.detail}`);
        if (list.length > SAMPLES)
            lines.push(`    … and ${list.length - SAMPLES} more (--format json lists all)`);
    }
    const p = f.prune;
    if (p) {
        lines.push(`  pruned (${p.mode}): ${p.entries} entries, ${formatBytes(p.bytes)} (${p.corrupt} broken, ${p.stale} stale, ${p.overBudget} over budget); trim.txt ${p.trimWritten ? 'rewritten' : 'kept'}`);
        for (const x of p.failed)
            lines.push(`    could not remove ${JSON.stringify(x.path)}: ${x.detail}`);
    }
    lines.push(`  ${formatBytes(f.bytesAfter)} left, ${f.staleAfter} stale entries left; took ${f.durationMs} ms`);
    return lines.join('\n') + '\n';
}
/** Runs the subcommand; usage errors (bad flags, a refused root) print a message and return 2. */
async function cacheCommand(args, io) {
    try {
        return await runCommand(args, io);
    }
    catch (err) {
        if (!(err instanceof UsageError))
            throw err;
        io.stderr(`go-baseline-gate: ${err.format()}\n`);
        return err.exitCode;
    }
}
async function runCommand(args, io) {
    const cmd = parse(args);
    if (!cmd) {
        io.stdout(USAGE + '\n');
        return 0;
    }
    const env = await goEnv(cmd.gocache === undefined);
    const root = checkCacheRoot(cmd.gocache ?? env.GOCACHE ?? '', {
        homes: homeDirs(),
        goroot: env.GOROOT,
        workspaces: workspaceDirs(findRoot(process.cwd(), process.env))
    });
    let drawn = false;
    const onProgress = io.isTTY
        ? (p) => {
            drawn = true;
            io.stderr(`\r\x1b[2K${progressBar(p)}`);
        }
        : throttledLog((line) => io.stderr(line + '\n'));
    const facts = await runCache(root, { ...cmd.opts, onProgress, log: (l) => io.stderr(l + '\n') });
    if (drawn)
        io.stderr('\r\x1b[2K');
    io.stdout(cmd.json ? JSON.stringify(facts, null, 2) + '\n' : textReport(facts));
    if (cmd.sub === 'verify')
        return facts.problems.length > 0 ? 1 : 0;
    if (cmd.sub === 'prune')
        return facts.prune && facts.prune.failed.length > 0 ? 1 : 0;
    return 0;
}

export { cacheCommand, runCache, textReport };
