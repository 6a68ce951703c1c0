import { createRequire as __gbgCreateRequire } from 'node:module';
const __gbgBuiltin = process.getBuiltinModule ?? __gbgCreateRequire(import.meta.url);
import { i as isListKey, r as regexSyntaxError, a as isValidGoRange, d as didYouMean, p as placeholdersIn, P as PLACEHOLDERS } from './main-core.js';
import { M as MATCHER_KEYS, T as TOOLCHAIN_POLICIES } from './main-boot.js';
import './main-shared.js';
import 'path';
import 'os';
import 'crypto';

import 'string_decoder';
import 'events';
import 'child_process';
import 'assert';
import 'timers';
import 'node:path';



import 'node:child_process';
import 'node:os';

class Builder {
    source;
    problems = [];
    constructor(source) {
        this.source = source;
    }
    problem(message, location, fix) {
        this.problems.push({ message, location, fix });
    }
    matcher(key, data, path) {
        if (typeof data === 'string')
            return { kind: 'exact', value: data };
        const kinds = MATCHER_KEYS.filter((k) => data[k] !== undefined);
        const isList = kinds.length > 0 && kinds.every((k) => k === 'contains' || k === 'not-contains');
        if (!isList && kinds.length !== 1) {
            this.problem(kinds.length
                ? `${key} has several matchers (${kinds.join(', ')}); give exactly one (contains and not-contains may be combined)`
                : `${key} has no matcher, only a reason`, this.source.locate(path), `use one of: ${MATCHER_KEYS.join(', ')}`);
            return undefined;
        }
        if (isList)
            return this.list(key, data, path);
        const kind = kinds[0];
        const value = data[kind];
        const at = this.source.locate([...path, kind]);
        switch (kind) {
            case 'exact':
                return { kind, value: value };
            case 'one-of':
                return { kind, values: value };
            case 'unset':
            case 'ignore':
                return { kind };
            case 'regex':
                return this.regex(key, value, at);
            case 'semver':
                return this.semver(key, value, at);
            case 'path':
                return this.path(key, value, at);
            default:
                return undefined;
        }
    }
    list(key, data, path) {
        if (!isListKey(key)) {
            this.problem(`contains / not-contains only apply to list-like keys, not ${key}`, this.source.locate(path), 'use exact, one-of or regex for this key; list-like keys are GOFLAGS, GOPROXY, GOPRIVATE, GONOPROXY, GONOSUMDB, GOINSECURE, GOEXPERIMENT, GODEBUG');
            return undefined;
        }
        return {
            kind: 'list',
            contains: data.contains ?? [],
            notContains: data['not-contains'] ?? []
        };
    }
    regex(key, pattern, at) {
        const why = regexSyntaxError(pattern);
        if (why === undefined)
            return { kind: 'regex', pattern };
        this.problem(`invalid regular expression for ${key}: ${why}`, at, "fix the pattern (RE2 syntax, as Go's regexp: no backreferences or lookaround; matched against the whole value)");
        return undefined;
    }
    semver(key, range, at) {
        if (key !== 'GOVERSION') {
            this.problem(`semver only applies to GOVERSION, not ${key}`, at, 'use exact, one-of or regex');
            return undefined;
        }
        if (!this.range(range, at, 'GOVERSION'))
            return undefined;
        return { kind: 'semver', range };
    }
    /** Checks a version range; reports and returns false when it is not one. */
    range(range, at, what, words = []) {
        if (isValidGoRange(range))
            return true;
        this.problem(`invalid version range for ${what}: ${JSON.stringify(range)}${didYouMean(range, words)}`, at, 'write a range such as ">=1.22.0 <1.24" or "~1.23.4" (space-separated comparators, || between alternatives)');
        return false;
    }
    path(key, value, at) {
        const unknown = placeholdersIn(value).filter((p) => !PLACEHOLDERS.includes(p));
        if (unknown.length) {
            this.problem(`unknown placeholder \${${unknown[0]}} in ${key}`, at, `use one of: ${PLACEHOLDERS.map((p) => `\${${p}}`).join(', ')}`);
            return undefined;
        }
        return { kind: 'path', value };
    }
    env(data, path, into) {
        for (const [key, m] of Object.entries(data ?? {})) {
            const matcher = this.matcher(key, m, [...path, key]);
            if (!matcher)
                continue;
            const reason = typeof m === 'object' && typeof m.reason === 'string' ? m.reason : undefined;
            into.set(key, {
                key,
                matcher,
                location: this.source.locateKey([...path, key]),
                ...(reason ? { reason } : {})
            });
        }
    }
    rules(data, path, into) {
        for (const [id, value] of Object.entries(data ?? {})) {
            into[id] = { value, location: this.source.locateKey([...path, id]) };
        }
    }
    go(data, path, into) {
        if (!data)
            return;
        const at = (k) => this.source.locate([...path, k]);
        const spanned = (k, value) => ({ value, location: at(k) });
        if (data.version !== undefined && this.range(data.version, at('version'), 'go.version')) {
            into.version = spanned('version', data.version);
        }
        if (data.toolchain !== undefined) {
            const t = data.toolchain;
            if (TOOLCHAIN_POLICIES.includes(t)) {
                into.toolchain = spanned('toolchain', t);
            }
            else if (this.range(t, at('toolchain'), 'go.toolchain (or use required, forbidden, optional)', TOOLCHAIN_POLICIES)) {
                into.toolchainVersion = spanned('toolchain', t);
            }
        }
        if (data.gotoolchain !== undefined)
            into.gotoolchain = spanned('gotoolchain', data.gotoolchain);
    }
    cache(data, path, into) {
        if (data?.['max-age'] !== undefined) {
            into.maxAge = { value: data['max-age'], location: this.source.locate([...path, 'max-age']) };
        }
        if (data?.['max-size'] !== undefined) {
            into.maxSize = {
                value: data['max-size'],
                location: this.source.locate([...path, 'max-size'])
            };
        }
    }
}
function selects(selector, value) {
    if (selector === undefined)
        return true;
    if (value === undefined)
        return false;
    const wanted = Array.isArray(selector) ? selector : [selector];
    return wanted.some((w) => w.toLowerCase() === value.toLowerCase());
}
function applies(o, t) {
    return (selects(o.when.goos, t.goos) &&
        selects(o.when.goarch, t.goarch) &&
        selects(o.when['runner-os'], t.runnerOs));
}
/**
 * Builds the baseline for a target. Every section (and every override, matching or not) is
 * checked, so a broken override fails on every machine, not only on the matrix leg it targets.
 */
function buildBaseline(data, source, file, target) {
    const b = new Builder(source);
    const env = new Map();
    const baseline = {
        path: file,
        builtin: false,
        version: 1,
        rules: {},
        env: [],
        go: {},
        cache: {}
    };
    b.env(data.env, ['env'], env);
    b.rules(data.rules, ['rules'], baseline.rules);
    b.go(data.go, ['go'], baseline.go);
    b.cache(data.cache, ['cache'], baseline.cache);
    (data.overrides ?? []).forEach((o, i) => {
        const path = ['overrides', i];
        const on = applies(o, target);
        b.env(o.env, [...path, 'env'], on ? env : new Map());
        b.rules(o.rules, [...path, 'rules'], on ? baseline.rules : {});
        b.go(o.go, [...path, 'go'], on ? baseline.go : {});
        b.cache(o.cache, [...path, 'cache'], on ? baseline.cache : {});
    });
    baseline.env = [...env.values()];
    return { baseline, problems: b.problems };
}

export { buildBaseline };
