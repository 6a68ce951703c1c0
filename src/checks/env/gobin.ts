import { normalisePath, pathListSeparator } from '../../baseline/env.js'
import type { Baseline } from '../../baseline/types.js'
import type { Facts } from '../../facts/types.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { keyFinding } from './policy.js'

export const GOBIN_NOT_ON_PATH: RuleMeta = {
  id: 'GBG141',
  name: 'gobin-not-on-path',
  area: 'env',
  defaultSeverity: 'warning',
  summary:
    'GOBIN is set but not on PATH: tools installed with `go install` are not found by later steps.',
  fix: 'Add GOBIN to PATH (in a workflow: `echo "$(go env GOBIN)" >> "$GITHUB_PATH"`), or unset GOBIN.'
}

/** The PATH of the process (`Path` on Windows). */
function pathVar(env: Record<string, string | undefined>): string {
  return env.PATH ?? env.Path ?? ''
}

function run(facts: Facts, _baseline: Baseline): Finding[] {
  const gobin = facts.go.env.GOBIN ?? ''
  if (gobin === '') return []
  const os = facts.platform
  const entries = pathVar(facts.processEnv)
    .split(pathListSeparator(os))
    .filter(Boolean)
    .map((p) => normalisePath(p, os))
  if (entries.includes(normalisePath(gobin, os))) return []
  return [
    keyFinding(GOBIN_NOT_ON_PATH, facts, 'GOBIN', {
      message: `GOBIN=${gobin} is not on PATH: binaries from \`go install\` will not be found.`,
      expected: 'GOBIN listed in PATH',
      fix: `add ${gobin} to PATH (GitHub Actions: echo "${gobin}" >> "$GITHUB_PATH")`
    })
  ]
}

export const gobinCheck: Check = { rules: [GOBIN_NOT_ON_PATH], run }
