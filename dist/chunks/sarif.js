import { createRequire as __gbgCreateRequire } from 'node:module';
const __gbgBuiltin = process.getBuiltinModule ?? __gbgCreateRequire(import.meta.url);
import * as crypto from 'node:crypto';
import { relative, sep, isAbsolute, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { D as DOCS_URL, L as LazyArray, b as docsUrl } from './main-core.js';
import './main-shared.js';
import 'path';
import 'os';
import 'crypto';

import 'string_decoder';
import 'events';
import 'child_process';
import 'assert';
import 'timers';


import './main-boot.js';
import 'node:os';
import 'node:child_process';


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
/** The key under `partialFingerprints`: versioned, so a change of scheme never matches old alerts. */
const FINGERPRINT_KEY = 'goBaselineGateFinding/v1';
function renderSarif(report, toolVersion, context = {}) {
    return sarifDocument(report, toolVersion, context, false);
}
/**
 * The SARIF log; with `lazy`, its results are made as they are written (json-text.ts), so a
 * log of 100k results never holds all of their objects at once.
 */
function sarifDocument(report, toolVersion, context, lazy = true) {
    const rules = [...report.rules];
    const known = new Set(rules.map((r) => r.id));
    for (const f of report.findings) {
        if (!known.has(f.rule)) {
            known.add(f.rule);
            rules.push(unknownRule(f));
        }
    }
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const place = placeOf(report);
    const occurrences = new Map();
    const make = (f) => result(f, index.get(f.rule) ?? -1, place, occurrences);
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'go-baseline-gate',
                        version: toolVersion,
                        semanticVersion: toolVersion,
                        informationUri: informationUri(),
                        rules: rules.map(descriptor)
                    }
                },
                automationDetails: { id: automationId(report, context) },
                originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(report.root) } },
                results: lazy ? new LazyArray(report.findings, make) : report.findings.map(make)
            }
        ]
    };
}
/** The project's home page: the repository that holds the rules' documentation. */
function informationUri() {
    const url = new URL(DOCS_URL);
    const [owner, repo] = url.pathname.split('/').filter(Boolean);
    return owner && repo ? `${url.origin}/${owner}/${repo}` : url.origin;
}
/** `toJSON(matrix)` as `k=v,k=v` with sorted keys; '' for no matrix. */
function matrixLabel(matrix) {
    const text = (matrix ?? '').trim();
    if (text === '' || text === 'null')
        return '';
    try {
        const value = JSON.parse(text);
        if (value && typeof value === 'object' && !Array.isArray(value)) {
            return Object.keys(value)
                .sort()
                .map((k) => `${k}=${JSON.stringify(value[k])}`)
                .join(',');
        }
    }
    catch {
        // not JSON: use the text itself
    }
    return text;
}
/**
 * The run's category: `<workflow>/<job>/<matrix values or platform>,dir=<working directory>/`.
 * The trailing `/` makes the whole id the category, so each job, matrix leg and working directory
 * uploads as its own analysis and never closes another's alerts.
 */
function automationId(report, context) {
    const env = context.env ?? {};
    const ref = env.GITHUB_WORKFLOW_REF;
    const workflow = (ref ? ref.slice(0, ref.lastIndexOf('@') >= 0 ? ref.lastIndexOf('@') : undefined) : '')
        .split('/')
        .slice(2)
        .join('/') ||
        env.GITHUB_WORKFLOW ||
        'local';
    const job = env.GITHUB_JOB || 'gate';
    const dir = relative(report.root, report.dir).split(sep).join('/') || '.';
    const platform = [report.environment.GOOS, report.environment.GOARCH].filter(Boolean).join('-');
    const variant = matrixLabel(context.matrix) || (platform ? `platform=${platform}` : '');
    const id = [workflow, job, [variant, `dir=${dir}`].filter(Boolean).join(',')]
        .map((part) => part.replace(/\s+/g, ' ').trim())
        .join('/');
    return `${id}/`;
}
function descriptor(rule) {
    const helpUri = docsUrl(rule);
    return {
        id: rule.id,
        name: rule.name,
        shortDescription: { text: rule.summary },
        fullDescription: { text: rule.summary },
        help: {
            text: `${rule.summary}\n\nFix: ${rule.fix}\n\nDocumentation: ${helpUri}`,
            markdown: `${rule.summary}\n\n**Fix:** ${rule.fix}\n\n[Documentation of ${rule.id}](${helpUri})`
        },
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
function placeOf(report) {
    return placeIn(report.root, report.baseline, () => directoryOf(report));
}
/** A Place for a root and baseline file; `dir` gives the checked directory when needed. */
function placeIn(root, baselineFile, dir) {
    const known = new Map();
    const baseline = baselineFile ? repoPath(baselineFile, root) : undefined;
    return {
        inRepo(file) {
            if (known.has(file))
                return known.get(file);
            const rel = repoPath(file, root);
            known.set(file, rel);
            return rel;
        },
        baseline,
        fallback: () => physical(baseline ?? dir(), undefined)
    };
}
function result(f, ruleIndex, place, occurrences) {
    const inRepo = f.location && place.inRepo(f.location.file);
    // Code scanning rejects a log with a result without location. The engine places every finding
    // it can (src/checks/locate.ts); what is left goes on the baseline file, else the checked
    // directory.
    const text = [f.message];
    if (f.location && !inRepo)
        text.push(`Where: ${f.location.file}`);
    if (f.fix)
        text.push(`Fix: ${f.fix}`);
    const location = inRepo ? physical(inRepo, f.location) : place.fallback();
    // Built in place (not with spreads), in the order the log shows: this runs once per result.
    const out = { ruleId: f.rule };
    if (ruleIndex >= 0)
        out.ruleIndex = ruleIndex;
    out.level = LEVEL[f.severity];
    out.message = { text: sarifText(text.join('\n')) };
    out.locations = [location];
    out.partialFingerprints = {
        [FINGERPRINT_KEY]: fingerprint(f, inRepo ?? place.baseline ?? '', occurrences)
    };
    if (f.expected !== undefined || f.actual !== undefined || f.source !== undefined) {
        const properties = {};
        if (f.expected !== undefined)
            properties.expected = f.expected;
        if (f.actual !== undefined)
            properties.actual = f.actual;
        if (f.source !== undefined)
            properties.source = f.source;
        out.properties = properties;
    }
    return out;
}
/** The checked directory relative to the root, for a finding with no file of its own. */
function directoryOf(report) {
    const rel = relative(report.root, report.dir);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? '.' : rel;
}
/**
 * What identifies a finding across runs, without anything that changes between runs of the same
 * problem: absolute paths (temporary directories, home directories), hashes, numbers (sizes,
 * ages, times, line numbers) are replaced; the env key it is about is kept.
 */
function fingerprintSubject(f) {
    const message = f.message
        .replace(/(^|[\s('"`=[,])(?:[A-Za-z]:)?[\\/][^\s'"`),\]]*/g, '$1<path>')
        .replace(/\b[0-9a-f]{12,}\b/gi, '<hash>')
        .replace(/\d+/g, '0');
    return `${f.envKey ?? ''}\u0000${message}`;
}
/**
 * `partialFingerprints` value: a hash of the rule, the repository-relative file, the subject and
 * its occurrence among equal ones (like GitHub's own line hash), stable across runs and machines.
 */
function fingerprint(f, file, occurrences) {
    const early = prepared.get(f);
    const digest = early?.file === file ? early.digest : digestOf(f, file);
    // Equal subjects counted by their digest: the map holds 64 characters per distinct subject,
    // not the subject itself (a long message each, for 100k findings).
    const n = occurrences.get(digest) ?? 0;
    occurrences.set(digest, n + 1);
    return `${digest.slice(0, 32)}:${n + 1}`;
}
/** The hash part of a fingerprint (see `fingerprint`). */
function digestOf(f, file) {
    const key = `${f.rule}\u0000${file}\u0000${fingerprintSubject(f)}`;
    // Findings of one kind follow each other (sorted by rule and place) and often share their
    // subject: the last digest is kept, not hashed again.
    if (key !== lastDigest.key)
        lastDigest = { key, digest: sha256Hex(key) };
    return lastDigest.digest;
}
let lastDigest = { key: '', digest: '' };
/** Digests made ahead by `prepareFingerprints`, with the file each was made for. */
const prepared = new WeakMap();
/**
 * Works out the digests of these findings' fingerprints ahead (while Go's loader runs, see the
 * engine's `whileGoLoads`), for the SARIF log of a report with this root and baseline. A finding
 * that reaches the report as the same object uses its digest; the others are hashed then.
 */
function prepareFingerprints(findings, root, baseline) {
    const place = placeIn(root, baseline, () => '.');
    for (const f of findings) {
        const file = (f.location && place.inRepo(f.location.file)) ?? place.baseline ?? '';
        prepared.set(f, { file, digest: digestOf(f, file) });
    }
}
/**
 * SHA-256 of a string, hex: the one-shot `crypto.hash` (Node 20.12+; several times faster per
 * call than a Hash object, which matters at one call per finding), else a Hash object.
 */
const sha256Hex = typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex');
/** relativeUri of the last path asked: results of one file follow each other (sorted by file). */
let lastUri;
function physical(path, loc) {
    if (lastUri?.path !== path)
        lastUri = { path, uri: relativeUri(path) };
    return {
        physicalLocation: {
            artifactLocation: { uri: lastUri.uri, uriBaseId: SRCROOT },
            // A file-level finding still gets a region (its first line): validators and code scanning
            // want one on every location.
            region: loc?.line ? region(loc, loc.line) : { startLine: 1 }
        }
    };
}
function region(loc, startLine) {
    // Built in place (not with spreads): this runs once per result.
    const out = {
        startLine
    };
    if (loc.column)
        out.startColumn = loc.column;
    if (loc.endLine && loc.endLine >= startLine)
        out.endLine = loc.endLine;
    if (loc.endColumn)
        out.endColumn = loc.endColumn;
    return out;
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
    return /[[\]]/.test(s) ? s.replace(/[[\]]/g, '\\$&') : s;
}

export { FINGERPRINT_KEY, SARIF_SCHEMA, automationId, fingerprintSubject, informationUri, prepareFingerprints, relativeUri, renderSarif, repoPath, sarifDocument, sarifText };
