import type satisfiesFn from 'semver/functions/satisfies.js'
import type validRangeFn from 'semver/ranges/valid.js'

/**
 * Go version strings, compared the way Go compares them (go/version, cmd/go/internal/gover):
 * `1.21` (a language version) < `1.21rc1` < `1.21.0` < `1.21.1`, and `go1.22.3` is a toolchain name.
 */
export interface GoVersion {
  major: number
  minor: number
  /** -1 when absent (a language version such as `1.21` or a prerelease such as `1.21rc1`). */
  patch: number
  /** '' for a release, else 'alpha' | 'beta' | 'rc'. */
  kind: '' | 'alpha' | 'beta' | 'rc'
  pre: number
}

const VERSION = /^(\d+)(?:\.(\d+))?(?:\.(\d+)|(alpha|beta|rc)(\d+))?$/
const KIND_RANK = { '': 0, alpha: 1, beta: 2, rc: 3 } as const

/** Parses `1.21`, `1.21.0`, `1.21rc1`, `go1.22.3` (with or without the `go` prefix). Undefined if invalid. */
export function parseGoVersion(text: string): GoVersion | undefined {
  const m = VERSION.exec(text.startsWith('go') ? text.slice(2) : text)
  if (!m) return undefined
  const [, major, minor, patch, kind, pre] = m
  if (!isCanonicalNumber(major) || (minor !== undefined && !isCanonicalNumber(minor)))
    return undefined
  if (patch !== undefined && !isCanonicalNumber(patch)) return undefined
  // Go 1.0 has no minor ("1"); anything else needs one.
  if (minor === undefined && (major !== '1' || patch !== undefined || kind !== undefined)) {
    return undefined
  }
  return {
    major: Number(major),
    minor: minor === undefined ? 0 : Number(minor),
    patch: patch === undefined ? -1 : Number(patch),
    kind: (kind ?? '') as GoVersion['kind'],
    pre: pre === undefined ? 0 : Number(pre)
  }
}

function isCanonicalNumber(s: string | undefined): boolean {
  return s !== undefined && (s === '0' || !s.startsWith('0'))
}

/** Go's ordering. Invalid versions sort before valid ones (as in go/version). */
export function compareGoVersions(a: string, b: string): number {
  const x = parseGoVersion(a)
  const y = parseGoVersion(b)
  if (!x || !y) return (x ? 1 : 0) - (y ? 1 : 0)
  return (
    x.major - y.major ||
    x.minor - y.minor ||
    x.patch - y.patch ||
    KIND_RANK[x.kind] - KIND_RANK[y.kind] ||
    x.pre - y.pre
  )
}

/** The semver spelling of a Go version, for range matching: `1.22` -> `1.22.0`, `1.21rc2` -> `1.21.0-rc.2`. */
export function goVersionToSemver(text: string): string | undefined {
  const v = parseGoVersion(text)
  if (!v) return undefined
  const core = `${v.major}.${v.minor}.${Math.max(v.patch, 0)}`
  return v.kind ? `${core}-${v.kind}.${v.pre}` : core
}

/**
 * The range matcher: the two semver functions used (not the whole package). Only a baseline file
 * can hold a version range, so they load with it (`loadSemver`, awaited by the baseline loader),
 * never at start-up.
 */
let semver: { satisfies: typeof satisfiesFn; validRange: typeof validRangeFn } | undefined

/** Loads the range matcher; the baseline loader awaits it before it reads any range. */
export async function loadSemver(): Promise<void> {
  if (semver) return
  const [satisfies, validRange] = await Promise.all([
    import('semver/functions/satisfies.js'),
    import('semver/ranges/valid.js')
  ])
  semver = { satisfies: satisfies.default, validRange: validRange.default }
}

function ranges(): NonNullable<typeof semver> {
  if (!semver) throw new Error('internal error: a version range before loadSemver()')
  return semver
}

/** True when `range` (npm semver syntax, e.g. `>=1.22.0 <1.24`) is a valid range. */
export function isValidGoRange(range: string): boolean {
  return ranges().validRange(range, { includePrerelease: true }) !== null
}

/** Whether a Go version lies in a semver range. Undefined when the version is not a Go version. */
export function goVersionInRange(version: string, range: string): boolean | undefined {
  const s = goVersionToSemver(version)
  if (s === undefined) return undefined
  return ranges().satisfies(s, range, { includePrerelease: true })
}
