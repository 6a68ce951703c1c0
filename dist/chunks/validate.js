import { createRequire as __gbgCreateRequire } from 'node:module';
const __gbgBuiltin = process.getBuiltinModule ?? __gbgCreateRequire(import.meta.url);
import { U as UsageError } from './main-shared.js';
import { d as didYouMean, s as suggest } from './main-core.js';
import 'path';
import 'os';
import 'crypto';

import 'string_decoder';
import 'events';
import 'child_process';
import 'assert';
import 'timers';
import 'node:path';


import './main-boot.js';
import 'node:os';
import 'node:child_process';


// Generated from src/baseline/schema.ts by __tests__/baseline/schema.test.ts (GBG_UPDATE_SCHEMA=1). Do not edit.
/* eslint-disable */
// @ts-nocheck
const validate$1 = validate10;
const schema11 = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://raw.githubusercontent.com/go-baseline-gate/go-baseline-gate/main/schema/go-baseline.schema.json',
    title: 'go-baseline-gate baseline',
    description: 'The build environment a Go CI job must have (go env, go.mod pins, build cache).',
    type: 'object',
    additionalProperties: false,
    required: ['version'],
    properties: {
        $schema: { type: 'string' },
        version: { const: 1, description: 'Format version; must be 1.' },
        env: { $ref: '#/definitions/env' },
        go: { $ref: '#/definitions/go' },
        cache: { $ref: '#/definitions/cache' },
        rules: { $ref: '#/definitions/rules' },
        overrides: {
            type: 'array',
            description: 'Changes for matrix jobs, applied in order when `when` matches.',
            items: { $ref: '#/definitions/override' }
        }
    },
    definitions: {
        env: {
            type: 'object',
            description: 'Expectations on `go env` keys.',
            additionalProperties: false,
            properties: {
                AR: { $ref: '#/definitions/matcher' },
                CC: { $ref: '#/definitions/matcher' },
                CGO_CFLAGS: { $ref: '#/definitions/matcher' },
                CGO_CFLAGS_ALLOW: { $ref: '#/definitions/matcher' },
                CGO_CFLAGS_DISALLOW: { $ref: '#/definitions/matcher' },
                CGO_CPPFLAGS: { $ref: '#/definitions/matcher' },
                CGO_CXXFLAGS: { $ref: '#/definitions/matcher' },
                CGO_ENABLED: { $ref: '#/definitions/matcher' },
                CGO_FFLAGS: { $ref: '#/definitions/matcher' },
                CGO_LDFLAGS: { $ref: '#/definitions/matcher' },
                CXX: { $ref: '#/definitions/matcher' },
                FC: { $ref: '#/definitions/matcher' },
                GCCGO: { $ref: '#/definitions/matcher' },
                GO111MODULE: { $ref: '#/definitions/matcher' },
                GO386: { $ref: '#/definitions/matcher' },
                GOAMD64: { $ref: '#/definitions/matcher' },
                GOARCH: { $ref: '#/definitions/matcher' },
                GOARM: { $ref: '#/definitions/matcher' },
                GOARM64: { $ref: '#/definitions/matcher' },
                GOAUTH: { $ref: '#/definitions/matcher' },
                GOBIN: { $ref: '#/definitions/matcher' },
                GOCACHE: { $ref: '#/definitions/matcher' },
                GOCACHEPROG: { $ref: '#/definitions/matcher' },
                GOCOVERDIR: { $ref: '#/definitions/matcher' },
                GODEBUG: { $ref: '#/definitions/matcher' },
                GOENV: { $ref: '#/definitions/matcher' },
                GOEXE: { $ref: '#/definitions/matcher' },
                GOEXPERIMENT: { $ref: '#/definitions/matcher' },
                GOFIPS140: { $ref: '#/definitions/matcher' },
                GOFLAGS: { $ref: '#/definitions/matcher' },
                GOGCCFLAGS: { $ref: '#/definitions/matcher' },
                GOHOSTARCH: { $ref: '#/definitions/matcher' },
                GOHOSTOS: { $ref: '#/definitions/matcher' },
                GOINSECURE: { $ref: '#/definitions/matcher' },
                GOMIPS: { $ref: '#/definitions/matcher' },
                GOMIPS64: { $ref: '#/definitions/matcher' },
                GOMOD: { $ref: '#/definitions/matcher' },
                GOMODCACHE: { $ref: '#/definitions/matcher' },
                GONOPROXY: { $ref: '#/definitions/matcher' },
                GONOSUMDB: { $ref: '#/definitions/matcher' },
                GOOS: { $ref: '#/definitions/matcher' },
                GOPATH: { $ref: '#/definitions/matcher' },
                GOPPC64: { $ref: '#/definitions/matcher' },
                GOPRIVATE: { $ref: '#/definitions/matcher' },
                GOPROXY: { $ref: '#/definitions/matcher' },
                GORISCV64: { $ref: '#/definitions/matcher' },
                GOROOT: { $ref: '#/definitions/matcher' },
                GOSUMDB: { $ref: '#/definitions/matcher' },
                GOTELEMETRY: { $ref: '#/definitions/matcher' },
                GOTELEMETRYDIR: { $ref: '#/definitions/matcher' },
                GOTMPDIR: { $ref: '#/definitions/matcher' },
                GOTOOLCHAIN: { $ref: '#/definitions/matcher' },
                GOTOOLDIR: { $ref: '#/definitions/matcher' },
                GOVCS: { $ref: '#/definitions/matcher' },
                GOVERSION: { $ref: '#/definitions/matcher' },
                GOWASM: { $ref: '#/definitions/matcher' },
                GOWORK: { $ref: '#/definitions/matcher' },
                GO_EXTLINK_ENABLED: { $ref: '#/definitions/matcher' },
                PKG_CONFIG: { $ref: '#/definitions/matcher' }
            }
        },
        matcher: {
            description: 'A string is an exact value; an object is a richer matcher.',
            anyOf: [{ type: 'string' }, { $ref: '#/definitions/matcherObject' }]
        },
        matcherObject: {
            type: 'object',
            description: 'One matcher (exact, one-of, regex, unset, ignore, semver, path) or contains/not-contains, plus an optional reason.',
            additionalProperties: false,
            minProperties: 1,
            properties: {
                exact: { type: 'string', description: 'The value must be exactly this string.' },
                'one-of': {
                    type: 'array',
                    items: { type: 'string' },
                    minItems: 1,
                    description: 'The value must be one of these strings.'
                },
                regex: {
                    type: 'string',
                    description: "The whole value must match this regular expression (RE2 syntax, as Go's regexp: no backreferences or lookaround)."
                },
                unset: { const: true, description: 'The key must be unset or empty.' },
                ignore: { const: true, description: 'Any value is accepted.' },
                semver: {
                    type: 'string',
                    description: 'GOVERSION only: a version range, e.g. ">=1.22.0 <1.24".'
                },
                contains: {
                    type: 'array',
                    items: { type: 'string' },
                    minItems: 1,
                    description: 'List-like keys: elements that must be present.'
                },
                'not-contains': {
                    type: 'array',
                    items: { type: 'string' },
                    minItems: 1,
                    description: 'List-like keys: elements that must be absent (GOFLAGS: `-mod` matches `-mod=...`).'
                },
                path: {
                    type: 'string',
                    description: 'A path (or path list) with ${HOME}, ${GOROOT}, ${RUNNER_TEMP}, ${WORKSPACE}; separators and case normalised per OS.'
                },
                reason: { type: 'string', description: 'Why the team chose this (shown in findings).' }
            }
        },
        rules: {
            type: 'object',
            description: 'Per-rule severity overrides, e.g. `GBG102: warning`, or `off`.',
            propertyNames: { pattern: '^GBG[0-9]{3}$' },
            additionalProperties: { enum: ['error', 'warning', 'notice', 'off'] }
        },
        go: {
            type: 'object',
            description: 'Policy on go.mod / go.work version pins.',
            additionalProperties: false,
            properties: {
                version: {
                    type: 'string',
                    description: 'Allowed range for the `go` line, e.g. ">=1.22 <1.25".'
                },
                toolchain: {
                    type: 'string',
                    description: '`required`, `forbidden`, `optional` (default), or an allowed range for the `toolchain` line, e.g. ">=1.23.0".'
                },
                gotoolchain: {
                    type: 'array',
                    description: 'Allowed GOTOOLCHAIN modes.',
                    items: { enum: ['local', 'auto', 'path', 'version', 'version+auto', 'version+path'] },
                    minItems: 1
                }
            }
        },
        cache: {
            type: 'object',
            description: 'Build-cache budget.',
            additionalProperties: false,
            properties: {
                'max-age': {
                    type: 'string',
                    pattern: '^[0-9]+(\\.[0-9]+)?(s|m|h|d|w)$',
                    description: 'Entries unused for longer are stale, e.g. "5d", "36h".'
                },
                'max-size': {
                    type: 'string',
                    pattern: '^[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$',
                    description: 'Size budget after pruning, e.g. "2GiB", "500MB".'
                }
            }
        },
        override: {
            type: 'object',
            additionalProperties: false,
            required: ['when'],
            properties: {
                when: {
                    type: 'object',
                    description: 'Applies when every given selector matches (GOOS, GOARCH, RUNNER_OS).',
                    additionalProperties: false,
                    minProperties: 1,
                    properties: {
                        goos: {
                            description: 'One value or a list of values.',
                            anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }]
                        },
                        goarch: {
                            description: 'One value or a list of values.',
                            anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }]
                        },
                        'runner-os': {
                            description: 'One value or a list of values.',
                            anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }]
                        }
                    }
                },
                env: { $ref: '#/definitions/env' },
                rules: { $ref: '#/definitions/rules' },
                go: { $ref: '#/definitions/go' },
                cache: { $ref: '#/definitions/cache' }
            }
        }
    }
};
const schema15 = {
    type: 'object',
    description: 'Policy on go.mod / go.work version pins.',
    additionalProperties: false,
    properties: {
        version: {
            type: 'string',
            description: 'Allowed range for the `go` line, e.g. ">=1.22 <1.25".'
        },
        toolchain: {
            type: 'string',
            description: '`required`, `forbidden`, `optional` (default), or an allowed range for the `toolchain` line, e.g. ">=1.23.0".'
        },
        gotoolchain: {
            type: 'array',
            description: 'Allowed GOTOOLCHAIN modes.',
            items: { enum: ['local', 'auto', 'path', 'version', 'version+auto', 'version+path'] },
            minItems: 1
        }
    }
};
const schema16 = {
    type: 'object',
    description: 'Build-cache budget.',
    additionalProperties: false,
    properties: {
        'max-age': {
            type: 'string',
            pattern: '^[0-9]+(\\.[0-9]+)?(s|m|h|d|w)$',
            description: 'Entries unused for longer are stale, e.g. "5d", "36h".'
        },
        'max-size': {
            type: 'string',
            pattern: '^[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$',
            description: 'Size budget after pruning, e.g. "2GiB", "500MB".'
        }
    }
};
const schema17 = {
    type: 'object',
    description: 'Per-rule severity overrides, e.g. `GBG102: warning`, or `off`.',
    propertyNames: { pattern: '^GBG[0-9]{3}$' },
    additionalProperties: { enum: ['error', 'warning', 'notice', 'off'] }
};
const schema12 = {
    type: 'object',
    description: 'Expectations on `go env` keys.',
    additionalProperties: false,
    properties: {
        AR: { $ref: '#/definitions/matcher' },
        CC: { $ref: '#/definitions/matcher' },
        CGO_CFLAGS: { $ref: '#/definitions/matcher' },
        CGO_CFLAGS_ALLOW: { $ref: '#/definitions/matcher' },
        CGO_CFLAGS_DISALLOW: { $ref: '#/definitions/matcher' },
        CGO_CPPFLAGS: { $ref: '#/definitions/matcher' },
        CGO_CXXFLAGS: { $ref: '#/definitions/matcher' },
        CGO_ENABLED: { $ref: '#/definitions/matcher' },
        CGO_FFLAGS: { $ref: '#/definitions/matcher' },
        CGO_LDFLAGS: { $ref: '#/definitions/matcher' },
        CXX: { $ref: '#/definitions/matcher' },
        FC: { $ref: '#/definitions/matcher' },
        GCCGO: { $ref: '#/definitions/matcher' },
        GO111MODULE: { $ref: '#/definitions/matcher' },
        GO386: { $ref: '#/definitions/matcher' },
        GOAMD64: { $ref: '#/definitions/matcher' },
        GOARCH: { $ref: '#/definitions/matcher' },
        GOARM: { $ref: '#/definitions/matcher' },
        GOARM64: { $ref: '#/definitions/matcher' },
        GOAUTH: { $ref: '#/definitions/matcher' },
        GOBIN: { $ref: '#/definitions/matcher' },
        GOCACHE: { $ref: '#/definitions/matcher' },
        GOCACHEPROG: { $ref: '#/definitions/matcher' },
        GOCOVERDIR: { $ref: '#/definitions/matcher' },
        GODEBUG: { $ref: '#/definitions/matcher' },
        GOENV: { $ref: '#/definitions/matcher' },
        GOEXE: { $ref: '#/definitions/matcher' },
        GOEXPERIMENT: { $ref: '#/definitions/matcher' },
        GOFIPS140: { $ref: '#/definitions/matcher' },
        GOFLAGS: { $ref: '#/definitions/matcher' },
        GOGCCFLAGS: { $ref: '#/definitions/matcher' },
        GOHOSTARCH: { $ref: '#/definitions/matcher' },
        GOHOSTOS: { $ref: '#/definitions/matcher' },
        GOINSECURE: { $ref: '#/definitions/matcher' },
        GOMIPS: { $ref: '#/definitions/matcher' },
        GOMIPS64: { $ref: '#/definitions/matcher' },
        GOMOD: { $ref: '#/definitions/matcher' },
        GOMODCACHE: { $ref: '#/definitions/matcher' },
        GONOPROXY: { $ref: '#/definitions/matcher' },
        GONOSUMDB: { $ref: '#/definitions/matcher' },
        GOOS: { $ref: '#/definitions/matcher' },
        GOPATH: { $ref: '#/definitions/matcher' },
        GOPPC64: { $ref: '#/definitions/matcher' },
        GOPRIVATE: { $ref: '#/definitions/matcher' },
        GOPROXY: { $ref: '#/definitions/matcher' },
        GORISCV64: { $ref: '#/definitions/matcher' },
        GOROOT: { $ref: '#/definitions/matcher' },
        GOSUMDB: { $ref: '#/definitions/matcher' },
        GOTELEMETRY: { $ref: '#/definitions/matcher' },
        GOTELEMETRYDIR: { $ref: '#/definitions/matcher' },
        GOTMPDIR: { $ref: '#/definitions/matcher' },
        GOTOOLCHAIN: { $ref: '#/definitions/matcher' },
        GOTOOLDIR: { $ref: '#/definitions/matcher' },
        GOVCS: { $ref: '#/definitions/matcher' },
        GOVERSION: { $ref: '#/definitions/matcher' },
        GOWASM: { $ref: '#/definitions/matcher' },
        GOWORK: { $ref: '#/definitions/matcher' },
        GO_EXTLINK_ENABLED: { $ref: '#/definitions/matcher' },
        PKG_CONFIG: { $ref: '#/definitions/matcher' }
    }
};
const func2 = Object.prototype.hasOwnProperty;
const schema13 = {
    description: 'A string is an exact value; an object is a richer matcher.',
    anyOf: [{ type: 'string' }, { $ref: '#/definitions/matcherObject' }]
};
const schema14 = {
    type: 'object',
    description: 'One matcher (exact, one-of, regex, unset, ignore, semver, path) or contains/not-contains, plus an optional reason.',
    additionalProperties: false,
    minProperties: 1,
    properties: {
        exact: { type: 'string', description: 'The value must be exactly this string.' },
        'one-of': {
            type: 'array',
            items: { type: 'string' },
            minItems: 1,
            description: 'The value must be one of these strings.'
        },
        regex: {
            type: 'string',
            description: "The whole value must match this regular expression (RE2 syntax, as Go's regexp: no backreferences or lookaround)."
        },
        unset: { const: true, description: 'The key must be unset or empty.' },
        ignore: { const: true, description: 'Any value is accepted.' },
        semver: {
            type: 'string',
            description: 'GOVERSION only: a version range, e.g. ">=1.22.0 <1.24".'
        },
        contains: {
            type: 'array',
            items: { type: 'string' },
            minItems: 1,
            description: 'List-like keys: elements that must be present.'
        },
        'not-contains': {
            type: 'array',
            items: { type: 'string' },
            minItems: 1,
            description: 'List-like keys: elements that must be absent (GOFLAGS: `-mod` matches `-mod=...`).'
        },
        path: {
            type: 'string',
            description: 'A path (or path list) with ${HOME}, ${GOROOT}, ${RUNNER_TEMP}, ${WORKSPACE}; separators and case normalised per OS.'
        },
        reason: { type: 'string', description: 'Why the team chose this (shown in findings).' }
    }
};
function validate12(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    const _errs1 = errors;
    if (typeof data !== 'string') {
        const err0 = {
            instancePath,
            schemaPath: '#/anyOf/0/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema13.anyOf[0].type,
            parentSchema: schema13.anyOf[0],
            data
        };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    var _valid0 = _errs1 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs3 = errors;
        if (data && typeof data == 'object' && !Array.isArray(data)) {
            if (Object.keys(data).length < 1) {
                const err1 = {
                    instancePath,
                    schemaPath: '#/definitions/matcherObject/minProperties',
                    keyword: 'minProperties',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 properties',
                    schema: 1,
                    parentSchema: schema14,
                    data
                };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            for (const key0 in data) {
                if (!func2.call(schema14.properties, key0)) {
                    const err2 = {
                        instancePath,
                        schemaPath: '#/definitions/matcherObject/additionalProperties',
                        keyword: 'additionalProperties',
                        params: { additionalProperty: key0 },
                        message: 'must NOT have additional properties',
                        schema: false,
                        parentSchema: schema14,
                        data
                    };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            if (data.exact !== undefined) {
                let data0 = data.exact;
                if (typeof data0 !== 'string') {
                    const err3 = {
                        instancePath: instancePath + '/exact',
                        schemaPath: '#/definitions/matcherObject/properties/exact/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                        schema: schema14.properties.exact.type,
                        parentSchema: schema14.properties.exact,
                        data: data0
                    };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            if (data['one-of'] !== undefined) {
                let data1 = data['one-of'];
                if (Array.isArray(data1)) {
                    if (data1.length < 1) {
                        const err4 = {
                            instancePath: instancePath + '/one-of',
                            schemaPath: '#/definitions/matcherObject/properties/one-of/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema14.properties['one-of'],
                            data: data1
                        };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                    const len0 = data1.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data2 = data1[i0];
                        if (typeof data2 !== 'string') {
                            const err5 = {
                                instancePath: instancePath + '/one-of/' + i0,
                                schemaPath: '#/definitions/matcherObject/properties/one-of/items/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema14.properties['one-of'].items.type,
                                parentSchema: schema14.properties['one-of'].items,
                                data: data2
                            };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err6 = {
                        instancePath: instancePath + '/one-of',
                        schemaPath: '#/definitions/matcherObject/properties/one-of/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema14.properties['one-of'].type,
                        parentSchema: schema14.properties['one-of'],
                        data: data1
                    };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
            if (data.regex !== undefined) {
                let data3 = data.regex;
                if (typeof data3 !== 'string') {
                    const err7 = {
                        instancePath: instancePath + '/regex',
                        schemaPath: '#/definitions/matcherObject/properties/regex/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                        schema: schema14.properties.regex.type,
                        parentSchema: schema14.properties.regex,
                        data: data3
                    };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            if (data.unset !== undefined) {
                let data4 = data.unset;
                if (true !== data4) {
                    const err8 = {
                        instancePath: instancePath + '/unset',
                        schemaPath: '#/definitions/matcherObject/properties/unset/const',
                        keyword: 'const',
                        params: { allowedValue: true },
                        message: 'must be equal to constant',
                        schema: true,
                        parentSchema: schema14.properties.unset,
                        data: data4
                    };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
            if (data.ignore !== undefined) {
                let data5 = data.ignore;
                if (true !== data5) {
                    const err9 = {
                        instancePath: instancePath + '/ignore',
                        schemaPath: '#/definitions/matcherObject/properties/ignore/const',
                        keyword: 'const',
                        params: { allowedValue: true },
                        message: 'must be equal to constant',
                        schema: true,
                        parentSchema: schema14.properties.ignore,
                        data: data5
                    };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            if (data.semver !== undefined) {
                let data6 = data.semver;
                if (typeof data6 !== 'string') {
                    const err10 = {
                        instancePath: instancePath + '/semver',
                        schemaPath: '#/definitions/matcherObject/properties/semver/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                        schema: schema14.properties.semver.type,
                        parentSchema: schema14.properties.semver,
                        data: data6
                    };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
            if (data.contains !== undefined) {
                let data7 = data.contains;
                if (Array.isArray(data7)) {
                    if (data7.length < 1) {
                        const err11 = {
                            instancePath: instancePath + '/contains',
                            schemaPath: '#/definitions/matcherObject/properties/contains/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema14.properties.contains,
                            data: data7
                        };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                    const len1 = data7.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data8 = data7[i1];
                        if (typeof data8 !== 'string') {
                            const err12 = {
                                instancePath: instancePath + '/contains/' + i1,
                                schemaPath: '#/definitions/matcherObject/properties/contains/items/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema14.properties.contains.items.type,
                                parentSchema: schema14.properties.contains.items,
                                data: data8
                            };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err13 = {
                        instancePath: instancePath + '/contains',
                        schemaPath: '#/definitions/matcherObject/properties/contains/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema14.properties.contains.type,
                        parentSchema: schema14.properties.contains,
                        data: data7
                    };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
            if (data['not-contains'] !== undefined) {
                let data9 = data['not-contains'];
                if (Array.isArray(data9)) {
                    if (data9.length < 1) {
                        const err14 = {
                            instancePath: instancePath + '/not-contains',
                            schemaPath: '#/definitions/matcherObject/properties/not-contains/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema14.properties['not-contains'],
                            data: data9
                        };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                    const len2 = data9.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                        let data10 = data9[i2];
                        if (typeof data10 !== 'string') {
                            const err15 = {
                                instancePath: instancePath + '/not-contains/' + i2,
                                schemaPath: '#/definitions/matcherObject/properties/not-contains/items/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema14.properties['not-contains'].items.type,
                                parentSchema: schema14.properties['not-contains'].items,
                                data: data10
                            };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err16 = {
                        instancePath: instancePath + '/not-contains',
                        schemaPath: '#/definitions/matcherObject/properties/not-contains/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema14.properties['not-contains'].type,
                        parentSchema: schema14.properties['not-contains'],
                        data: data9
                    };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
            if (data.path !== undefined) {
                let data11 = data.path;
                if (typeof data11 !== 'string') {
                    const err17 = {
                        instancePath: instancePath + '/path',
                        schemaPath: '#/definitions/matcherObject/properties/path/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                        schema: schema14.properties.path.type,
                        parentSchema: schema14.properties.path,
                        data: data11
                    };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
            }
            if (data.reason !== undefined) {
                let data12 = data.reason;
                if (typeof data12 !== 'string') {
                    const err18 = {
                        instancePath: instancePath + '/reason',
                        schemaPath: '#/definitions/matcherObject/properties/reason/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                        schema: schema14.properties.reason.type,
                        parentSchema: schema14.properties.reason,
                        data: data12
                    };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
            }
        }
        else {
            const err19 = {
                instancePath,
                schemaPath: '#/definitions/matcherObject/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
                schema: schema14.type,
                parentSchema: schema14,
                data
            };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
        var _valid0 = _errs3 === errors;
        valid0 = valid0 || _valid0;
    }
    if (!valid0) {
        const err20 = {
            instancePath,
            schemaPath: '#/anyOf',
            keyword: 'anyOf',
            params: {},
            message: 'must match a schema in anyOf',
            schema: schema13.anyOf,
            parentSchema: schema13,
            data
        };
        if (vErrors === null) {
            vErrors = [err20];
        }
        else {
            vErrors.push(err20);
        }
        errors++;
    }
    else {
        errors = _errs0;
        if (vErrors !== null) {
            if (_errs0) {
                vErrors.length = _errs0;
            }
            else {
                vErrors = null;
            }
        }
    }
    validate12.errors = vErrors;
    return errors === 0;
}
function validate11(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!func2.call(schema12.properties, key0)) {
                const err0 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                    schema: false,
                    parentSchema: schema12,
                    data
                };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.AR !== undefined) {
            if (!validate12(data.AR, {
                instancePath: instancePath + '/AR',
                parentData: data,
                parentDataProperty: 'AR',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.CC !== undefined) {
            if (!validate12(data.CC, {
                instancePath: instancePath + '/CC',
                parentData: data,
                parentDataProperty: 'CC',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.CGO_CFLAGS !== undefined) {
            if (!validate12(data.CGO_CFLAGS, {
                instancePath: instancePath + '/CGO_CFLAGS',
                parentData: data,
                parentDataProperty: 'CGO_CFLAGS',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.CGO_CFLAGS_ALLOW !== undefined) {
            if (!validate12(data.CGO_CFLAGS_ALLOW, {
                instancePath: instancePath + '/CGO_CFLAGS_ALLOW',
                parentData: data,
                parentDataProperty: 'CGO_CFLAGS_ALLOW',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.CGO_CFLAGS_DISALLOW !== undefined) {
            if (!validate12(data.CGO_CFLAGS_DISALLOW, {
                instancePath: instancePath + '/CGO_CFLAGS_DISALLOW',
                parentData: data,
                parentDataProperty: 'CGO_CFLAGS_DISALLOW',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.CGO_CPPFLAGS !== undefined) {
            if (!validate12(data.CGO_CPPFLAGS, {
                instancePath: instancePath + '/CGO_CPPFLAGS',
                parentData: data,
                parentDataProperty: 'CGO_CPPFLAGS',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.CGO_CXXFLAGS !== undefined) {
            if (!validate12(data.CGO_CXXFLAGS, {
                instancePath: instancePath + '/CGO_CXXFLAGS',
                parentData: data,
                parentDataProperty: 'CGO_CXXFLAGS',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.CGO_ENABLED !== undefined) {
            if (!validate12(data.CGO_ENABLED, {
                instancePath: instancePath + '/CGO_ENABLED',
                parentData: data,
                parentDataProperty: 'CGO_ENABLED',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.CGO_FFLAGS !== undefined) {
            if (!validate12(data.CGO_FFLAGS, {
                instancePath: instancePath + '/CGO_FFLAGS',
                parentData: data,
                parentDataProperty: 'CGO_FFLAGS',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.CGO_LDFLAGS !== undefined) {
            if (!validate12(data.CGO_LDFLAGS, {
                instancePath: instancePath + '/CGO_LDFLAGS',
                parentData: data,
                parentDataProperty: 'CGO_LDFLAGS',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.CXX !== undefined) {
            if (!validate12(data.CXX, {
                instancePath: instancePath + '/CXX',
                parentData: data,
                parentDataProperty: 'CXX',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.FC !== undefined) {
            if (!validate12(data.FC, {
                instancePath: instancePath + '/FC',
                parentData: data,
                parentDataProperty: 'FC',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GCCGO !== undefined) {
            if (!validate12(data.GCCGO, {
                instancePath: instancePath + '/GCCGO',
                parentData: data,
                parentDataProperty: 'GCCGO',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GO111MODULE !== undefined) {
            if (!validate12(data.GO111MODULE, {
                instancePath: instancePath + '/GO111MODULE',
                parentData: data,
                parentDataProperty: 'GO111MODULE',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GO386 !== undefined) {
            if (!validate12(data.GO386, {
                instancePath: instancePath + '/GO386',
                parentData: data,
                parentDataProperty: 'GO386',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOAMD64 !== undefined) {
            if (!validate12(data.GOAMD64, {
                instancePath: instancePath + '/GOAMD64',
                parentData: data,
                parentDataProperty: 'GOAMD64',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOARCH !== undefined) {
            if (!validate12(data.GOARCH, {
                instancePath: instancePath + '/GOARCH',
                parentData: data,
                parentDataProperty: 'GOARCH',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOARM !== undefined) {
            if (!validate12(data.GOARM, {
                instancePath: instancePath + '/GOARM',
                parentData: data,
                parentDataProperty: 'GOARM',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOARM64 !== undefined) {
            if (!validate12(data.GOARM64, {
                instancePath: instancePath + '/GOARM64',
                parentData: data,
                parentDataProperty: 'GOARM64',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOAUTH !== undefined) {
            if (!validate12(data.GOAUTH, {
                instancePath: instancePath + '/GOAUTH',
                parentData: data,
                parentDataProperty: 'GOAUTH',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOBIN !== undefined) {
            if (!validate12(data.GOBIN, {
                instancePath: instancePath + '/GOBIN',
                parentData: data,
                parentDataProperty: 'GOBIN',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOCACHE !== undefined) {
            if (!validate12(data.GOCACHE, {
                instancePath: instancePath + '/GOCACHE',
                parentData: data,
                parentDataProperty: 'GOCACHE',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOCACHEPROG !== undefined) {
            if (!validate12(data.GOCACHEPROG, {
                instancePath: instancePath + '/GOCACHEPROG',
                parentData: data,
                parentDataProperty: 'GOCACHEPROG',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOCOVERDIR !== undefined) {
            if (!validate12(data.GOCOVERDIR, {
                instancePath: instancePath + '/GOCOVERDIR',
                parentData: data,
                parentDataProperty: 'GOCOVERDIR',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GODEBUG !== undefined) {
            if (!validate12(data.GODEBUG, {
                instancePath: instancePath + '/GODEBUG',
                parentData: data,
                parentDataProperty: 'GODEBUG',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOENV !== undefined) {
            if (!validate12(data.GOENV, {
                instancePath: instancePath + '/GOENV',
                parentData: data,
                parentDataProperty: 'GOENV',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOEXE !== undefined) {
            if (!validate12(data.GOEXE, {
                instancePath: instancePath + '/GOEXE',
                parentData: data,
                parentDataProperty: 'GOEXE',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOEXPERIMENT !== undefined) {
            if (!validate12(data.GOEXPERIMENT, {
                instancePath: instancePath + '/GOEXPERIMENT',
                parentData: data,
                parentDataProperty: 'GOEXPERIMENT',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOFIPS140 !== undefined) {
            if (!validate12(data.GOFIPS140, {
                instancePath: instancePath + '/GOFIPS140',
                parentData: data,
                parentDataProperty: 'GOFIPS140',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOFLAGS !== undefined) {
            if (!validate12(data.GOFLAGS, {
                instancePath: instancePath + '/GOFLAGS',
                parentData: data,
                parentDataProperty: 'GOFLAGS',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOGCCFLAGS !== undefined) {
            if (!validate12(data.GOGCCFLAGS, {
                instancePath: instancePath + '/GOGCCFLAGS',
                parentData: data,
                parentDataProperty: 'GOGCCFLAGS',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOHOSTARCH !== undefined) {
            if (!validate12(data.GOHOSTARCH, {
                instancePath: instancePath + '/GOHOSTARCH',
                parentData: data,
                parentDataProperty: 'GOHOSTARCH',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOHOSTOS !== undefined) {
            if (!validate12(data.GOHOSTOS, {
                instancePath: instancePath + '/GOHOSTOS',
                parentData: data,
                parentDataProperty: 'GOHOSTOS',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOINSECURE !== undefined) {
            if (!validate12(data.GOINSECURE, {
                instancePath: instancePath + '/GOINSECURE',
                parentData: data,
                parentDataProperty: 'GOINSECURE',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOMIPS !== undefined) {
            if (!validate12(data.GOMIPS, {
                instancePath: instancePath + '/GOMIPS',
                parentData: data,
                parentDataProperty: 'GOMIPS',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOMIPS64 !== undefined) {
            if (!validate12(data.GOMIPS64, {
                instancePath: instancePath + '/GOMIPS64',
                parentData: data,
                parentDataProperty: 'GOMIPS64',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOMOD !== undefined) {
            if (!validate12(data.GOMOD, {
                instancePath: instancePath + '/GOMOD',
                parentData: data,
                parentDataProperty: 'GOMOD',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOMODCACHE !== undefined) {
            if (!validate12(data.GOMODCACHE, {
                instancePath: instancePath + '/GOMODCACHE',
                parentData: data,
                parentDataProperty: 'GOMODCACHE',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GONOPROXY !== undefined) {
            if (!validate12(data.GONOPROXY, {
                instancePath: instancePath + '/GONOPROXY',
                parentData: data,
                parentDataProperty: 'GONOPROXY',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GONOSUMDB !== undefined) {
            if (!validate12(data.GONOSUMDB, {
                instancePath: instancePath + '/GONOSUMDB',
                parentData: data,
                parentDataProperty: 'GONOSUMDB',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOOS !== undefined) {
            if (!validate12(data.GOOS, {
                instancePath: instancePath + '/GOOS',
                parentData: data,
                parentDataProperty: 'GOOS',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOPATH !== undefined) {
            if (!validate12(data.GOPATH, {
                instancePath: instancePath + '/GOPATH',
                parentData: data,
                parentDataProperty: 'GOPATH',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOPPC64 !== undefined) {
            if (!validate12(data.GOPPC64, {
                instancePath: instancePath + '/GOPPC64',
                parentData: data,
                parentDataProperty: 'GOPPC64',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOPRIVATE !== undefined) {
            if (!validate12(data.GOPRIVATE, {
                instancePath: instancePath + '/GOPRIVATE',
                parentData: data,
                parentDataProperty: 'GOPRIVATE',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOPROXY !== undefined) {
            if (!validate12(data.GOPROXY, {
                instancePath: instancePath + '/GOPROXY',
                parentData: data,
                parentDataProperty: 'GOPROXY',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GORISCV64 !== undefined) {
            if (!validate12(data.GORISCV64, {
                instancePath: instancePath + '/GORISCV64',
                parentData: data,
                parentDataProperty: 'GORISCV64',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOROOT !== undefined) {
            if (!validate12(data.GOROOT, {
                instancePath: instancePath + '/GOROOT',
                parentData: data,
                parentDataProperty: 'GOROOT',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOSUMDB !== undefined) {
            if (!validate12(data.GOSUMDB, {
                instancePath: instancePath + '/GOSUMDB',
                parentData: data,
                parentDataProperty: 'GOSUMDB',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOTELEMETRY !== undefined) {
            if (!validate12(data.GOTELEMETRY, {
                instancePath: instancePath + '/GOTELEMETRY',
                parentData: data,
                parentDataProperty: 'GOTELEMETRY',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOTELEMETRYDIR !== undefined) {
            if (!validate12(data.GOTELEMETRYDIR, {
                instancePath: instancePath + '/GOTELEMETRYDIR',
                parentData: data,
                parentDataProperty: 'GOTELEMETRYDIR',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOTMPDIR !== undefined) {
            if (!validate12(data.GOTMPDIR, {
                instancePath: instancePath + '/GOTMPDIR',
                parentData: data,
                parentDataProperty: 'GOTMPDIR',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOTOOLCHAIN !== undefined) {
            if (!validate12(data.GOTOOLCHAIN, {
                instancePath: instancePath + '/GOTOOLCHAIN',
                parentData: data,
                parentDataProperty: 'GOTOOLCHAIN',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOTOOLDIR !== undefined) {
            if (!validate12(data.GOTOOLDIR, {
                instancePath: instancePath + '/GOTOOLDIR',
                parentData: data,
                parentDataProperty: 'GOTOOLDIR',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOVCS !== undefined) {
            if (!validate12(data.GOVCS, {
                instancePath: instancePath + '/GOVCS',
                parentData: data,
                parentDataProperty: 'GOVCS',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOVERSION !== undefined) {
            if (!validate12(data.GOVERSION, {
                instancePath: instancePath + '/GOVERSION',
                parentData: data,
                parentDataProperty: 'GOVERSION',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOWASM !== undefined) {
            if (!validate12(data.GOWASM, {
                instancePath: instancePath + '/GOWASM',
                parentData: data,
                parentDataProperty: 'GOWASM',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GOWORK !== undefined) {
            if (!validate12(data.GOWORK, {
                instancePath: instancePath + '/GOWORK',
                parentData: data,
                parentDataProperty: 'GOWORK',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.GO_EXTLINK_ENABLED !== undefined) {
            if (!validate12(data.GO_EXTLINK_ENABLED, {
                instancePath: instancePath + '/GO_EXTLINK_ENABLED',
                parentData: data,
                parentDataProperty: 'GO_EXTLINK_ENABLED',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.PKG_CONFIG !== undefined) {
            if (!validate12(data.PKG_CONFIG, {
                instancePath: instancePath + '/PKG_CONFIG',
                parentData: data,
                parentDataProperty: 'PKG_CONFIG',
                rootData
            })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err1 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema12.type,
            parentSchema: schema12,
            data
        };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate11.errors = vErrors;
    return errors === 0;
}
const schema18 = {
    type: 'object',
    additionalProperties: false,
    required: ['when'],
    properties: {
        when: {
            type: 'object',
            description: 'Applies when every given selector matches (GOOS, GOARCH, RUNNER_OS).',
            additionalProperties: false,
            minProperties: 1,
            properties: {
                goos: {
                    description: 'One value or a list of values.',
                    anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }]
                },
                goarch: {
                    description: 'One value or a list of values.',
                    anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }]
                },
                'runner-os': {
                    description: 'One value or a list of values.',
                    anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }]
                }
            }
        },
        env: { $ref: '#/definitions/env' },
        rules: { $ref: '#/definitions/rules' },
        go: { $ref: '#/definitions/go' },
        cache: { $ref: '#/definitions/cache' }
    }
};
const pattern2 = new RegExp('^GBG[0-9]{3}$', 'u');
const pattern0 = new RegExp('^[0-9]+(\\.[0-9]+)?(s|m|h|d|w)$', 'u');
const pattern1 = new RegExp('^[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$', 'u');
function validate73(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.when === undefined) {
            const err0 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'when' },
                message: "must have required property '" + 'when' + "'",
                schema: schema18.required,
                parentSchema: schema18,
                data
            };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(key0 === 'when' ||
                key0 === 'env' ||
                key0 === 'rules' ||
                key0 === 'go' ||
                key0 === 'cache')) {
                const err1 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                    schema: false,
                    parentSchema: schema18,
                    data
                };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.when !== undefined) {
            let data0 = data.when;
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
                if (Object.keys(data0).length < 1) {
                    const err2 = {
                        instancePath: instancePath + '/when',
                        schemaPath: '#/properties/when/minProperties',
                        keyword: 'minProperties',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 properties',
                        schema: 1,
                        parentSchema: schema18.properties.when,
                        data: data0
                    };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
                for (const key1 in data0) {
                    if (!(key1 === 'goos' || key1 === 'goarch' || key1 === 'runner-os')) {
                        const err3 = {
                            instancePath: instancePath + '/when',
                            schemaPath: '#/properties/when/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key1 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema18.properties.when,
                            data: data0
                        };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                    }
                }
                if (data0.goos !== undefined) {
                    let data1 = data0.goos;
                    const _errs6 = errors;
                    let valid2 = false;
                    const _errs7 = errors;
                    if (typeof data1 !== 'string') {
                        const err4 = {
                            instancePath: instancePath + '/when/goos',
                            schemaPath: '#/properties/when/properties/goos/anyOf/0/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema18.properties.when.properties.goos.anyOf[0].type,
                            parentSchema: schema18.properties.when.properties.goos.anyOf[0],
                            data: data1
                        };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                    var _valid0 = _errs7 === errors;
                    valid2 = valid2 || _valid0;
                    if (!valid2) {
                        const _errs9 = errors;
                        if (Array.isArray(data1)) {
                            if (data1.length < 1) {
                                const err5 = {
                                    instancePath: instancePath + '/when/goos',
                                    schemaPath: '#/properties/when/properties/goos/anyOf/1/minItems',
                                    keyword: 'minItems',
                                    params: { limit: 1 },
                                    message: 'must NOT have fewer than 1 items',
                                    schema: 1,
                                    parentSchema: schema18.properties.when.properties.goos.anyOf[1],
                                    data: data1
                                };
                                if (vErrors === null) {
                                    vErrors = [err5];
                                }
                                else {
                                    vErrors.push(err5);
                                }
                                errors++;
                            }
                            const len0 = data1.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                                let data2 = data1[i0];
                                if (typeof data2 !== 'string') {
                                    const err6 = {
                                        instancePath: instancePath + '/when/goos/' + i0,
                                        schemaPath: '#/properties/when/properties/goos/anyOf/1/items/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                        schema: schema18.properties.when.properties.goos.anyOf[1].items.type,
                                        parentSchema: schema18.properties.when.properties.goos.anyOf[1].items,
                                        data: data2
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err6];
                                    }
                                    else {
                                        vErrors.push(err6);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err7 = {
                                instancePath: instancePath + '/when/goos',
                                schemaPath: '#/properties/when/properties/goos/anyOf/1/type',
                                keyword: 'type',
                                params: { type: 'array' },
                                message: 'must be array',
                                schema: schema18.properties.when.properties.goos.anyOf[1].type,
                                parentSchema: schema18.properties.when.properties.goos.anyOf[1],
                                data: data1
                            };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                        var _valid0 = _errs9 === errors;
                        valid2 = valid2 || _valid0;
                    }
                    if (!valid2) {
                        const err8 = {
                            instancePath: instancePath + '/when/goos',
                            schemaPath: '#/properties/when/properties/goos/anyOf',
                            keyword: 'anyOf',
                            params: {},
                            message: 'must match a schema in anyOf',
                            schema: schema18.properties.when.properties.goos.anyOf,
                            parentSchema: schema18.properties.when.properties.goos,
                            data: data1
                        };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs6;
                        if (vErrors !== null) {
                            if (_errs6) {
                                vErrors.length = _errs6;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data0.goarch !== undefined) {
                    let data3 = data0.goarch;
                    const _errs14 = errors;
                    let valid5 = false;
                    const _errs15 = errors;
                    if (typeof data3 !== 'string') {
                        const err9 = {
                            instancePath: instancePath + '/when/goarch',
                            schemaPath: '#/properties/when/properties/goarch/anyOf/0/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema18.properties.when.properties.goarch.anyOf[0].type,
                            parentSchema: schema18.properties.when.properties.goarch.anyOf[0],
                            data: data3
                        };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                    var _valid1 = _errs15 === errors;
                    valid5 = valid5 || _valid1;
                    if (!valid5) {
                        const _errs17 = errors;
                        if (Array.isArray(data3)) {
                            if (data3.length < 1) {
                                const err10 = {
                                    instancePath: instancePath + '/when/goarch',
                                    schemaPath: '#/properties/when/properties/goarch/anyOf/1/minItems',
                                    keyword: 'minItems',
                                    params: { limit: 1 },
                                    message: 'must NOT have fewer than 1 items',
                                    schema: 1,
                                    parentSchema: schema18.properties.when.properties.goarch.anyOf[1],
                                    data: data3
                                };
                                if (vErrors === null) {
                                    vErrors = [err10];
                                }
                                else {
                                    vErrors.push(err10);
                                }
                                errors++;
                            }
                            const len1 = data3.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                                let data4 = data3[i1];
                                if (typeof data4 !== 'string') {
                                    const err11 = {
                                        instancePath: instancePath + '/when/goarch/' + i1,
                                        schemaPath: '#/properties/when/properties/goarch/anyOf/1/items/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                        schema: schema18.properties.when.properties.goarch.anyOf[1].items.type,
                                        parentSchema: schema18.properties.when.properties.goarch.anyOf[1].items,
                                        data: data4
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err11];
                                    }
                                    else {
                                        vErrors.push(err11);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err12 = {
                                instancePath: instancePath + '/when/goarch',
                                schemaPath: '#/properties/when/properties/goarch/anyOf/1/type',
                                keyword: 'type',
                                params: { type: 'array' },
                                message: 'must be array',
                                schema: schema18.properties.when.properties.goarch.anyOf[1].type,
                                parentSchema: schema18.properties.when.properties.goarch.anyOf[1],
                                data: data3
                            };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                        var _valid1 = _errs17 === errors;
                        valid5 = valid5 || _valid1;
                    }
                    if (!valid5) {
                        const err13 = {
                            instancePath: instancePath + '/when/goarch',
                            schemaPath: '#/properties/when/properties/goarch/anyOf',
                            keyword: 'anyOf',
                            params: {},
                            message: 'must match a schema in anyOf',
                            schema: schema18.properties.when.properties.goarch.anyOf,
                            parentSchema: schema18.properties.when.properties.goarch,
                            data: data3
                        };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs14;
                        if (vErrors !== null) {
                            if (_errs14) {
                                vErrors.length = _errs14;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data0['runner-os'] !== undefined) {
                    let data5 = data0['runner-os'];
                    const _errs22 = errors;
                    let valid8 = false;
                    const _errs23 = errors;
                    if (typeof data5 !== 'string') {
                        const err14 = {
                            instancePath: instancePath + '/when/runner-os',
                            schemaPath: '#/properties/when/properties/runner-os/anyOf/0/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema18.properties.when.properties['runner-os'].anyOf[0].type,
                            parentSchema: schema18.properties.when.properties['runner-os'].anyOf[0],
                            data: data5
                        };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                    var _valid2 = _errs23 === errors;
                    valid8 = valid8 || _valid2;
                    if (!valid8) {
                        const _errs25 = errors;
                        if (Array.isArray(data5)) {
                            if (data5.length < 1) {
                                const err15 = {
                                    instancePath: instancePath + '/when/runner-os',
                                    schemaPath: '#/properties/when/properties/runner-os/anyOf/1/minItems',
                                    keyword: 'minItems',
                                    params: { limit: 1 },
                                    message: 'must NOT have fewer than 1 items',
                                    schema: 1,
                                    parentSchema: schema18.properties.when.properties['runner-os'].anyOf[1],
                                    data: data5
                                };
                                if (vErrors === null) {
                                    vErrors = [err15];
                                }
                                else {
                                    vErrors.push(err15);
                                }
                                errors++;
                            }
                            const len2 = data5.length;
                            for (let i2 = 0; i2 < len2; i2++) {
                                let data6 = data5[i2];
                                if (typeof data6 !== 'string') {
                                    const err16 = {
                                        instancePath: instancePath + '/when/runner-os/' + i2,
                                        schemaPath: '#/properties/when/properties/runner-os/anyOf/1/items/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                        schema: schema18.properties.when.properties['runner-os'].anyOf[1].items.type,
                                        parentSchema: schema18.properties.when.properties['runner-os'].anyOf[1].items,
                                        data: data6
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err16];
                                    }
                                    else {
                                        vErrors.push(err16);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err17 = {
                                instancePath: instancePath + '/when/runner-os',
                                schemaPath: '#/properties/when/properties/runner-os/anyOf/1/type',
                                keyword: 'type',
                                params: { type: 'array' },
                                message: 'must be array',
                                schema: schema18.properties.when.properties['runner-os'].anyOf[1].type,
                                parentSchema: schema18.properties.when.properties['runner-os'].anyOf[1],
                                data: data5
                            };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                        var _valid2 = _errs25 === errors;
                        valid8 = valid8 || _valid2;
                    }
                    if (!valid8) {
                        const err18 = {
                            instancePath: instancePath + '/when/runner-os',
                            schemaPath: '#/properties/when/properties/runner-os/anyOf',
                            keyword: 'anyOf',
                            params: {},
                            message: 'must match a schema in anyOf',
                            schema: schema18.properties.when.properties['runner-os'].anyOf,
                            parentSchema: schema18.properties.when.properties['runner-os'],
                            data: data5
                        };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs22;
                        if (vErrors !== null) {
                            if (_errs22) {
                                vErrors.length = _errs22;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
            }
            else {
                const err19 = {
                    instancePath: instancePath + '/when',
                    schemaPath: '#/properties/when/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema18.properties.when.type,
                    parentSchema: schema18.properties.when,
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        if (data.env !== undefined) {
            if (!validate11(data.env, {
                instancePath: instancePath + '/env',
                parentData: data,
                parentDataProperty: 'env',
                rootData
            })) {
                vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                errors = vErrors.length;
            }
        }
        if (data.rules !== undefined) {
            let data8 = data.rules;
            if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
                for (const key2 in data8) {
                    const _errs33 = errors;
                    if (typeof key2 === 'string') {
                        if (!pattern2.test(key2)) {
                            const err20 = {
                                instancePath: instancePath + '/rules',
                                schemaPath: '#/definitions/rules/propertyNames/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^GBG[0-9]{3}$' },
                                message: 'must match pattern "' + '^GBG[0-9]{3}$' + '"',
                                schema: '^GBG[0-9]{3}$',
                                parentSchema: schema17.propertyNames,
                                data: key2,
                                propertyName: key2
                            };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                    }
                    var valid12 = _errs33 === errors;
                    if (!valid12) {
                        const err21 = {
                            instancePath: instancePath + '/rules',
                            schemaPath: '#/definitions/rules/propertyNames',
                            keyword: 'propertyNames',
                            params: { propertyName: key2 },
                            message: 'property name must be valid',
                            schema: schema17.propertyNames,
                            parentSchema: schema17,
                            data: data8
                        };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                }
                for (const key3 in data8) {
                    let data9 = data8[key3];
                    if (!(data9 === 'error' ||
                        data9 === 'warning' ||
                        data9 === 'notice' ||
                        data9 === 'off')) {
                        const err22 = {
                            instancePath: instancePath + '/rules/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                            schemaPath: '#/definitions/rules/additionalProperties/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema17.additionalProperties.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema17.additionalProperties.enum,
                            parentSchema: schema17.additionalProperties,
                            data: data9
                        };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err23 = {
                    instancePath: instancePath + '/rules',
                    schemaPath: '#/definitions/rules/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema17.type,
                    parentSchema: schema17,
                    data: data8
                };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
        if (data.go !== undefined) {
            let data10 = data.go;
            if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
                for (const key4 in data10) {
                    if (!(key4 === 'version' || key4 === 'toolchain' || key4 === 'gotoolchain')) {
                        const err24 = {
                            instancePath: instancePath + '/go',
                            schemaPath: '#/definitions/go/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key4 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema15,
                            data: data10
                        };
                        if (vErrors === null) {
                            vErrors = [err24];
                        }
                        else {
                            vErrors.push(err24);
                        }
                        errors++;
                    }
                }
                if (data10.version !== undefined) {
                    let data11 = data10.version;
                    if (typeof data11 !== 'string') {
                        const err25 = {
                            instancePath: instancePath + '/go/version',
                            schemaPath: '#/definitions/go/properties/version/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema15.properties.version.type,
                            parentSchema: schema15.properties.version,
                            data: data11
                        };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                }
                if (data10.toolchain !== undefined) {
                    let data12 = data10.toolchain;
                    if (typeof data12 !== 'string') {
                        const err26 = {
                            instancePath: instancePath + '/go/toolchain',
                            schemaPath: '#/definitions/go/properties/toolchain/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema15.properties.toolchain.type,
                            parentSchema: schema15.properties.toolchain,
                            data: data12
                        };
                        if (vErrors === null) {
                            vErrors = [err26];
                        }
                        else {
                            vErrors.push(err26);
                        }
                        errors++;
                    }
                }
                if (data10.gotoolchain !== undefined) {
                    let data13 = data10.gotoolchain;
                    if (Array.isArray(data13)) {
                        if (data13.length < 1) {
                            const err27 = {
                                instancePath: instancePath + '/go/gotoolchain',
                                schemaPath: '#/definitions/go/properties/gotoolchain/minItems',
                                keyword: 'minItems',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 items',
                                schema: 1,
                                parentSchema: schema15.properties.gotoolchain,
                                data: data13
                            };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                        }
                        const len3 = data13.length;
                        for (let i3 = 0; i3 < len3; i3++) {
                            let data14 = data13[i3];
                            if (!(data14 === 'local' ||
                                data14 === 'auto' ||
                                data14 === 'path' ||
                                data14 === 'version' ||
                                data14 === 'version+auto' ||
                                data14 === 'version+path')) {
                                const err28 = {
                                    instancePath: instancePath + '/go/gotoolchain/' + i3,
                                    schemaPath: '#/definitions/go/properties/gotoolchain/items/enum',
                                    keyword: 'enum',
                                    params: { allowedValues: schema15.properties.gotoolchain.items.enum },
                                    message: 'must be equal to one of the allowed values',
                                    schema: schema15.properties.gotoolchain.items.enum,
                                    parentSchema: schema15.properties.gotoolchain.items,
                                    data: data14
                                };
                                if (vErrors === null) {
                                    vErrors = [err28];
                                }
                                else {
                                    vErrors.push(err28);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err29 = {
                            instancePath: instancePath + '/go/gotoolchain',
                            schemaPath: '#/definitions/go/properties/gotoolchain/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema15.properties.gotoolchain.type,
                            parentSchema: schema15.properties.gotoolchain,
                            data: data13
                        };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err30 = {
                    instancePath: instancePath + '/go',
                    schemaPath: '#/definitions/go/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema15.type,
                    parentSchema: schema15,
                    data: data10
                };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
        }
        if (data.cache !== undefined) {
            let data15 = data.cache;
            if (data15 && typeof data15 == 'object' && !Array.isArray(data15)) {
                for (const key5 in data15) {
                    if (!(key5 === 'max-age' || key5 === 'max-size')) {
                        const err31 = {
                            instancePath: instancePath + '/cache',
                            schemaPath: '#/definitions/cache/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key5 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema16,
                            data: data15
                        };
                        if (vErrors === null) {
                            vErrors = [err31];
                        }
                        else {
                            vErrors.push(err31);
                        }
                        errors++;
                    }
                }
                if (data15['max-age'] !== undefined) {
                    let data16 = data15['max-age'];
                    if (typeof data16 === 'string') {
                        if (!pattern0.test(data16)) {
                            const err32 = {
                                instancePath: instancePath + '/cache/max-age',
                                schemaPath: '#/definitions/cache/properties/max-age/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[0-9]+(\\.[0-9]+)?(s|m|h|d|w)$' },
                                message: 'must match pattern "' + '^[0-9]+(\\.[0-9]+)?(s|m|h|d|w)$' + '"',
                                schema: '^[0-9]+(\\.[0-9]+)?(s|m|h|d|w)$',
                                parentSchema: schema16.properties['max-age'],
                                data: data16
                            };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err33 = {
                            instancePath: instancePath + '/cache/max-age',
                            schemaPath: '#/definitions/cache/properties/max-age/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema16.properties['max-age'].type,
                            parentSchema: schema16.properties['max-age'],
                            data: data16
                        };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                }
                if (data15['max-size'] !== undefined) {
                    let data17 = data15['max-size'];
                    if (typeof data17 === 'string') {
                        if (!pattern1.test(data17)) {
                            const err34 = {
                                instancePath: instancePath + '/cache/max-size',
                                schemaPath: '#/definitions/cache/properties/max-size/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$' },
                                message: 'must match pattern "' +
                                    '^[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$' +
                                    '"',
                                schema: '^[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$',
                                parentSchema: schema16.properties['max-size'],
                                data: data17
                            };
                            if (vErrors === null) {
                                vErrors = [err34];
                            }
                            else {
                                vErrors.push(err34);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err35 = {
                            instancePath: instancePath + '/cache/max-size',
                            schemaPath: '#/definitions/cache/properties/max-size/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema16.properties['max-size'].type,
                            parentSchema: schema16.properties['max-size'],
                            data: data17
                        };
                        if (vErrors === null) {
                            vErrors = [err35];
                        }
                        else {
                            vErrors.push(err35);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err36 = {
                    instancePath: instancePath + '/cache',
                    schemaPath: '#/definitions/cache/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema16.type,
                    parentSchema: schema16,
                    data: data15
                };
                if (vErrors === null) {
                    vErrors = [err36];
                }
                else {
                    vErrors.push(err36);
                }
                errors++;
            }
        }
    }
    else {
        const err37 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema18.type,
            parentSchema: schema18,
            data
        };
        if (vErrors === null) {
            vErrors = [err37];
        }
        else {
            vErrors.push(err37);
        }
        errors++;
    }
    validate73.errors = vErrors;
    return errors === 0;
}
function validate10(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/go-baseline-gate/go-baseline-gate/main/schema/go-baseline.schema.json" */ let vErrors = null;
    let errors = 0;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.version === undefined) {
            const err0 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'version' },
                message: "must have required property '" + 'version' + "'",
                schema: schema11.required,
                parentSchema: schema11,
                data
            };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(key0 === '$schema' ||
                key0 === 'version' ||
                key0 === 'env' ||
                key0 === 'go' ||
                key0 === 'cache' ||
                key0 === 'rules' ||
                key0 === 'overrides')) {
                const err1 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                    schema: false,
                    parentSchema: schema11,
                    data
                };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.$schema !== undefined) {
            let data0 = data.$schema;
            if (typeof data0 !== 'string') {
                const err2 = {
                    instancePath: instancePath + '/$schema',
                    schemaPath: '#/properties/%24schema/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema11.properties.$schema.type,
                    parentSchema: schema11.properties.$schema,
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.version !== undefined) {
            let data1 = data.version;
            if (1 !== data1) {
                const err3 = {
                    instancePath: instancePath + '/version',
                    schemaPath: '#/properties/version/const',
                    keyword: 'const',
                    params: { allowedValue: 1 },
                    message: 'must be equal to constant',
                    schema: 1,
                    parentSchema: schema11.properties.version,
                    data: data1
                };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.env !== undefined) {
            if (!validate11(data.env, {
                instancePath: instancePath + '/env',
                parentData: data,
                parentDataProperty: 'env',
                rootData
            })) {
                vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                errors = vErrors.length;
            }
        }
        if (data.go !== undefined) {
            let data3 = data.go;
            if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                for (const key1 in data3) {
                    if (!(key1 === 'version' || key1 === 'toolchain' || key1 === 'gotoolchain')) {
                        const err4 = {
                            instancePath: instancePath + '/go',
                            schemaPath: '#/definitions/go/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key1 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema15,
                            data: data3
                        };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                if (data3.version !== undefined) {
                    let data4 = data3.version;
                    if (typeof data4 !== 'string') {
                        const err5 = {
                            instancePath: instancePath + '/go/version',
                            schemaPath: '#/definitions/go/properties/version/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema15.properties.version.type,
                            parentSchema: schema15.properties.version,
                            data: data4
                        };
                        if (vErrors === null) {
                            vErrors = [err5];
                        }
                        else {
                            vErrors.push(err5);
                        }
                        errors++;
                    }
                }
                if (data3.toolchain !== undefined) {
                    let data5 = data3.toolchain;
                    if (typeof data5 !== 'string') {
                        const err6 = {
                            instancePath: instancePath + '/go/toolchain',
                            schemaPath: '#/definitions/go/properties/toolchain/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema15.properties.toolchain.type,
                            parentSchema: schema15.properties.toolchain,
                            data: data5
                        };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
                if (data3.gotoolchain !== undefined) {
                    let data6 = data3.gotoolchain;
                    if (Array.isArray(data6)) {
                        if (data6.length < 1) {
                            const err7 = {
                                instancePath: instancePath + '/go/gotoolchain',
                                schemaPath: '#/definitions/go/properties/gotoolchain/minItems',
                                keyword: 'minItems',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 items',
                                schema: 1,
                                parentSchema: schema15.properties.gotoolchain,
                                data: data6
                            };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                        const len0 = data6.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            let data7 = data6[i0];
                            if (!(data7 === 'local' ||
                                data7 === 'auto' ||
                                data7 === 'path' ||
                                data7 === 'version' ||
                                data7 === 'version+auto' ||
                                data7 === 'version+path')) {
                                const err8 = {
                                    instancePath: instancePath + '/go/gotoolchain/' + i0,
                                    schemaPath: '#/definitions/go/properties/gotoolchain/items/enum',
                                    keyword: 'enum',
                                    params: { allowedValues: schema15.properties.gotoolchain.items.enum },
                                    message: 'must be equal to one of the allowed values',
                                    schema: schema15.properties.gotoolchain.items.enum,
                                    parentSchema: schema15.properties.gotoolchain.items,
                                    data: data7
                                };
                                if (vErrors === null) {
                                    vErrors = [err8];
                                }
                                else {
                                    vErrors.push(err8);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err9 = {
                            instancePath: instancePath + '/go/gotoolchain',
                            schemaPath: '#/definitions/go/properties/gotoolchain/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema15.properties.gotoolchain.type,
                            parentSchema: schema15.properties.gotoolchain,
                            data: data6
                        };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err10 = {
                    instancePath: instancePath + '/go',
                    schemaPath: '#/definitions/go/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema15.type,
                    parentSchema: schema15,
                    data: data3
                };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.cache !== undefined) {
            let data8 = data.cache;
            if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
                for (const key2 in data8) {
                    if (!(key2 === 'max-age' || key2 === 'max-size')) {
                        const err11 = {
                            instancePath: instancePath + '/cache',
                            schemaPath: '#/definitions/cache/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key2 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema16,
                            data: data8
                        };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
                if (data8['max-age'] !== undefined) {
                    let data9 = data8['max-age'];
                    if (typeof data9 === 'string') {
                        if (!pattern0.test(data9)) {
                            const err12 = {
                                instancePath: instancePath + '/cache/max-age',
                                schemaPath: '#/definitions/cache/properties/max-age/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[0-9]+(\\.[0-9]+)?(s|m|h|d|w)$' },
                                message: 'must match pattern "' + '^[0-9]+(\\.[0-9]+)?(s|m|h|d|w)$' + '"',
                                schema: '^[0-9]+(\\.[0-9]+)?(s|m|h|d|w)$',
                                parentSchema: schema16.properties['max-age'],
                                data: data9
                            };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err13 = {
                            instancePath: instancePath + '/cache/max-age',
                            schemaPath: '#/definitions/cache/properties/max-age/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema16.properties['max-age'].type,
                            parentSchema: schema16.properties['max-age'],
                            data: data9
                        };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                }
                if (data8['max-size'] !== undefined) {
                    let data10 = data8['max-size'];
                    if (typeof data10 === 'string') {
                        if (!pattern1.test(data10)) {
                            const err14 = {
                                instancePath: instancePath + '/cache/max-size',
                                schemaPath: '#/definitions/cache/properties/max-size/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$' },
                                message: 'must match pattern "' +
                                    '^[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$' +
                                    '"',
                                schema: '^[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$',
                                parentSchema: schema16.properties['max-size'],
                                data: data10
                            };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err15 = {
                            instancePath: instancePath + '/cache/max-size',
                            schemaPath: '#/definitions/cache/properties/max-size/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema16.properties['max-size'].type,
                            parentSchema: schema16.properties['max-size'],
                            data: data10
                        };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err16 = {
                    instancePath: instancePath + '/cache',
                    schemaPath: '#/definitions/cache/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema16.type,
                    parentSchema: schema16,
                    data: data8
                };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.rules !== undefined) {
            let data11 = data.rules;
            if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
                for (const key3 in data11) {
                    const _errs28 = errors;
                    if (typeof key3 === 'string') {
                        if (!pattern2.test(key3)) {
                            const err17 = {
                                instancePath: instancePath + '/rules',
                                schemaPath: '#/definitions/rules/propertyNames/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^GBG[0-9]{3}$' },
                                message: 'must match pattern "' + '^GBG[0-9]{3}$' + '"',
                                schema: '^GBG[0-9]{3}$',
                                parentSchema: schema17.propertyNames,
                                data: key3,
                                propertyName: key3
                            };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    var valid8 = _errs28 === errors;
                    if (!valid8) {
                        const err18 = {
                            instancePath: instancePath + '/rules',
                            schemaPath: '#/definitions/rules/propertyNames',
                            keyword: 'propertyNames',
                            params: { propertyName: key3 },
                            message: 'property name must be valid',
                            schema: schema17.propertyNames,
                            parentSchema: schema17,
                            data: data11
                        };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                }
                for (const key4 in data11) {
                    let data12 = data11[key4];
                    if (!(data12 === 'error' ||
                        data12 === 'warning' ||
                        data12 === 'notice' ||
                        data12 === 'off')) {
                        const err19 = {
                            instancePath: instancePath + '/rules/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                            schemaPath: '#/definitions/rules/additionalProperties/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema17.additionalProperties.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema17.additionalProperties.enum,
                            parentSchema: schema17.additionalProperties,
                            data: data12
                        };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err20 = {
                    instancePath: instancePath + '/rules',
                    schemaPath: '#/definitions/rules/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema17.type,
                    parentSchema: schema17,
                    data: data11
                };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
        }
        if (data.overrides !== undefined) {
            let data13 = data.overrides;
            if (Array.isArray(data13)) {
                const len1 = data13.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    if (!validate73(data13[i1], {
                        instancePath: instancePath + '/overrides/' + i1,
                        parentData: data13,
                        parentDataProperty: i1,
                        rootData
                    })) {
                        vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err21 = {
                    instancePath: instancePath + '/overrides',
                    schemaPath: '#/properties/overrides/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                    schema: schema11.properties.overrides.type,
                    parentSchema: schema11.properties.overrides,
                    data: data13
                };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
    }
    else {
        const err22 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema11.type,
            parentSchema: schema11,
            data
        };
        if (vErrors === null) {
            vErrors = [err22];
        }
        else {
            vErrors.push(err22);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

/** The schema validator, compiled ahead of time (see __tests__/baseline/schema.test.ts). */
const validate = validate$1;
/** `/env/GOFLAGS` -> `['env', 'GOFLAGS']` (JSON Pointer unescaping, array indexes as numbers). */
function pointerPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function describePath(path) {
    return path.length
        ? path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.')
        : 'the file';
}
function typeName(v) {
    return v === null
        ? 'null'
        : Array.isArray(v)
            ? 'a list'
            : typeof v === 'object'
                ? 'a map'
                : `a ${typeof v}`;
}
/** Turns one ajv error into a message with a position, a suggestion and a fix. */
function toProblem(e, source) {
    const path = pointerPath(e.instancePath);
    const where = describePath(path);
    const params = e.params;
    switch (e.keyword) {
        case 'additionalProperty':
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const known = Object.keys(e.parentSchema?.properties ?? {});
            const isEnv = path[path.length - 1] === 'env';
            const guess = suggest(key, known);
            return {
                message: `unknown ${isEnv ? 'go env key' : 'key'} "${key}" in ${where}${didYouMean(key, known)}`,
                location: source.locate(path, key),
                fix: guess
                    ? `rename it to "${guess}"`
                    : isEnv
                        ? 'use a key that `go env` prints (see `go help environment`)'
                        : `use one of: ${known.join(', ')}`
            };
        }
        case 'required':
            return {
                message: `${where} is missing the required key "${String(params.missingProperty)}"`,
                location: source.locate(path),
                fix: params.missingProperty === 'version' ? 'add `version: 1` at the top' : undefined
            };
        case 'const':
            return {
                message: `${where} must be ${JSON.stringify(params.allowedValue)}, found ${JSON.stringify(e.data)}`,
                location: source.locate(path)
            };
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            return {
                message: `${where} must be one of ${allowed.join(', ')}, found ${JSON.stringify(e.data)}${didYouMean(String(e.data), allowed)}`,
                location: source.locate(path)
            };
        }
        case 'pattern':
            if (e.propertyName !== undefined) {
                return {
                    message: `"${e.propertyName}" in ${where} is not a rule ID (GBG followed by three digits, e.g. GBG101)`,
                    location: source.locate(path, e.propertyName)
                };
            }
            return {
                message: `${where} has an invalid value ${JSON.stringify(e.data)}`,
                location: source.locate(path),
                fix: String(e.parentSchema?.description ?? '')
            };
        case 'anyOf':
            return {
                message: `${where} must be ${anyOfExpectation(e)}, found ${typeName(e.data)}`,
                location: source.locate(path),
                fix: typeof e.data === 'number' || typeof e.data === 'boolean'
                    ? `quote it: "${String(e.data)}"`
                    : undefined
            };
        case 'minItems':
        case 'minProperties':
            return { message: `${where} must not be empty`, location: source.locate(path) };
        default:
            return { message: `${where} ${e.message ?? 'is invalid'}`, location: source.locate(path) };
    }
}
function anyOfExpectation(e) {
    const branches = e.schema.map((b) => b.$ref
        ? 'a matcher such as { one-of: [...] }'
        : b.type === 'array'
            ? 'a list of strings'
            : 'a string');
    return branches.join(' or ');
}
/**
 * Drops the noise of `anyOf`: the per-branch type errors, and the `anyOf` error itself when a
 * branch that fits the value's shape reported something more precise at or below it.
 */
function relevant(errors) {
    const anyOfAt = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
    const kept = errors.filter((e) => !(e.keyword === 'type' && anyOfAt.has(e.instancePath)) && e.keyword !== 'propertyNames');
    // Every path at or above a precise (non-anyOf) error: one set, so the filter is linear.
    const covered = new Set();
    for (const o of kept) {
        if (o.keyword === 'anyOf')
            continue;
        for (let p = o.instancePath; !covered.has(p); p = p.slice(0, Math.max(p.lastIndexOf('/'), 0))) {
            covered.add(p);
            if (p === '')
                break;
        }
    }
    return kept.filter((e) => e.keyword !== 'anyOf' || !covered.has(e.instancePath));
}
/** At most this many problems are placed and described (the rest are counted). */
const MAX_PROBLEMS = 100;
/** At most this many problems are listed in the error message. */
const LISTED_PROBLEMS = 20;
/**
 * Validates the parsed data against the schema; the problems sorted by position. Only the first
 * MAX_PROBLEMS errors are described (a hostile file can have one per line); `more` counts the rest.
 */
function schemaProblems(data, source) {
    if (validate(data))
        return [];
    const errors = relevant(validate.errors ?? []);
    const problems = errors
        .slice(0, MAX_PROBLEMS)
        .map((e) => toProblem(e, source))
        .sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) ||
        (a.location.column ?? 0) - (b.location.column ?? 0));
    if (errors.length > MAX_PROBLEMS)
        problems.more = errors.length - MAX_PROBLEMS;
    return problems;
}
/** Throws one UsageError for all problems: the first one placed, the next ones listed after it. */
function throwProblems(problems) {
    const [first, ...rest] = problems;
    if (!first)
        return;
    const more = rest
        .slice(0, LISTED_PROBLEMS - 1)
        .map((p) => `\n  ${p.location.file}:${p.location.line}:${p.location.column}: ${p.message}`);
    const unlisted = rest.length - more.length + (problems.more ?? 0);
    if (unlisted > 0)
        more.push(`\n  ... and ${unlisted} more`);
    throw new UsageError(`invalid baseline: ${first.message}${more.join('')}`, first.location, first.fix || undefined);
}

export { schemaProblems, throwProblems };
