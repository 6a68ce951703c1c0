/**
 * The JSON Schema of the baseline file. This object is the source of truth;
 * schema/go-baseline.schema.json is the same object written out for editors
 * (a test keeps the two identical).
 */

import { SCHEMA_URL } from '../project.js'

/** Where editors fetch the schema (the `# yaml-language-server: $schema=` line). */
export { SCHEMA_URL }

/** Every key some Go release prints in `go env` or documents in `go help environment`. */
export const KNOWN_GO_ENV_KEYS = [
  'AR',
  'CC',
  'CGO_CFLAGS',
  'CGO_CFLAGS_ALLOW',
  'CGO_CFLAGS_DISALLOW',
  'CGO_CPPFLAGS',
  'CGO_CXXFLAGS',
  'CGO_ENABLED',
  'CGO_FFLAGS',
  'CGO_LDFLAGS',
  'CXX',
  'FC',
  'GCCGO',
  'GO111MODULE',
  'GO386',
  'GOAMD64',
  'GOARCH',
  'GOARM',
  'GOARM64',
  'GOAUTH',
  'GOBIN',
  'GOCACHE',
  'GOCACHEPROG',
  'GOCOVERDIR',
  'GODEBUG',
  'GOENV',
  'GOEXE',
  'GOEXPERIMENT',
  'GOFIPS140',
  'GOFLAGS',
  'GOGCCFLAGS',
  'GOHOSTARCH',
  'GOHOSTOS',
  'GOINSECURE',
  'GOMIPS',
  'GOMIPS64',
  'GOMOD',
  'GOMODCACHE',
  'GONOPROXY',
  'GONOSUMDB',
  'GOOS',
  'GOPATH',
  'GOPPC64',
  'GOPRIVATE',
  'GOPROXY',
  'GORISCV64',
  'GOROOT',
  'GOSUMDB',
  'GOTELEMETRY',
  'GOTELEMETRYDIR',
  'GOTMPDIR',
  'GOTOOLCHAIN',
  'GOTOOLDIR',
  'GOVCS',
  'GOVERSION',
  'GOWASM',
  'GOWORK',
  'GO_EXTLINK_ENABLED',
  'PKG_CONFIG'
] as const

export const MATCHER_KEYS = [
  'exact',
  'one-of',
  'regex',
  'unset',
  'ignore',
  'semver',
  'contains',
  'not-contains',
  'path'
] as const

/** Ajv options of the validator (ahead-of-time compiled into schema-validator.generated.ts). */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true } as const

export const SEVERITY_VALUES = ['error', 'warning', 'notice', 'off'] as const
export const GOTOOLCHAIN_MODES = [
  'local',
  'auto',
  'path',
  'version',
  'version+auto',
  'version+path'
] as const
export const TOOLCHAIN_POLICIES = ['required', 'forbidden', 'optional'] as const

const stringList = { type: 'array', items: { type: 'string' }, minItems: 1 }

const matcherObject = {
  type: 'object',
  description:
    'One matcher (exact, one-of, regex, unset, ignore, semver, path) or contains/not-contains, plus an optional reason.',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    exact: { type: 'string', description: 'The value must be exactly this string.' },
    'one-of': { ...stringList, description: 'The value must be one of these strings.' },
    regex: {
      type: 'string',
      description:
        "The whole value must match this regular expression (RE2 syntax, as Go's regexp: no backreferences or lookaround)."
    },
    unset: { const: true, description: 'The key must be unset or empty.' },
    ignore: { const: true, description: 'Any value is accepted.' },
    semver: {
      type: 'string',
      description: 'GOVERSION only: a version range, e.g. ">=1.22.0 <1.24".'
    },
    contains: { ...stringList, description: 'List-like keys: elements that must be present.' },
    'not-contains': {
      ...stringList,
      description:
        'List-like keys: elements that must be absent (GOFLAGS: `-mod` matches `-mod=...`).'
    },
    path: {
      type: 'string',
      description:
        'A path (or path list) with ${HOME}, ${GOROOT}, ${RUNNER_TEMP}, ${WORKSPACE}; separators and case normalised per OS.'
    },
    reason: { type: 'string', description: 'Why the team chose this (shown in findings).' }
  }
}

const matcher = {
  description: 'A string is an exact value; an object is a richer matcher.',
  anyOf: [{ type: 'string' }, { $ref: '#/definitions/matcherObject' }]
}

const env = {
  type: 'object',
  description: 'Expectations on `go env` keys.',
  additionalProperties: false,
  properties: Object.fromEntries(
    KNOWN_GO_ENV_KEYS.map((k) => [k, { $ref: '#/definitions/matcher' }])
  )
}

const rules = {
  type: 'object',
  description: 'Per-rule severity overrides, e.g. `GBG102: warning`, or `off`.',
  propertyNames: { pattern: '^GBG[0-9]{3}$' },
  additionalProperties: { enum: [...SEVERITY_VALUES] }
}

const go = {
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
      description:
        '`required`, `forbidden`, `optional` (default), or an allowed range for the `toolchain` line, e.g. ">=1.23.0".'
    },
    gotoolchain: {
      type: 'array',
      description: 'Allowed GOTOOLCHAIN modes.',
      items: { enum: [...GOTOOLCHAIN_MODES] },
      minItems: 1
    }
  }
}

const cache = {
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
}

const selector = {
  description: 'One value or a list of values.',
  anyOf: [{ type: 'string' }, stringList]
}

const override = {
  type: 'object',
  additionalProperties: false,
  required: ['when'],
  properties: {
    when: {
      type: 'object',
      description: 'Applies when every given selector matches (GOOS, GOARCH, RUNNER_OS).',
      additionalProperties: false,
      minProperties: 1,
      properties: { goos: selector, goarch: selector, 'runner-os': selector }
    },
    env: { $ref: '#/definitions/env' },
    rules: { $ref: '#/definitions/rules' },
    go: { $ref: '#/definitions/go' },
    cache: { $ref: '#/definitions/cache' }
  }
}

export const baselineSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: SCHEMA_URL,
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
  definitions: { env, matcher, matcherObject, rules, go, cache, override }
}
