import { r as readEvent } from './event.js';
import { k as escapeMarkdown, m as markdownCode, l as ruleById, a as docsUrl } from './output.js';
import * as path from 'node:path';

/**
 * Markdown building blocks shared by the job summary and the PR comment. Every value that came
 * from a Finding, `go env`, a file name or the baseline goes through `prose` or `code` (or a fence):
 * nothing untrusted reaches the output as markup.
 */
/** Longest piece of one untrusted value we render; longer ones are cut (the JSON report keeps all). */
const MAX_VALUE = 2000;
/** Cut `s` to `max` characters (never inside a surrogate pair), marking the cut. */
function clip(s, max = MAX_VALUE) {
    if (s.length <= max)
        return s;
    const end = /[\uD800-\uDBFF]/.test(s.charAt(max - 1)) ? max - 1 : max;
    return `${s.slice(0, end)}… (${s.length - end} more characters)`;
}
/**
 * Plain text rendered as Markdown text: escaped, and with `@name` mentions broken by a zero-width
 * space so a hostile value cannot notify people or teams from a PR comment.
 */
function prose(s, opts = {}) {
    if (!s)
        return '';
    const text = opts.wrap ? breakable(clip(s)) : clip(s);
    return escapeMarkdown(text.replace(/(^|[^\w`])@(?=[\w-])/g, '$1@\u200b'));
}
/** A value shown literally in an inline code span (table-safe); empty for a missing value. */
function code(s) {
    if (s === undefined || s.trim() === '')
        return '';
    return markdownCode(clip(s));
}
/** A fenced code block that the text cannot close: the fence is longer than any backtick run in it. */
function fence(s) {
    const longest = Math.max(2, ...(s.match(/`+/g) ?? []).map((r) => r.length));
    const f = '`'.repeat(longest + 1);
    return `${f}text\n${clip(s, 4 * MAX_VALUE).replace(/\r\n?/g, '\n')}\n${f}`;
}
/** `file:line:column`, as far as known. */
function where(loc) {
    if (!loc)
        return undefined;
    let s = loc.file;
    if (loc.line)
        s += `:${loc.line}`;
    if (loc.line && loc.column)
        s += `:${loc.column}`;
    return s;
}
const ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
const SHA = /^[0-9a-f]{7,64}$/i;
const REPOSITORY = /^[\w.-]+\/[\w.-]+$/;
/** The link context of the run from the runner's environment, or undefined when incomplete. */
function linkContextFromEnv(env) {
    const event = readEvent(env);
    const head = event.pull_request?.head?.sha;
    const sha = typeof head === 'string' && SHA.test(head) ? head : env.GITHUB_SHA;
    const repository = env.GITHUB_REPOSITORY;
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    if (!sha || !SHA.test(sha) || !repository || !REPOSITORY.test(repository))
        return undefined;
    if (!/^https?:\/\/[^\s()<>]+$/.test(serverUrl))
        return undefined;
    return { serverUrl, repository, sha };
}
/** A path segment for a URL: also `(`, `)` and the other characters Markdown link syntax uses. */
function urlSegment(s) {
    return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/**
 * The file and line at the commit (`…/blob/SHA/path#L3`), for a location inside the repository;
 * undefined for an absolute path, one outside the repository, or without a link context.
 */
function blobUrl(loc, links) {
    if (!loc || !links)
        return undefined;
    const parts = loc.file.split(/[\\/]/);
    if (loc.file === '' ||
        /^([a-zA-Z]:)?[\\/]/.test(loc.file) ||
        parts.some((p) => p === '..' || p === '')) {
        return undefined;
    }
    const anchor = loc.line
        ? `#L${loc.line}${loc.endLine && loc.endLine > loc.line ? `-L${loc.endLine}` : ''}`
        : '';
    return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${parts.map(urlSegment).join('/')}${anchor}`;
}
/** `[text](url)`, or the text alone without a URL. The text must already be rendered. */
function link(text, url) {
    return url ? `[${text}](${url})` : text;
}
/** The rule ID linked to its entry in docs/rules.md (an unknown ID stays plain text). */
function ruleLink(id) {
    const rule = ruleById(id);
    return link(prose(id), rule ? docsUrl(rule) : undefined);
}
/** The run's page, `…/actions/runs/ID`, from the runner's environment. */
function runUrl(env) {
    const links = linkContextFromEnv(env);
    const id = env.GITHUB_RUN_ID;
    if (!links || !id || !/^\d+$/.test(id))
        return undefined;
    const attempt = env.GITHUB_RUN_ATTEMPT;
    const suffix = attempt && /^\d+$/.test(attempt) && attempt !== '1' ? `/attempts/${attempt}` : '';
    return `${links.serverUrl}/${links.repository}/actions/runs/${id}${suffix}`;
}
/**
 * The verdict: the first line says pass/warn/fail and how many violations, the second the
 * settings and counts. `where` names the checked directory when it is not the repository root.
 */
function verdict(report, level, where) {
    const { errors, warnings, notices } = report.counts;
    const total = errors + warnings + notices;
    const headline = report.violations > 0
        ? `${plural(report.violations, 'violation')}`
        : total > 0
            ? `no violations, ${plural(total, 'finding')} below ${code(report.failOn)}`
            : 'no findings';
    const facts = [
        total > 0
            ? `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')}`
            : undefined,
        `mode ${code(report.mode)}`,
        `fail-on ${code(report.failOn)}`,
        report.goVersion ? code(report.goVersion) : undefined,
        where ? `in ${code(where)}` : undefined
    ].filter((f) => f !== undefined);
    return `${level} ${ICON[report.result]} go-baseline-gate: ${report.result} — ${headline}\n\n${facts.join(' · ')}`;
}
/** A GitHub-flavoured Markdown table; cells must already be rendered (see `prose`, `code`). */
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    const out = [line(header), line(header.map(() => '---'))];
    for (const r of rows)
        out.push(line(r));
    return out.join('\n');
}
/** Four columns, so the table fits a pull-request page: the JSON report has expected/actual/source. */
const FINDING_HEADER = ['Severity', 'Rule', 'Location', 'Message'];
/** Longest place shown in a table cell or fix list; longer ones keep their end (the file name). */
const MAX_PLACE = 40;
/**
 * `file:line:column` short enough for a narrow column: a long path (a build-cache file, say)
 * keeps its last characters after `…`, and a long last segment is cut in its middle. The full
 * path stays in the JSON report, SARIF and the log.
 */
function shortWhere(loc) {
    const full = where(loc);
    if (full === undefined || full.length <= MAX_PLACE)
        return full;
    /** `t` in `room` characters: its start, `…`, its end. */
    const middle = (t, room) => {
        const head = Math.floor((room - 1) / 2);
        return `${t.slice(0, head)}…${t.slice(t.length - (room - 1 - head))}`;
    };
    const slash = full.lastIndexOf('/', full.length - 2);
    if (slash < 0)
        return middle(full, MAX_PLACE);
    const name = full.slice(slash + 1);
    if (name.length > MAX_PLACE - 2)
        return `…/${middle(name, MAX_PLACE - 2)}`;
    const dir = full.slice(0, slash + 1);
    return `…${dir.slice(dir.length - (MAX_PLACE - 1 - name.length))}${name}`;
}
function findingRow(f, links) {
    return [
        // a no-break space keeps the icon and the word on one line
        `${SEVERITY_ICON[f.severity]}\u00a0${f.severity}`,
        ruleLink(f.rule),
        link(code(shortWhere(f.location)), blobUrl(f.location, links)),
        prose(f.message, { wrap: true })
    ];
}
/** A word this long (a path, a hash) would widen its column past the page: it may break. */
const LONG_WORD = 24;
/**
 * Text whose long words (paths, hashes) may wrap: a zero-width space after each `/` and every
 * LONG_WORD characters of an unbroken run. Only for prose in table cells, never for commands.
 */
function breakable(s) {
    return s.replace(new RegExp(`[^\\s]{${LONG_WORD + 1},}`, 'g'), (word) => word
        .replace(/\//g, '/\u200b')
        .replace(new RegExp(`[^/\\u200b]{${LONG_WORD}}(?=[^/\\u200b])`, 'g'), '$&\u200b'));
}
/**
 * The rendered pieces of each finding (table row, fix target), made once and reused: the size
 * search of `fitFindings` renders many prefixes of one report, and must not escape a finding
 * again for each.
 */
class FindingCells {
    findings;
    links;
    rows = [];
    targets = [];
    fixes = new Map();
    constructor(findings, links) {
        this.findings = findings;
        this.links = links;
    }
    row(i) {
        return (this.rows[i] ??=
            `| ${findingRow(this.findings[i], this.links).join(' | ')} |`);
    }
    target(i) {
        const f = this.findings[i];
        return (this.targets[i] ??= [prose(f.rule), code(shortWhere(f.location))]
            .filter(Boolean)
            .join(' '));
    }
    fix(text) {
        let out = this.fixes.get(text);
        if (out === undefined)
            this.fixes.set(text, (out = fixText(text)));
        return out;
    }
    /**
     * How many rows fit in `budget` (measured by `measure`, one newline each): an upper bound on the
     * findings any document under that budget can show. Renders no row past the budget.
     */
    rowsWithin(budget, measure) {
        let used = 0;
        for (let i = 0; i < this.findings.length; i++) {
            used += measure(this.row(i)) + 1;
            if (used > budget)
                return i;
        }
        return this.findings.length;
    }
}
const TABLE_HEAD = `| ${FINDING_HEADER.join(' | ')} |\n| ${FINDING_HEADER.map(() => '---').join(' | ')} |`;
/**
 * The table of the first `shown` findings; after `open` rows the rest go into a collapsed
 * `<details>` block.
 */
function findingsTable(cells, shown, open = Infinity) {
    const head = [TABLE_HEAD];
    const rest = [TABLE_HEAD];
    for (let i = 0; i < shown; i++)
        (i < open ? head : rest).push(cells.row(i));
    const parts = [head.join('\n')];
    if (rest.length > 1) {
        parts.push(details(`${plural(rest.length - 1, 'more finding')}`, rest.join('\n')));
    }
    return parts.join('\n\n');
}
/** Places named per fix before the rest are counted ("and 12 more"). */
const TARGETS_SHOWN = 5;
/** A command to copy: one line that starts with a program the fixes use. */
const COMMAND = /^(go|gofmt|git|cd|go-baseline-gate|echo|export|unset|rm)\s/;
/**
 * A fix as wrapping Markdown: a one-line command as inline code, text with its `quoted` commands
 * as inline code, and only a multi-line fix in a fenced block (it is a script).
 */
function fixText(fix) {
    const text = fix.trim();
    if (/[\r\n]/.test(text))
        return `\n\n${indent(fence(text), '  ')}`;
    if (COMMAND.test(text))
        return code(text);
    const out = [];
    const re = /`([^`]+)`/g;
    let last = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        out.push(prose(text.slice(last, m.index)), code(m[1]));
        last = m.index + m[0].length;
    }
    out.push(prose(text.slice(last)));
    return out.join('');
}
/**
 * One Markdown list item per distinct fix among the first `shown` findings, then the rules and
 * places it fixes (at most TARGETS_SHOWN, then a count). Linear time.
 */
function fixItems(cells, shown) {
    const byFix = new Map();
    for (let i = 0; i < shown; i++) {
        const fix = cells.findings[i]?.fix;
        if (!fix?.trim())
            continue;
        let group = byFix.get(fix);
        if (!group)
            byFix.set(fix, (group = { targets: new Set(), more: 0 }));
        if (group.targets.size < TARGETS_SHOWN)
            group.targets.add(cells.target(i));
        else if (!group.targets.has(cells.target(i)))
            group.more++;
    }
    const items = [];
    for (const [fix, { targets, more }] of byFix) {
        const names = [...targets].join(', ') + (more > 0 ? ` and ${more} more` : '');
        const text = cells.fix(fix);
        // the fix first, so a reader sees what to do before where; a multi-line fix is a block below
        items.push(text.startsWith('\n') ? `- ${names}:${text}` : `- ${text} — ${names}`);
    }
    return items;
}
function indent(s, by) {
    return s
        .split('\n')
        .map((l) => by + l)
        .join('\n');
}
/** A collapsible block; the blank lines let GitHub render the Markdown inside. */
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/**
 * The largest document that fits `limit`: `render(k)` shows the first k findings. No document
 * can show more findings than `upper` (see `FindingCells.rowsWithin`), so the binary search runs
 * over [0, upper] and costs about log2(upper) renders of at most `limit` each, whatever the
 * number of findings.
 */
function fitFindings(total, limit, measure, render, upper = total) {
    const most = Math.min(total, upper);
    const first = render(most);
    if (measure(first) <= limit)
        return first;
    let lo = 0;
    let hi = most - 1;
    let best = render(0);
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const doc = render(mid);
        if (measure(doc) <= limit) {
            best = doc;
            lo = mid + 1;
        }
        else {
            hi = mid - 1;
        }
    }
    return measure(best) <= limit ? best : cutTo(best, limit, measure);
}
/** Last resort when even the smallest document is too big: a hard cut with a note. */
function cutTo(s, limit, measure) {
    const note = '\n\n… (cut to fit the size limit)\n';
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (measure(s.slice(0, mid) + note) <= limit)
            lo = mid;
        else
            hi = mid - 1;
    }
    return s.slice(0, lo) + note;
}
const utf8Bytes = (s) => Buffer.byteLength(s, 'utf8');
const chars = (s) => s.length;

/**
 * The checked directory relative to the repository root (`/`-separated), or undefined for the
 * root itself; an absolute path when it lies outside the root.
 */
function relativeDir(report) {
    const rel = path.relative(report.root, report.dir);
    if (rel === '')
        return undefined;
    if (rel.startsWith('..') || path.isAbsolute(rel))
        return report.dir;
    return rel.split(path.sep).join('/');
}

export { FindingCells as F, findingsTable as a, fixItems as b, code as c, details as d, fence as e, fitFindings as f, chars as g, link as h, prose as i, runUrl as j, linkContextFromEnv as l, plural as p, relativeDir as r, table as t, utf8Bytes as u, verdict as v };
