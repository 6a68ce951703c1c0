/**
 * Module versions the way golang.org/x/mod/semver and x/mod/module see them: `v1.2.3`,
 * short forms `v1`/`v1.2` (canonicalised to `v1.0.0`/`v1.2.0`), prereleases, `+incompatible`,
 * and the major-version suffix of module paths (`/v2`, `gopkg.in/x.v3`).
 */

interface Parsed {
  major: string
  minor: string
  patch: string
  short: string
  prerelease: string
  build: string
}

const IDENT_PART = /^[0-9A-Za-z-]+$/

function parse(v: string): Parsed | undefined {
  const m = /^v(0|[1-9][0-9]*)(?:\.(0|[1-9][0-9]*)(?:\.(0|[1-9][0-9]*)(-[^+]*)?(\+.*)?)?)?$/.exec(v)
  if (!m) return undefined
  const [, major, minor, patch, pre, build] = m
  if (minor === undefined) {
    return {
      major: major as string,
      minor: '0',
      patch: '0',
      short: '.0.0',
      prerelease: '',
      build: ''
    }
  }
  if (patch === undefined) {
    return { major: major as string, minor, patch: '0', short: '.0', prerelease: '', build: '' }
  }
  if (pre !== undefined && !validParts(pre.slice(1), true)) return undefined
  if (build !== undefined && !validParts(build.slice(1), false)) return undefined
  return {
    major: major as string,
    minor,
    patch,
    short: '',
    prerelease: pre ?? '',
    build: build ?? ''
  }
}

function validParts(s: string, noLeadingZero: boolean): boolean {
  return s.split('.').every((p) => IDENT_PART.test(p) && !(noLeadingZero && /^0[0-9]+$/.test(p)))
}

export function isValidSemver(v: string): boolean {
  return parse(v) !== undefined
}

/** semver.Canonical: `v1.2` -> `v1.2.0`, build metadata dropped; '' if invalid. */
export function canonicalSemver(v: string): string {
  const p = parse(v)
  if (!p) return ''
  if (p.build) return v.slice(0, v.length - p.build.length)
  return p.short ? v + p.short : v
}

/** module.CanonicalVersion: like canonicalSemver but keeps `+incompatible`. */
export function canonicalModuleVersion(v: string): string {
  const cv = canonicalSemver(v)
  return parse(v)?.build === '+incompatible' ? cv + '+incompatible' : cv
}

export function semverMajor(v: string): string {
  const p = parse(v)
  return p ? v.slice(0, 1 + p.major.length) : ''
}

function compareInt(x: string, y: string): number {
  if (x === y) return 0
  if (x.length !== y.length) return x.length < y.length ? -1 : 1
  return x < y ? -1 : 1
}

function comparePrerelease(x: string, y: string): number {
  if (x === y) return 0
  if (x === '') return 1
  if (y === '') return -1
  const xs = x.slice(1).split('.')
  const ys = y.slice(1).split('.')
  for (let i = 0; i < xs.length && i < ys.length; i++) {
    const dx = xs[i] as string
    const dy = ys[i] as string
    if (dx === dy) continue
    const ix = /^[0-9]+$/.test(dx)
    const iy = /^[0-9]+$/.test(dy)
    if (ix !== iy) return ix ? -1 : 1
    if (ix) return compareInt(dx, dy)
    return dx < dy ? -1 : 1
  }
  return xs.length < ys.length ? -1 : xs.length > ys.length ? 1 : 0
}

/** semver.Compare: invalid versions sort before valid ones and are equal to each other. */
export function compareSemver(v: string, w: string): number {
  const pv = parse(v)
  const pw = parse(w)
  if (!pv || !pw) return (pv ? 1 : 0) - (pw ? 1 : 0)
  return (
    compareInt(pv.major, pw.major) ||
    compareInt(pv.minor, pw.minor) ||
    compareInt(pv.patch, pw.patch) ||
    comparePrerelease(pv.prerelease, pw.prerelease)
  )
}

/** module.SplitPathVersion: the `/vN` (or gopkg.in `.vN`) suffix of a module path. */
export function splitPathVersion(path: string): { prefix: string; pathMajor: string; ok: boolean } {
  if (path.startsWith('gopkg.in/')) return splitGopkgIn(path)
  let i = path.length
  let dot = false
  while (i > 0 && /[0-9.]/.test(path[i - 1] as string)) {
    if (path[i - 1] === '.') dot = true
    i--
  }
  if (i <= 1 || i === path.length || path[i - 1] !== 'v' || path[i - 2] !== '/') {
    return { prefix: path, pathMajor: '', ok: true }
  }
  const prefix = path.slice(0, i - 2)
  const pathMajor = path.slice(i - 2)
  if (dot || pathMajor.length <= 2 || pathMajor[2] === '0' || pathMajor === '/v1') {
    return { prefix: path, pathMajor: '', ok: false }
  }
  return { prefix, pathMajor, ok: true }
}

function splitGopkgIn(path: string): { prefix: string; pathMajor: string; ok: boolean } {
  let i = path.length
  if (path.endsWith('-unstable')) i -= '-unstable'.length
  while (i > 0 && /[0-9]/.test(path[i - 1] as string)) i--
  if (i <= 1 || path[i - 1] !== 'v' || path[i - 2] !== '.')
    return { prefix: path, pathMajor: '', ok: false }
  const prefix = path.slice(0, i - 2)
  const pathMajor = path.slice(i - 2)
  if (pathMajor.length <= 2 || (pathMajor[2] === '0' && pathMajor !== '.v0')) {
    return { prefix: path, pathMajor: '', ok: false }
  }
  return { prefix, pathMajor, ok: true }
}

/** module.CheckPathMajor: undefined when `v` matches the path's major suffix, else Go's reason. */
export function checkPathMajor(v: string, pathMajor: string): string | undefined {
  let pm = pathMajor
  if (pm.startsWith('.v') && pm.endsWith('-unstable')) pm = pm.slice(0, -'-unstable'.length)
  if (v.startsWith('v0.0.0-') && pm === '.v1') return undefined
  const m = semverMajor(v)
  if (pm === '') {
    if (m === 'v0' || m === 'v1' || parse(v)?.build === '+incompatible') return undefined
    pm = 'v0 or v1'
  } else if (pm.startsWith('/') || pm.startsWith('.')) {
    if (m === pm.slice(1)) return undefined
    pm = pm.slice(1)
  }
  return `should be ${pm}, not ${m}`
}
