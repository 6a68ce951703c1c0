import {
  correctedList,
  describeMatcher,
  expandPlaceholders,
  matchEnvValue,
  placeholderValues,
  type EnvMatcher,
  type PlaceholderValues
} from '../../baseline/env.js'
import type { Baseline, EnvExpectation } from '../../baseline/types.js'
import type { Facts } from '../../facts/types.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { attribution, removeHint, setHint } from './attribution.js'

export const ENV_DRIFT: RuleMeta = {
  id: 'GBG110',
  name: 'env-drift',
  area: 'env',
  defaultSeverity: 'error',
  summary: 'A `go env` value differs from what the baseline expects.',
  fix: 'Change the value where it comes from (workflow env, `go env -w` file, $GOROOT/go.env) to what the baseline expects, or, if the change is intended, update the baseline (`go-baseline-gate record --force`).'
}

export const ENV_KEY_NOT_REPORTED: RuleMeta = {
  id: 'GBG111',
  name: 'env-key-not-reported',
  area: 'env',
  defaultSeverity: 'warning',
  summary:
    'The baseline expects a `go env` key that the running Go does not report (an older or newer Go than the baseline was written for).',
  fix: 'Use the Go version the baseline was written for, or mark the key `{ ignore: true }` (or `{ unset: true }`) in an override for the matrix leg that runs the other Go.'
}

/** The fix for one drifted key, given what the baseline wants and where the value came from. */
function driftFix(
  facts: Facts,
  key: string,
  actual: string,
  m: EnvMatcher,
  placeholders: PlaceholderValues
): string {
  const source = facts.go.sources[key]
  switch (m.kind) {
    case 'exact':
      return m.value === '' ? removeHint(facts, key) : setHint(key, m.value, source)
    case 'path': {
      const expanded = expandPlaceholders(m.value, placeholders)
      return 'value' in expanded
        ? setHint(key, expanded.value, source)
        : `set ${expanded.missing} (used by the baseline's \${${expanded.missing}})`
    }
    case 'unset':
      return removeHint(facts, key)
    case 'list': {
      const value = correctedList(key, actual, m)
      return value === '' ? removeHint(facts, key) : setHint(key, value, source)
    }
    default:
      return `set ${key} to ${describeMatcher(m)}: ${setHint(key, '<value>', source)}`
  }
}

function check(facts: Facts, e: EnvExpectation): Finding | undefined {
  const actual = facts.go.env[e.key]
  const placeholders = placeholderValues({
    processEnv: facts.processEnv,
    goEnv: facts.go.env,
    root: facts.root
  })
  const result = matchEnvValue(e.key, actual, e.matcher, { os: facts.platform, placeholders })
  if (result.ok) return undefined
  const why = result.reason ? ` (${result.reason})` : ''
  const reason = e.reason ? ` The baseline says: ${e.reason}.` : ''
  if (actual === undefined) {
    return {
      rule: ENV_KEY_NOT_REPORTED.id,
      severity: ENV_KEY_NOT_REPORTED.defaultSeverity,
      message: `The baseline expects ${e.key} ${result.expected}, but ${facts.go.version} does not report ${e.key}.${reason}`,
      location: e.location,
      expected: result.expected,
      actual: `(not reported by ${facts.go.version})`,
      fix: ENV_KEY_NOT_REPORTED.fix
    }
  }
  const source = attribution(facts, e.key)
  const fix = driftFix(facts, e.key, actual, e.matcher, placeholders)
  return {
    rule: ENV_DRIFT.id,
    severity: ENV_DRIFT.defaultSeverity,
    message: `${e.key}=${actual} but the baseline expects ${result.expected}${why}; it comes from ${source ?? 'an unknown source'}.${reason}`,
    location: e.location,
    expected: result.expected,
    actual,
    source,
    fix,
    envKey: e.key
  }
}

/** One finding per key of the baseline whose live value does not match. */
export const driftCheck: Check = {
  rules: [ENV_DRIFT, ENV_KEY_NOT_REPORTED],
  run(facts: Facts, baseline: Baseline): Finding[] {
    return baseline.env.map((e) => check(facts, e)).filter((f): f is Finding => f !== undefined)
  }
}
