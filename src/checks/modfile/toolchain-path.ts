/** GBG216: GOTOOLCHAIN `path` / `…+path` selects a toolchain that is not on PATH: go fails at startup. */
import type { Facts } from '../../facts/types.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { at } from './location.js'
import { selectToolchain } from './select-toolchain.js'

export const TOOLCHAIN_NOT_IN_PATH: RuleMeta = {
  id: 'GBG216',
  name: 'toolchain-not-in-path',
  area: 'modfile',
  defaultSeverity: 'error',
  summary:
    'GOTOOLCHAIN=path (or goX+path) makes go run the toolchain the go/toolchain line asks for from PATH, and no such executable is there: go fails with `cannot find "go1.X.Y" in PATH`.',
  fix: 'Install that Go in the job (actions/setup-go with go-version-file), put a go1.X.Y executable on PATH, or use GOTOOLCHAIN=auto / local.'
}

/** The toolchain go would look up on PATH and fail to find, if any. */
export function missingPathToolchain(facts: Facts): string | undefined {
  const sel = selectToolchain(facts)
  const found = facts.paths?.toolchainsOnPath
  if (!sel || sel.mode !== 'path' || found === undefined) return undefined
  if (sel.target === `go${sel.local}`) return undefined // the running go itself
  return found.includes(sel.target) ? undefined : sel.target
}

function run(facts: Facts): Finding[] {
  const missing = missingPathToolchain(facts)
  const sel = selectToolchain(facts)
  if (!missing || !sel) return []
  const file = sel.file ?? 'go.mod'
  return [
    {
      rule: TOOLCHAIN_NOT_IN_PATH.id,
      severity: TOOLCHAIN_NOT_IN_PATH.defaultSeverity,
      message: `go: cannot find "${missing}" in PATH (GOTOOLCHAIN=${sel.gotoolchain}${sel.reason ? `; ${file} asks for it` : ''})`,
      ...(sel.reason && sel.file ? { location: at(sel.file, sel.reason.directive.pos) } : {}),
      expected: `${missing} on PATH`,
      actual: 'not on PATH',
      source: `GOTOOLCHAIN=${sel.gotoolchain}`,
      fix: `Install ${missing} in the job (actions/setup-go with go-version-file: ${file}) or put a ${missing} executable on PATH; or set GOTOOLCHAIN=auto to download it.`
    }
  ]
}

export const toolchainPathCheck: Check = { rules: [TOOLCHAIN_NOT_IN_PATH], run }
