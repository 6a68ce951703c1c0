import { l as setOutput, n as summary, o as getInput, w as warning, p as setFailed, a as abandonedCalls } from './deadline.js';
import * as path from 'node:path';
import { g as compareStrings, h as defaultOutputDir, r as resolveOptions, b as runGate, s as selectAnnotations, A as ANNOTATIONS_PER_LEVEL, i as writeActionLog, w as writeReportFiles, f as formatAnnotation } from './output.js';
import { l as logText, a as actionStore } from './log.js';
import { U as UsageError } from './errors.js';
import { c as code, p as plural, F as FindingCells, f as fitFindings, u as utf8Bytes, v as verdict, r as relativeDir, a as findingsTable, b as fixItems, d as details, t as table, e as fence, l as linkContextFromEnv } from './where.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { r as renderBaseline } from './record.js';
import { c as collectGoFacts } from './go.js';
import { f as findRoot } from './format.js';
import 'os';
import 'crypto';
import 'fs';
import 'path';
import 'string_decoder';
import 'events';
import 'child_process';
import 'assert';
import 'timers';
import './readfile.js';
import 'node:fs';
import 'node:buffer';
import 'node:child_process';
import 'node:os';
import './valid.js';
import './entry.js';
import './units.js';
import 'node:crypto';
import './event.js';
import './run.js';

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
function formatBytes(n) {
    let v = n;
    let u = 0;
    while (v >= 1024 && u < UNITS.length - 1) {
        v /= 1024;
        u++;
    }
    return u === 0 ? `${n} B` : `${v.toFixed(1)} ${UNITS[u]}`;
}
const count = (n) => n.toLocaleString('en-US');
const VERIFY = {
    full: 'full (entry format, output sizes and SHA-256 of every output)',
    quick: 'quick (entry format and output sizes)',
    off: 'off'
};
function cacheRows(cache) {
    if (!cache)
        return [];
    const s = cache.stats;
    const rows = [
        ['Cache', code(cache.root)],
        ['Verified', VERIFY[cache.verify]],
        ['Action entries', count(s.entries)],
        ['Outputs', `${count(s.outputs)} (${count(s.orphanOutputs)} not referenced by any entry)`],
        ['Size', formatBytes(s.bytes)],
        [
            'Last use',
            `${count(s.ages.day)} within a day, ${count(s.ages.week)} within 5 days, ${count(s.ages.older)} older`
        ],
        ['Fuzz corpus', `${plural(s.fuzzFiles, 'file')}, ${formatBytes(s.fuzzBytes)}`],
        ['trim.txt', trim(cache)],
        ['Problems', problems(cache)]
    ];
    const p = cache.prune;
    rows.push([
        'Pruned',
        p
            ? `${plural(p.entries, 'path')}, ${formatBytes(p.bytes)} (mode ${code(p.mode)}: ${count(p.corrupt)} broken, ${count(p.stale)} stale, ${count(p.overBudget)} over the size budget)` +
                (p.failed.length ? `; ${count(p.failed.length)} could not be removed` : '')
            : 'nothing'
    ]);
    rows.push(['Size after pruning', formatBytes(cache.bytesAfter)]);
    rows.push(['Stale entries left', count(cache.staleAfter)]);
    rows.push(['Scan time', `${Math.round(cache.durationMs)} ms`]);
    return rows;
}
/** One line for the folded cache section: entries, size, problems and what was pruned. */
function cacheSummary(cache) {
    const s = cache.stats;
    const parts = [`${count(s.entries)} entries`, formatBytes(s.bytes)];
    const n = cache.problems.length;
    parts.push(n === 0 ? 'no problems' : `${count(n)} problem${n === 1 ? '' : 's'}`);
    if (cache.prune)
        parts.push(`${formatBytes(cache.prune.bytes)} pruned`);
    return parts.join(', ');
}
function trim(cache) {
    const t = cache.trim;
    const when = t.lastTrim !== undefined ? ` (last trim ${new Date(t.lastTrim * 1000).toISOString()})` : '';
    return `${t.state}${when}`;
}
function problems(cache) {
    if (cache.problems.length === 0)
        return 'none';
    const byKind = new Map();
    for (const p of cache.problems)
        byKind.set(p.kind, (byKind.get(p.kind) ?? 0) + 1);
    return [...byKind].map(([kind, n]) => `${count(n)} ${code(kind)}`).join(', ');
}

/**
 * The job summary (GITHUB_STEP_SUMMARY), laid out for a reviewer's five seconds: the verdict line
 * first, then the findings (most severe first) in a four-column table with the rule linked to its
 * docs and the place linked to the file and line at the commit, then the fixes as a list; the
 * environment and the build-cache statistics are folded into `<details>`, so a passing run shows
 * about five lines. At most 1 MiB (GitHub's limit per step): findings are cut from the end with a
 * note when a report is larger.
 */
/** GitHub's limit for one step's summary, in bytes. */
const SUMMARY_LIMIT = 1024 * 1024;
/** Findings shown before the rest fold into `<details>`. */
const OPEN_ROWS = 10;
function renderSummary(report, opts = {}) {
    const total = report.findings.length;
    const cells = new FindingCells(report.findings, opts.links);
    return fitFindings(total, SUMMARY_LIMIT, utf8Bytes, (shown) => render(report, opts, cells, shown), cells.rowsWithin(SUMMARY_LIMIT, utf8Bytes));
}
function render(report, opts, cells, shown) {
    const total = report.findings.length;
    const parts = [verdict(report, '##', relativeDir(report))];
    if (opts.recordedBaseline)
        parts.push(`Recorded the baseline to ${code(opts.recordedBaseline)}.`);
    if (shown < total) {
        parts.push(`> **Truncated:** ${total - shown} of ${plural(total, 'finding')} are not shown, to keep this summary under GitHub's 1 MiB limit. The JSON report (\`report\` output, \`--format json\`) lists all of them.`);
    }
    if (total > 0) {
        parts.push(findingsTable(cells, shown, OPEN_ROWS));
        if (opts.annotationsDropped) {
            parts.push(`${plural(opts.annotationsDropped, 'finding')} did not get an annotation (GitHub shows at most 10 per level per step); all ${total} are in this table.`);
        }
        const fixes = fixItems(cells, shown);
        if (fixes.length > OPEN_ROWS) {
            parts.push(details(`<strong>How to fix</strong> (${fixes.length} fixes)`, fixes.join('\n')));
        }
        else if (fixes.length > 0) {
            parts.push('**How to fix**', fixes.join('\n'));
        }
    }
    parts.push(details('Environment', table(['Fact', 'Value'], environmentRows(report))));
    const cache = cacheRows(report.cache);
    if (report.cache && cache.length > 0) {
        parts.push(details(`Build cache: ${cacheSummary(report.cache)}`, table(['Statistic', 'Value'], cache)));
    }
    return parts.join('\n\n') + '\n';
}
function environmentRows(report) {
    const facts = [
        ['Go', report.goVersion],
        ['go binary', report.goBinary],
        ['Baseline', report.baseline ?? 'built-in policy'],
        ['Repository root', report.root],
        ['Checked directory', report.dir]
    ];
    const rows = [];
    for (const [k, v] of facts)
        if (v !== undefined)
            rows.push([k, code(v)]);
    const env = Object.entries(report.environment).sort(([a], [b]) => compareStrings(a, b));
    for (const [k, v] of env)
        rows.push([code(k), code(v)]);
    rows.push(['Duration', `${Math.round(report.durationMs)} ms`]);
    return rows;
}

/**
 * `mode: record`: write a baseline from this job's environment into the job summary (and a file
 * under RUNNER_TEMP or the OS temp directory, output `recorded-baseline`), so a team can bootstrap from its CI environment.
 */
async function recordBaselineForSummary(opts, env) {
    const go = await collectGoFacts({ goBinary: opts.go, cwd: opts.dir, env });
    const text = renderBaseline({ go, processEnv: env, root: opts.root });
    const file = path.join(defaultOutputDir(env), 'go-baseline.yml');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    setOutput('recorded-baseline', file);
    setOutput('result', 'pass');
    setOutput('go-version', go.version);
    logText(`recorded baseline written to ${file}:\n${text}`, (s) => process.stdout.write(s));
    if (env.GITHUB_STEP_SUMMARY) {
        await summary
            .addRaw(`## go-baseline-gate: recorded baseline\n\nCommit this as \`.github/go-baseline.yml\` to gate later runs against this environment (${go.version}).\n\n${fence(text)}\n`)
            .write();
    }
}

const info = (text) => logText(text, (s) => process.stdout.write(s));
const INPUTS = [
    'mode',
    'fail-on',
    'baseline',
    'working-directory',
    'go',
    'cache-verify',
    'prune',
    'max-cache-age',
    'max-cache-size',
    'comment',
    'preflight',
    'report',
    'sarif'
];
/** The action's main step: inputs -> gate -> annotations, summary, outputs, comment -> verdict. */
async function run(env = process.env) {
    try {
        const raw = {};
        for (const name of INPUTS)
            raw[name] = getInput(name);
        const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
        const dir = path.resolve(workspace, raw['working-directory'] || '.');
        const opts = resolveOptions(raw, findRoot(dir, env), workspace);
        if (opts.mode === 'record') {
            await recordBaselineForSummary(opts, env);
            return;
        }
        opts.report ??= path.join(defaultOutputDir(env), 'report.json');
        const store = actionStore(env, info); // Actions cache transport: undefined unless `cache: true`
        const { report, facts, baseline } = await runGate(opts, {
            env,
            log: info,
            restore: store?.restore
        });
        store?.finish(facts, baseline, opts); // Actions cache transport: output cache-hit, state for the post step
        // GitHub keeps 10 annotations per level per step, the step's own ones included: the failure
        // message (an ::error) and a warning from the PR comment get their slots first.
        const selection = selectAnnotations(report.findings, {
            error: report.result === 'fail' ? 1 : 0,
            warning: opts.comment !== 'off' ? 1 : 0
        });
        const { dropped } = selection;
        let warningsLeft = ANNOTATIONS_PER_LEVEL - selection.used.warning;
        writeActionLog(report, selection, {
            command: (line) => process.stdout.write(line + '\n'),
            protect: info
        });
        const written = await writeReportFiles(report, opts, { env, matrix: getInput('matrix') });
        setOutput('result', report.result);
        setOutput('violations', String(report.violations));
        setOutput('errors', String(report.counts.errors));
        setOutput('warnings', String(report.counts.warnings));
        setOutput('go-version', report.goVersion ?? '');
        setOutput('report', written.report ?? '');
        setOutput('sarif', written.sarif ?? '');
        if (report.cache?.prune)
            setOutput('pruned-bytes', String(report.cache.prune.bytes));
        if (env.GITHUB_STEP_SUMMARY) {
            const links = linkContextFromEnv(env);
            await summary
                .addRaw(renderSummary(report, { annotationsDropped: dropped, links }))
                .write();
        }
        if (opts.comment !== 'off') {
            const { postComment } = await import('./github.js');
            await postComment(report, opts.comment, getInput('token'), env, { info, warning: (s) => (warningsLeft-- > 0 ? warning(s) : info(`warning: ${s}`)) }, { matrix: getInput('matrix'), commentKey: getInput('comment-key') });
        }
        if (report.result === 'fail') {
            setFailed(`go-baseline-gate: ${report.violations} violation(s) at or above '${report.failOn}' under mode enforce`);
        }
    }
    catch (err) {
        if (err instanceof UsageError) {
            if (err.location?.file) {
                const loc = err.location;
                process.stdout.write(formatAnnotation({
                    level: 'error',
                    message: `${err.message}${err.fix ? `\nfix: ${err.fix}` : ''}`,
                    properties: {
                        title: 'go-baseline-gate could not run',
                        file: path.isAbsolute(loc.file)
                            ? path.relative(env.GITHUB_WORKSPACE ?? process.cwd(), loc.file)
                            : loc.file,
                        ...(loc.line ? { line: loc.line } : {}),
                        ...(loc.column ? { col: loc.column } : {})
                    }
                }) + '\n');
            }
            setOutput('result', 'fail');
            setFailed(`go-baseline-gate could not run: ${err.format()}`);
            return;
        }
        setFailed(`go-baseline-gate: internal error: ${err.message}`);
    }
    finally {
        // A cache service call given up at its deadline may still hold a socket: end the step.
        if (abandonedCalls() > 0)
            process.exit();
    }
}

export { run };
