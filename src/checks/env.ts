import type { Finding, RuleMeta } from '../types.js'
import type { Facts } from '../facts/types.js'
import type { Check } from './types.js'
import { goFlagsFields, sourceOf, unsetHint } from './source.js'

export const CHECKSUM_BYPASS: RuleMeta = {
  id: 'GBG101',
  name: 'checksum-db-disabled',
  area: 'env',
  defaultSeverity: 'error',
  summary:
    'The checksum database is bypassed (GOSUMDB=off, GONOSUMCHECK, GOFLAGS=-insecure, or GONOSUMDB/GOPRIVATE matching every module).',
  fix: 'Remove the bypass: `go env -u GOSUMDB` (or unset it in the workflow); list only your private module prefixes in GOPRIVATE/GONOSUMDB.'
}

export const GOFLAGS_MOD_MOD: RuleMeta = {
  id: 'GBG102',
  name: 'goflags-mod-mod',
  area: 'env',
  defaultSeverity: 'error',
  summary:
    'GOFLAGS contains -mod=mod: go commands silently rewrite go.mod and go.sum instead of failing on drift.',
  fix: 'Remove -mod=mod from GOFLAGS (`go env -u GOFLAGS` or the workflow env); run `go mod tidy` locally and commit the result.'
}

export const GO_COMMAND_FAILS: RuleMeta = {
  id: 'GBG103',
  name: 'go-command-fails',
  area: 'env',
  defaultSeverity: 'error',
  summary:
    '`go version` fails in this environment although `go env` runs (e.g. GOFLAGS holds a field that is not a flag): every go build will fail the same way.',
  fix: 'Run `go version` to see the error; fix the setting it names (for GOFLAGS: every space-separated field must start with -).'
}

function goCommandFails(facts: Facts): Finding[] {
  const error = facts.go.versionError
  if (error === undefined) return []
  const goflagsBroken = /\$GOFLAGS/.test(error)
  const source = goflagsBroken ? sourceOf(facts, 'GOFLAGS') : undefined
  return [
    {
      rule: GO_COMMAND_FAILS.id,
      severity: GO_COMMAND_FAILS.defaultSeverity,
      message: `\`go version\` fails: ${error}${source ? ` (GOFLAGS set by ${source})` : ''}`,
      actual: goflagsBroken ? `GOFLAGS=${facts.go.env.GOFLAGS ?? ''}` : error,
      ...(source ? { source } : {}),
      ...(goflagsBroken ? { envKey: 'GOFLAGS' } : {}),
      fix: goflagsBroken
        ? `${unsetHint('GOFLAGS', facts.go.sources.GOFLAGS)}, or make every space-separated field of GOFLAGS a flag (starting with -)`
        : GO_COMMAND_FAILS.fix
    }
  ]
}

/** True when a GOPRIVATE/GONOSUMDB-style pattern matches (nearly) every module path. */
export function isWildcardWide(pattern: string): boolean {
  const first = pattern.trim().split('/')[0] ?? ''
  return first !== '' && /^[*?.]+$/.test(first) && first.includes('*')
}

function checksumBypass(facts: Facts): Finding[] {
  const env = facts.go.env
  const findings: Finding[] = []
  const add = (key: string, actual: string, message: string) =>
    findings.push({
      rule: CHECKSUM_BYPASS.id,
      severity: CHECKSUM_BYPASS.defaultSeverity,
      message: `${message}${sourceOf(facts, key) ? ` (set by ${sourceOf(facts, key)})` : ''}`,
      expected: key === 'GOSUMDB' ? 'sum.golang.org (or your mirror)' : 'not a bypass',
      actual: `${key}=${actual}`,
      source: sourceOf(facts, key),
      envKey: key,
      fix:
        key === 'GONOSUMDB' || key === 'GOPRIVATE'
          ? `list only your private module prefixes in ${key} (e.g. ${key}=*.corp.example.com)`
          : unsetHint(key, facts.go.sources[key])
    })
  if ((env.GOSUMDB ?? '').trim() === 'off') {
    add(
      'GOSUMDB',
      'off',
      'GOSUMDB=off disables the checksum database: downloaded modules are not verified'
    )
  }
  const nosumcheck = facts.processEnv.GONOSUMCHECK
  if (nosumcheck !== undefined && nosumcheck !== '' && nosumcheck !== '0') {
    add('GONOSUMCHECK', nosumcheck, `GONOSUMCHECK=${nosumcheck} asks to skip checksum verification`)
  }
  if (goFlagsFields(env.GOFLAGS).some((f) => /^--?insecure(=|$)/.test(f))) {
    add(
      'GOFLAGS',
      env.GOFLAGS ?? '',
      'GOFLAGS contains -insecure: modules may be fetched without TLS or checksums'
    )
  }
  // GONOSUMDB defaults to GOPRIVATE when unset, and `go env` then prints GOPRIVATE's value as
  // GONOSUMDB: name the variable the user set.
  const nosumdb = env.GONOSUMDB ?? ''
  const derived =
    facts.go.sources.GONOSUMDB?.derivedFrom === 'GOPRIVATE' ||
    (nosumdb !== '' && nosumdb === (env.GOPRIVATE ?? ''))
  const key = nosumdb !== '' && !derived ? 'GONOSUMDB' : 'GOPRIVATE'
  const wide = (env[key] ?? '').split(',').filter(isWildcardWide)
  if (wide.length > 0) {
    add(
      key,
      env[key] ?? '',
      `${key} pattern '${wide[0]}' matches every module: the checksum database is never consulted`
    )
  }
  return findings
}

function goflagsModMod(facts: Facts): Finding[] {
  const goflags = facts.go.env.GOFLAGS ?? ''
  if (!goFlagsFields(goflags).some((f) => /^--?mod=mod$/.test(f))) return []
  const source = sourceOf(facts, 'GOFLAGS')
  return [
    {
      rule: GOFLAGS_MOD_MOD.id,
      severity: GOFLAGS_MOD_MOD.defaultSeverity,
      message: `GOFLAGS=${goflags} contains -mod=mod${source ? ` (set by ${source})` : ''}: go build may rewrite go.mod and go.sum instead of failing`,
      expected: 'GOFLAGS without -mod=mod',
      actual: `GOFLAGS=${goflags}`,
      source,
      envKey: 'GOFLAGS',
      fix: `${unsetHint('GOFLAGS', facts.go.sources.GOFLAGS)}; then run \`go mod tidy\` locally and commit go.mod and go.sum`
    }
  ]
}

export const envChecks: Check[] = [
  { rules: [CHECKSUM_BYPASS], run: checksumBypass },
  { rules: [GOFLAGS_MOD_MOD], run: goflagsModMod },
  { rules: [GO_COMMAND_FAILS], run: goCommandFails }
]
