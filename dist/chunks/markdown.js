import { m as markdownCode, c as escapeMarkdown } from './escape.js';

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
function prose(s) {
    if (!s)
        return '';
    return escapeMarkdown(clip(s).replace(/(^|[^\w`])@(?=[\w-])/g, '$1@\u200b'));
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
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** The heading and the one-line verdict: result, mode, fail-on, counts. */
function verdict(report, level) {
    const { errors, warnings, notices } = report.counts;
    const facts = [
        `mode ${code(report.mode)}`,
        `fail-on ${code(report.failOn)}`,
        `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')}`,
        `${plural(report.violations, 'violation')} (findings at or above ${code(report.failOn)})`
    ];
    if (report.goVersion)
        facts.push(code(report.goVersion));
    return `${level} ${ICON[report.result]} go-baseline-gate: ${report.result}\n\n**Result: ${report.result.toUpperCase()}** · ${facts.join(' · ')}`;
}
/** A GitHub-flavoured Markdown table; cells must already be rendered (see `prose`, `code`). */
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
const FINDING_HEADER = ['Severity', 'Rule', 'Finding', 'Where', 'Expected', 'Actual', 'Source'];
function findingRow(f) {
    return [
        f.severity,
        prose(f.rule),
        prose(f.message),
        code(where(f.location)),
        code(f.expected),
        code(f.actual),
        prose(f.source)
    ];
}
/** The findings table; after `open` rows the rest go into a collapsed `<details>` block. */
function findingsTable(findings, open = Infinity) {
    const shown = findings.slice(0, open);
    const rest = findings.slice(open);
    const parts = [table(FINDING_HEADER, shown.map(findingRow))];
    if (rest.length > 0) {
        parts.push(details(`${plural(rest.length, 'more finding')}`, table(FINDING_HEADER, rest.map(findingRow))));
    }
    return parts.join('\n\n');
}
/** One Markdown list item per distinct fix, naming the rules and places it fixes. */
function fixItems(findings) {
    const byFix = new Map();
    for (const f of findings) {
        if (!f.fix?.trim())
            continue;
        byFix.set(f.fix, [...(byFix.get(f.fix) ?? []), f]);
    }
    return [...byFix].map(([fix, fs]) => {
        const targets = new Set(fs.map((f) => [prose(f.rule), code(where(f.location))].filter(Boolean).join(' ')));
        return `- ${[...targets].join(', ')}:\n\n${indent(fence(fix), '  ')}`;
    });
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
 * The largest document that fits `limit`: `render(k)` shows the first k findings; k is found by
 * binary search, so a report with a million findings costs about twenty renders.
 */
function fitFindings(total, limit, measure, render) {
    const full = render(total);
    if (measure(full) <= limit)
        return full;
    let lo = 0;
    let hi = total - 1;
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

export { findingsTable as a, fixItems as b, code as c, details as d, fence as e, fitFindings as f, prose as g, chars as h, plural as p, table as t, utf8Bytes as u, verdict as v };
