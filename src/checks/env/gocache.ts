import type { Baseline } from '../../baseline/types.js'
import type { DirProbe } from '../../facts/paths.js'
import type { Facts } from '../../facts/types.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { setHint } from './attribution.js'
import { keyFinding } from './policy.js'

export const GOCACHE_OFF: RuleMeta = {
  id: 'GBG130',
  name: 'gocache-off',
  area: 'env',
  defaultSeverity: 'error',
  summary:
    'GOCACHE is off or not an absolute path: since Go 1.12 go build fails without a build cache.',
  fix: 'Unset GOCACHE (the default is the user cache directory) or set it to an absolute directory.'
}

export const GOCACHE_UNUSABLE: RuleMeta = {
  id: 'GBG131',
  name: 'gocache-unwritable',
  area: 'env',
  defaultSeverity: 'error',
  summary:
    'GOCACHE is not a writable directory (or cannot be created): go build will fail to store results.',
  fix: 'Point GOCACHE at a writable directory (e.g. `${{ runner.temp }}/go-build`), or fix the directory permissions.'
}

/** Why a GOCACHE directory cannot be used, or undefined when it can. */
function problem(p: DirProbe): string | undefined {
  if (p.exists && !p.isDirectory) return 'exists but is not a directory'
  if (p.exists && !p.writable) return 'is not writable by this user'
  if (!p.exists && !p.creatable)
    return 'does not exist and cannot be created (no writable parent directory)'
  return undefined
}

function run(facts: Facts, _baseline: Baseline): Finding[] {
  const gocache = facts.go.env.GOCACHE
  if (gocache === undefined) return []
  const dflt = 'an absolute, writable directory'
  // Go prints a relative GOCACHE as "off" in `go env`, and says why only in its error.
  const relative =
    gocache !== 'off'
      ? !isAbsolute(gocache, facts.platform)
      : /GOCACHE is not an absolute path/.test(facts.go.envError ?? '')
  if (gocache === 'off' || relative) {
    const raw = relative && gocache === 'off' ? facts.processEnv.GOCACHE : gocache
    const shown = raw === undefined ? 'GOCACHE' : `GOCACHE=${raw}`
    return [
      keyFinding(GOCACHE_OFF, facts, 'GOCACHE', {
        message: `${shown} ${relative ? `is not an absolute path${gocache === 'off' ? ' (go env shows it as "off")' : ''}` : 'disables the build cache'}: go build refuses to run.`,
        expected: dflt,
        fix: setHint('GOCACHE', '<absolute directory>', facts.go.sources.GOCACHE)
      })
    ]
  }
  const probe = facts.paths?.gocache
  const why = probe && problem(probe)
  if (!why) return []
  return [
    keyFinding(GOCACHE_UNUSABLE, facts, 'GOCACHE', {
      message: `GOCACHE ${gocache} ${why}.`,
      expected: dflt,
      fix: `${setHint('GOCACHE', '<writable directory>', facts.go.sources.GOCACHE)}, or fix the permissions of ${gocache}`
    })
  ]
}

function isAbsolute(p: string, os: NodeJS.Platform): boolean {
  return os === 'win32' ? /^([A-Za-z]:[\\/]|\\\\)/.test(p) : p.startsWith('/')
}

/** GOCACHE usability is part of the recommended policy whether or not a baseline file exists. */
export const gocacheCheck: Check = { rules: [GOCACHE_OFF, GOCACHE_UNUSABLE], run }
