import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { builtinBaseline, loadBaseline } from '../../src/baseline/load.js'
import { UsageError } from '../../src/errors.js'

const FIXTURES = path.resolve('__fixtures__/baseline')
const target = { goos: 'linux', goarch: 'amd64', runnerOs: 'Linux' }

function load(file: string, t = target) {
  return loadBaseline({
    path: path.join(FIXTURES, file),
    root: process.cwd(),
    defaultPath: '.github/go-baseline.yml',
    ...t
  })
}

/** Writes text to a temp file and loads it; returns the UsageError it must throw. */
async function loadError(text: string, name = 'go-baseline.yml'): Promise<UsageError> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gbg-bl-'))
  writeFileSync(path.join(dir, name), text)
  const err = await loadBaseline({
    path: path.join(dir, name),
    root: dir,
    defaultPath: 'x',
    ...target
  }).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(UsageError)
  return err as UsageError
}

describe('loading a valid baseline', () => {
  it('reads every matcher with the line that declares it', async () => {
    const b = await load('full.yml')
    expect(b.builtin).toBe(false)
    expect(b.path).toBe(path.join(FIXTURES, 'full.yml'))
    const byKey = Object.fromEntries(b.env.map((e) => [e.key, e]))
    expect(byKey.CGO_ENABLED?.matcher).toEqual({ kind: 'exact', value: '0' })
    expect(byKey.CGO_ENABLED?.location).toEqual({
      file: '__fixtures__/baseline/full.yml',
      line: 4,
      column: 3
    })
    expect(byKey.GOFLAGS?.matcher).toEqual({
      kind: 'list',
      contains: [],
      notContains: ['-mod=mod']
    })
    expect(byKey.GOVERSION?.matcher).toEqual({ kind: 'semver', range: '>=1.22.0 <1.24' })
    expect(byKey.GOPROXY?.reason).toBe('vendored builds use off')
    expect(byKey.GOINSECURE?.matcher).toEqual({ kind: 'unset' })
    expect(byKey.GOGCCFLAGS?.matcher).toEqual({ kind: 'ignore' })
    expect(byKey.GOCACHE?.matcher).toEqual({ kind: 'path', value: '${HOME}/.cache/go-build' })
    expect(b.rules.GBG102).toEqual({
      value: 'off',
      location: { file: '__fixtures__/baseline/full.yml', line: 22, column: 3 }
    })
    expect(b.rules.GBG110).toBeUndefined()
    expect(b.go.version?.value).toBe('>=1.22 <1.25')
    expect(b.go.toolchain?.value).toBe('forbidden')
    expect(b.go.gotoolchain?.value).toEqual(['local', 'version'])
    expect(b.cache.maxAge?.value).toBe('5d')
    expect(b.cache.maxSize?.location?.line).toBe(19)
  })

  it('applies overrides for the matching GOOS / GOARCH / runner OS only', async () => {
    const win = await load('full.yml', { goos: 'windows', goarch: 'amd64', runnerOs: 'Windows' })
    const cgo = win.env.find((e) => e.key === 'CGO_ENABLED')
    expect(cgo?.matcher).toEqual({ kind: 'exact', value: '1' })
    expect(cgo?.location?.line).toBe(26)
    expect(win.rules.GBG110?.value).toBe('notice')
    const mac = await load('full.yml', { goos: 'darwin', goarch: 'arm64', runnerOs: 'macos' })
    expect(mac.env.find((e) => e.key === 'GOARCH')?.matcher).toEqual({
      kind: 'exact',
      value: 'arm64'
    })
    const macIntel = await load('full.yml', { goos: 'darwin', goarch: 'amd64', runnerOs: 'macOS' })
    expect(macIntel.env.find((e) => e.key === 'GOARCH')).toBeUndefined()
  })

  it('uses the built-in policy when the default file does not exist', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'gbg-bl-'))
    await expect(
      loadBaseline({ root, defaultPath: '.github/go-baseline.yml', ...target })
    ).resolves.toEqual(builtinBaseline())
  })

  it('loads the default file when it exists, and JSON as well as YAML', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'gbg-bl-'))
    mkdirSync(path.join(root, '.github'))
    writeFileSync(
      path.join(root, '.github/go-baseline.yml'),
      '{"version": 1, "env": {"GOOS": "linux"}}\n'
    )
    const b = await loadBaseline({ root, defaultPath: '.github/go-baseline.yml', ...target })
    expect(b.env).toEqual([
      {
        key: 'GOOS',
        matcher: { kind: 'exact', value: 'linux' },
        location: { file: '.github/go-baseline.yml', line: 1, column: 24 }
      }
    ])
  })
})

describe('invalid baselines exit 2 with file:line:column', () => {
  it('a missing explicit file', async () => {
    const err = await loadBaseline({
      path: '/nonexistent/b.yml',
      root: '/',
      defaultPath: 'x',
      ...target
    }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UsageError)
    expect((err as UsageError).exitCode).toBe(2)
    expect((err as UsageError).format()).toContain('baseline file not found: /nonexistent/b.yml')
  })

  it('a typo in a go env key, with a suggestion', async () => {
    const err = await load('typo-key.yml').catch((e: unknown) => e as UsageError)
    expect(err).toBeInstanceOf(UsageError)
    expect((err as UsageError).format()).toBe(
      '__fixtures__/baseline/typo-key.yml:4:3: invalid baseline: unknown go env key "GOFLAG" in env (did you mean "GOFLAGS"?)\n  fix: rename it to "GOFLAGS"'
    )
  })

  it('a typo in a matcher name, in JSON', async () => {
    const err = (await load('baseline.json').catch((e: unknown) => e)) as UsageError
    expect(err.location).toEqual({
      file: '__fixtures__/baseline/baseline.json',
      line: 5,
      column: 18
    })
    expect(err.message).toContain(
      'unknown key "not-contain" in env.GOFLAGS (did you mean "not-contains"?)'
    )
  })

  it('a broken regular expression', async () => {
    const err = (await load('bad-regex.yml').catch((e: unknown) => e)) as UsageError
    expect(err.location).toEqual({
      file: '__fixtures__/baseline/bad-regex.yml',
      line: 3,
      column: 18
    })
    expect(err.message).toMatch(/invalid regular expression for GOOS: missing closing \)/)
  })

  it('a broken semver range', async () => {
    const err = (await load('bad-semver.yml').catch((e: unknown) => e)) as UsageError
    expect(err.location).toEqual({
      file: '__fixtures__/baseline/bad-semver.yml',
      line: 3,
      column: 24
    })
    expect(err.message).toContain('invalid version range for GOVERSION: ">=1.22.0 <<1.24"')
  })

  it('a number where a string is needed, with the quoting fix', async () => {
    const err = await loadError('version: 1\nenv:\n  CGO_ENABLED: 0\n')
    expect(err.location).toMatchObject({ line: 3, column: 16 })
    expect(err.message).toContain(
      'env.CGO_ENABLED must be a string or a matcher such as { one-of: [...] }, found a number'
    )
    expect(err.fix).toBe('quote it: "0"')
  })

  it('YAML syntax errors', async () => {
    const err = await loadError('version: 1\nenv:\n  GOOS: [linux\n')
    expect(err.message).toMatch(/^invalid YAML: /)
    expect(err.location?.line).toBeGreaterThanOrEqual(3)
  })

  it('duplicate keys', async () => {
    const err = await loadError('version: 1\nenv:\n  GOOS: linux\n  GOOS: darwin\n')
    expect(err.location).toMatchObject({ line: 4, column: 3 })
    expect(err.message).toBe('duplicate key "GOOS" (first at line 3)')
  })

  it('a wrong version, a bad rule ID, a misspelt severity, all reported at once', async () => {
    const err = await loadError('version: 2\nrules:\n  GBG1O1: off\n  GBG102: warnign\n')
    expect(err.location).toMatchObject({ line: 1, column: 10 })
    expect(err.message).toContain('version must be 1, found 2')
    expect(err.message).toContain(':3:3: "GBG1O1" in rules is not a rule ID')
    expect(err.message).toContain(
      ':4:11: rules.GBG102 must be one of error, warning, notice, off, found "warnign" (did you mean "warning"?)'
    )
  })

  it('an unknown top-level key and a missing version', async () => {
    const err = await loadError('env: {}\noverides: []\n')
    expect(err.message).toContain('the file is missing the required key "version"')
    expect(err.message).toContain(
      ':2:1: unknown key "overides" in the file (did you mean "overrides"?)'
    )
  })

  it('matchers in the wrong place', async () => {
    // [line, message, the text the location must point at]
    const cases: Array<[string, string, string]> = [
      ['GOOS: { exact: linux, regex: "l.*" }', 'GOOS has several matchers (exact, regex)', '{'],
      [
        'CGO_ENABLED: { contains: ["1"] }',
        'contains / not-contains only apply to list-like keys, not CGO_ENABLED',
        '{'
      ],
      ['GOOS: { semver: ">=1" }', 'semver only applies to GOVERSION, not GOOS', '">=1"'],
      [
        'GOCACHE: { path: "${USERPROFILE}/x" }',
        'unknown placeholder ${USERPROFILE} in GOCACHE',
        '"${'
      ],
      ['GOOS: { reason: because }', 'GOOS has no matcher, only a reason', '{']
    ]
    for (const [line, message, at] of cases) {
      const err = await loadError(`version: 1\nenv:\n  ${line}\n`)
      expect(err.message).toContain(message)
      expect(err.location).toMatchObject({ line: 3, column: 3 + line.indexOf(at) })
    }
  })

  it('a broken override fails on every machine, not only on the leg it targets', async () => {
    const err = await loadError(
      'version: 1\noverrides:\n  - when: { goos: plan9 }\n    env:\n      GOVERSION: { semver: "1.x.y.z" }\n'
    )
    expect(err.location).toMatchObject({ line: 5, column: 28 })
  })

  it('bad go and cache sections', async () => {
    const err = await loadError(
      'version: 1\ngo:\n  toolchain: requried\n  gotoolchain: [local, always]\ncache:\n  max-age: 5 days\n'
    )
    expect(err.message).toContain(
      'gotoolchain.[1] must be one of local, auto, path, version, version+auto, version+path'
    )
    expect(err.message).toContain('cache.max-age has an invalid value "5 days"')
    // Semantic checks (ranges) run once the file has the right shape.
    const range = await loadError('version: 1\ngo:\n  toolchain: requried\n')
    expect(range.message).toContain(
      'invalid version range for go.toolchain (or use required, forbidden, optional): "requried" (did you mean "required"?)'
    )
    expect(range.location).toMatchObject({ line: 3, column: 14 })
  })
})
