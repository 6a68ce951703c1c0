import { describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { UsageError } from '../../src/errors.js'
import { collectGoFacts, findOnPath, pathCandidates, prefetchGoFacts } from '../../src/facts/go.js'

const go = findOnPath('go', process.env)
const env = (extra: Record<string, string> = {}) => ({
  PATH: `${path.dirname(go ?? '/usr/local/go/bin/go')}:/usr/bin:/bin`,
  HOME: mkdtempSync(path.join(os.tmpdir(), 'gbg-go-')),
  GOTOOLCHAIN: 'local',
  GOFLAGS: '',
  ...extra
})

describe('collectGoFacts (real go)', () => {
  it('reads go env -json; the version line it builds matches what go version prints', async () => {
    const plain = await collectGoFacts({ cwd: process.cwd(), env: env() })
    expect(plain.version).toMatch(/^go1\.\d+/)
    expect(plain.env.GOVERSION).toBe(plain.version)
    // With GOFLAGS set, go version really runs (it parses GOFLAGS as go build will).
    const withFlags = await collectGoFacts({
      cwd: process.cwd(),
      env: env({ GOFLAGS: '-trimpath' })
    })
    expect(withFlags.versionError).toBeUndefined()
    expect(plain.versionLine).toBe(withFlags.versionLine)
    expect(withFlags.versionLine).toBe(
      `go version ${plain.version} ${plain.env.GOOS}/${plain.env.GOARCH}`
    )
  })

  it('keeps going when only go version fails (GOFLAGS with a non-flag)', async () => {
    const facts = await collectGoFacts({
      cwd: process.cwd(),
      env: env({ GOFLAGS: '-mod=mod oops' })
    })
    expect(facts.versionError).toContain('non-flag "oops"')
    expect(facts.env.GOFLAGS).toBe('-mod=mod oops')
  })

  it('for the cache tools asks for the keys by name and runs no go version', async () => {
    // A GOFLAGS that go version rejects shows whether go version ran.
    const gocache = mkdtempSync(path.join(os.tmpdir(), 'gbg-c-'))
    const e = env({ GOFLAGS: '-mod=mod oops', GOCACHE: gocache })
    const facts = await collectGoFacts({ cwd: process.cwd(), env: e, cacheOnly: true })
    expect(facts.versionError).toBeUndefined()
    expect(facts.env.GOCACHE).toBe(gocache)
    expect(facts.env.GOROOT).toMatch(/\S/)
    // Named keys: go prints no C toolchain settings it would have to run the compiler for.
    expect(facts.env).not.toHaveProperty('CGO_CFLAGS')
    const full = await collectGoFacts({ cwd: process.cwd(), env: e })
    expect(full.versionError).toContain('non-flag "oops"')
    expect(full.env).toHaveProperty('CGO_CFLAGS')
  })

  it('falls back to named keys when GOCACHE=off breaks the full go env -json', async () => {
    const facts = await collectGoFacts({ cwd: process.cwd(), env: env({ GOCACHE: 'off' }) })
    expect(facts.envError).toMatch(/build cache/)
    expect(facts.env.GOCACHE).toBe('off')
    expect(facts.env.GOVERSION).toBe(facts.version)
  })

  it('says clearly when there is no go', async () => {
    await expect(collectGoFacts({ cwd: '/', env: { PATH: '/nonexistent' } })).rejects.toThrow(
      new UsageError('no go binary found on PATH')
    )
  })

  it('hands a prefetched probe to the next matching call only', async () => {
    const e = env({ GOFLAGS: '-trimpath' })
    prefetchGoFacts({ cwd: '/', env: e })
    const first = collectGoFacts({ cwd: process.cwd(), env: e })
    const second = collectGoFacts({ cwd: process.cwd(), env: e })
    expect(first).not.toBe(second)
    expect((await first).env.GOFLAGS).toBe('-trimpath')
    expect((await second).env.GOFLAGS).toBe('-trimpath')
    // A different environment object never takes a prefetched result.
    prefetchGoFacts({ cwd: '/', env: e })
    const other = await collectGoFacts({ cwd: '/', env: env({ GOFLAGS: '-v' }) })
    expect(other.env.GOFLAGS).toBe('-v')
  })
})

describe('pathCandidates', () => {
  it('lists each PATH directory in order, with PATHEXT extensions on Windows', () => {
    expect(pathCandidates('go', { PATH: '/a::/b' }, 'linux')).toEqual(['/a/go', '/b/go'])
    expect(pathCandidates('go', { PATH: '/a', PATHEXT: '.EXE;.CMD' }, 'win32')).toEqual([
      path.join('/a', 'go.exe'),
      path.join('/a', 'go.cmd')
    ])
  })
})
