import { isAbsolute, relative, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { d as docsUrl } from './rules.js';
import './env.js';
import './_commonjsHelpers.js';
import './valid.js';
import './format.js';
import './suggest.js';

/**
 * SARIF 2.1.0 for `github/codeql-action/upload-sarif`: one run, the rules that ran (with help text
 * and a link to docs/rules.md), one result per finding. File paths inside the repository become
 * URIs relative to `%SRCROOT%`, so code scanning places the alert on the file and line.
 */
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
const LEVEL = {
    error: 'error',
    warning: 'warning',
    notice: 'note'
};
/** GitHub's `problem.severity` vocabulary for non-security rules. */
const PROBLEM_SEVERITY = {
    error: 'error',
    warning: 'warning',
    notice: 'recommendation'
};
function renderSarif(report, toolVersion) {
    const rules = [...report.rules];
    for (const f of report.findings) {
        if (!rules.some((r) => r.id === f.rule))
            rules.push(unknownRule(f));
    }
    const index = new Map(rules.map((r, i) => [r.id, i]));
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: { name: 'go-baseline-gate', version: toolVersion, rules: rules.map(descriptor) }
                },
                originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(report.root) } },
                results: report.findings.map((f) => result(f, index.get(f.rule) ?? -1, report))
            }
        ]
    };
}
function descriptor(rule) {
    const helpUri = docsUrl(rule);
    return {
        id: rule.id,
        name: rule.name,
        shortDescription: { text: rule.summary },
        fullDescription: { text: rule.summary },
        help: { text: `${rule.summary}\n\nFix: ${rule.fix}\n\nDocumentation: ${helpUri}` },
        helpUri,
        defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
        properties: {
            tags: ['go', rule.area],
            precision: 'very-high',
            'problem.severity': PROBLEM_SEVERITY[rule.defaultSeverity]
        }
    };
}
/** A finding from a rule the report does not list (should not happen): still a valid descriptor. */
function unknownRule(f) {
    return {
        id: f.rule,
        name: f.rule,
        area: 'gate',
        defaultSeverity: f.severity,
        summary: f.rule,
        fix: f.fix ?? ''
    };
}
function result(f, ruleIndex, report) {
    const inRepo = f.location && repoPath(f.location.file, report.root);
    // Code scanning shows only results with a location: a finding about something outside the
    // repository (go env, the build cache) is placed on the baseline file that set the policy.
    const baseline = report.baseline ? repoPath(report.baseline, report.root) : undefined;
    const text = [f.message];
    if (f.location && !inRepo)
        text.push(`Where: ${f.location.file}`);
    if (f.fix)
        text.push(`Fix: ${f.fix}`);
    const properties = {};
    if (f.expected !== undefined)
        properties.expected = f.expected;
    if (f.actual !== undefined)
        properties.actual = f.actual;
    if (f.source !== undefined)
        properties.source = f.source;
    return {
        ruleId: f.rule,
        ...(ruleIndex >= 0 ? { ruleIndex } : {}),
        level: LEVEL[f.severity],
        message: { text: sarifText(text.join('\n')) },
        locations: inRepo
            ? [physical(inRepo, f.location)]
            : baseline
                ? [physical(baseline, undefined)]
                : [],
        ...(Object.keys(properties).length ? { properties } : {})
    };
}
function physical(path, loc) {
    return {
        physicalLocation: {
            artifactLocation: { uri: relativeUri(path), uriBaseId: SRCROOT },
            ...(loc?.line ? { region: region(loc, loc.line) } : {})
        }
    };
}
function region(loc, startLine) {
    return {
        startLine,
        ...(loc.column ? { startColumn: loc.column } : {}),
        ...(loc.endLine && loc.endLine >= startLine ? { endLine: loc.endLine } : {}),
        ...(loc.endColumn ? { endColumn: loc.endColumn } : {})
    };
}
/** The path relative to the repository root, or undefined when it lies outside. */
function repoPath(file, root) {
    const rel = isAbsolute(file) ? relative(root, file) : normalize(file);
    if (rel === '' ||
        rel === '.' ||
        isAbsolute(rel) ||
        rel === '..' ||
        rel.startsWith(`..${sep}`) ||
        rel.startsWith('../')) {
        return undefined;
    }
    return rel;
}
/** A relative URI reference: segments percent-encoded, `/` separators on every OS. */
function relativeUri(path) {
    return path
        .split(/[\\/]+/)
        .filter((s) => s !== '' && s !== '.')
        .map(encodeURIComponent)
        .join('/');
}
function directoryUri(dir) {
    const href = pathToFileURL(dir).href;
    return href.endsWith('/') ? href : `${href}/`;
}
/** Plain-text SARIF messages treat `[text](target)` as an embedded link: literal brackets are escaped. */
function sarifText(s) {
    return s.replace(/[[\]]/g, '\\$&');
}

export { SARIF_SCHEMA, relativeUri, renderSarif, repoPath, sarifText };
