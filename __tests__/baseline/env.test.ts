import { beforeAll, describe, expect, it } from '@jest/globals'
import {
  correctedList,
  expandPlaceholders,
  listElements,
  matchEnvValue,
  normalisePath,
  placeholderValues,
  type EnvMatcher,
  type MatchContext
} from '../../src/baseline/env.js'
import { loadRegexEngine } from '../../src/baseline/regex.js'
import { loadSemver } from '../../src/goversion.js'

const linux: MatchContext = {
  os: 'linux',
  placeholders: { HOME: '/home/u', GOROOT: '/usr/local/go' }
}
const ok = (key: string, actual: string | undefined, m: EnvMatcher, ctx = linux) =>
  matchEnvValue(key, actual, m, ctx).ok

describe('simple matchers', () => {
  it('exact compares the whole string, case included', () => {
    expect(ok('CGO_ENABLED', '0', { kind: 'exact', value: '0' })).toBe(true)
    expect(ok('CGO_ENABLED', '1', { kind: 'exact', value: '0' })).toBe(false)
    expect(ok('GOOS', 'Linux', { kind: 'exact', value: 'linux' })).toBe(false)
  })

  it('one-of accepts any listed value only', () => {
    const m: EnvMatcher = { kind: 'one-of', values: ['off', 'https://proxy.golang.org,direct'] }
    expect(ok('GOPROXY', 'off', m)).toBe(true)
    expect(ok('GOPROXY', 'direct', m)).toBe(false)
  })

  it('regex must match the whole value', async () => {
    await loadRegexEngine() // the baseline loader does this before it builds a regex matcher
    const m: EnvMatcher = { kind: 'regex', pattern: 'linux|darwin' }
    expect(ok('GOOS', 'darwin', m)).toBe(true)
    expect(ok('GOOS', 'linuxish', m)).toBe(false)
  })

  it('unset accepts empty or absent keys; ignore accepts anything', () => {
    expect(ok('GOINSECURE', '', { kind: 'unset' })).toBe(true)
    expect(ok('GOFIPS140', undefined, { kind: 'unset' })).toBe(true)
    expect(ok('GOINSECURE', '*', { kind: 'unset' })).toBe(false)
    expect(ok('GOGCCFLAGS', '-fPIC', { kind: 'ignore' })).toBe(true)
    expect(ok('GOGCCFLAGS', undefined, { kind: 'ignore' })).toBe(true)
  })

  it('a key the running Go does not report fails every other matcher, saying why', () => {
    const r = matchEnvValue('GOFIPS140', undefined, { kind: 'exact', value: 'off' }, linux)
    expect(r).toEqual({ ok: false, expected: '"off"', reason: 'this Go does not report GOFIPS140' })
  })
})

describe('semver on GOVERSION', () => {
  beforeAll(loadSemver) // the baseline loader does this before it reads any range

  const m: EnvMatcher = { kind: 'semver', range: '>=1.22.0 <1.24' }
  it('places Go versions in the range the way Go orders them', () => {
    expect(ok('GOVERSION', 'go1.22.12', m)).toBe(true)
    expect(ok('GOVERSION', 'go1.23.0', m)).toBe(true)
    expect(ok('GOVERSION', 'go1.24.0', m)).toBe(false)
    expect(ok('GOVERSION', 'go1.21.13', m)).toBe(false)
    expect(ok('GOVERSION', 'go1.24rc1', m)).toBe(false)
  })
  it('says when GOVERSION is not a release version', () => {
    const r = matchEnvValue('GOVERSION', 'devel go1.27-abc', m, linux)
    expect(r.ok).toBe(false)
    expect(r.reason).toContain('not a Go release version')
  })
})

describe('list matchers', () => {
  it('splits GOFLAGS on spaces, GOPROXY on , and |, the rest on ,', () => {
    expect(listElements('GOFLAGS', ' -mod=mod   -trimpath ')).toEqual(['-mod=mod', '-trimpath'])
    expect(listElements('GOPROXY', 'https://a|https://b,direct')).toEqual([
      'https://a',
      'https://b',
      'direct'
    ])
    expect(listElements('GOPRIVATE', 'a.com/*,,b.com')).toEqual(['a.com/*', 'b.com'])
  })

  it('not-contains on GOFLAGS: a bare flag name matches every value of it, -- equals -', () => {
    const m: EnvMatcher = { kind: 'list', contains: [], notContains: ['-mod'] }
    expect(ok('GOFLAGS', '-trimpath -mod=vendor', m)).toBe(false)
    expect(ok('GOFLAGS', '--mod=mod', m)).toBe(false)
    expect(ok('GOFLAGS', '-modcacherw -trimpath', m)).toBe(true)
    const exact: EnvMatcher = { kind: 'list', contains: [], notContains: ['-mod=mod'] }
    expect(ok('GOFLAGS', '-mod=vendor', exact)).toBe(true)
  })

  it('contains requires every element and reports both missing and forbidden ones', () => {
    const m: EnvMatcher = { kind: 'list', contains: ['example.com/*'], notContains: ['*'] }
    expect(ok('GOPRIVATE', 'example.com/*,corp.com', m)).toBe(true)
    const r = matchEnvValue('GOPRIVATE', '*', m, linux)
    expect(r.reason).toBe('missing example.com/*; contains *')
  })

  it('corrects a list value for the fix', () => {
    const m: EnvMatcher = { kind: 'list', contains: ['-trimpath'], notContains: ['-mod=mod'] }
    expect(correctedList('GOFLAGS', '-mod=mod -v', m)).toBe('-v -trimpath')
    expect(correctedList('GOFLAGS', '-mod=mod', { ...m, contains: [] })).toBe('')
  })
})

describe('paths with placeholders', () => {
  it('expands placeholders and reports a missing one', () => {
    expect(expandPlaceholders('${HOME}/go', { HOME: '/h' })).toEqual({ value: '/h/go' })
    expect(expandPlaceholders('${RUNNER_TEMP}/x', {})).toEqual({ missing: 'RUNNER_TEMP' })
    const r = matchEnvValue('GOCACHE', '/tmp/x', { kind: 'path', value: '${RUNNER_TEMP}/x' }, linux)
    expect(r.ok).toBe(false)
    expect(r.reason).toContain('${RUNNER_TEMP}')
  })

  it('Linux: case-sensitive, trailing slashes ignored', () => {
    const m: EnvMatcher = { kind: 'path', value: '${HOME}/.cache/go-build/' }
    expect(ok('GOCACHE', '/home/u/.cache/go-build', m)).toBe(true)
    expect(ok('GOCACHE', '/home/U/.cache/go-build', m)).toBe(false)
  })

  it('Windows: backslashes and forward slashes are the same, case is ignored, lists split on ;', () => {
    const win: MatchContext = { os: 'win32', placeholders: { HOME: 'C:\\Users\\Runner' } }
    expect(
      ok(
        'GOCACHE',
        'c:\\users\\runner\\AppData\\Local\\go-build',
        { kind: 'path', value: '${HOME}/AppData/Local/go-build' },
        win
      )
    ).toBe(true)
    expect(
      ok(
        'GOCACHE',
        'D:\\Users\\runner\\AppData\\Local\\go-build',
        { kind: 'path', value: '${HOME}/AppData/Local/go-build' },
        win
      )
    ).toBe(false)
    expect(
      ok(
        'GOPATH',
        'C:\\Users\\runner\\go;D:\\go',
        { kind: 'path', value: '${HOME}\\go;d:/GO' },
        win
      )
    ).toBe(true)
    expect(
      ok('GOPATH', 'C:\\Users\\runner\\go', { kind: 'path', value: '${HOME}\\go;d:/GO' }, win)
    ).toBe(false)
  })

  it('macOS: case-insensitive, / only', () => {
    const mac: MatchContext = { os: 'darwin', placeholders: { HOME: '/Users/runner' } }
    const m: EnvMatcher = { kind: 'path', value: '${HOME}/Library/Caches/go-build' }
    expect(ok('GOCACHE', '/users/RUNNER/library/caches/go-build', m, mac)).toBe(true)
    expect(ok('GOCACHE', '/Users/runner/Library/Caches/go-build2', m, mac)).toBe(false)
  })

  it('normalises separators only where they are separators', () => {
    expect(normalisePath('C:\\a\\b\\', 'win32')).toBe('c:/a/b')
    expect(normalisePath('C:\\', 'win32')).toBe('c:/')
    expect(normalisePath('/a\\b', 'linux')).toBe('/a\\b')
  })

  it('takes placeholder values from the machine', () => {
    expect(
      placeholderValues({
        processEnv: { USERPROFILE: 'C:\\Users\\r', RUNNER_TEMP: 'D:\\t' },
        goEnv: { GOROOT: 'C:\\go' },
        root: 'D:\\repo'
      })
    ).toEqual({
      HOME: 'C:\\Users\\r',
      GOROOT: 'C:\\go',
      RUNNER_TEMP: 'D:\\t',
      WORKSPACE: 'D:\\repo'
    })
    expect(
      placeholderValues({ processEnv: { GITHUB_WORKSPACE: '/w' }, goEnv: {}, root: '/repo' })
    ).toEqual({
      WORKSPACE: '/w'
    })
  })
})
