/**
 * The cache-service fixture against the real @actions/cache client (v2 protocol): a save and a
 * restore round trip, scopes, prefix matching and immutability.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import * as cache from '@actions/cache'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startCacheService, type CacheService } from '../../__fixtures__/cache-service.js'

let svc: CacheService
const base = mkdtempSync(path.join(tmpdir(), 'gbg-svc-'))
const dir = path.join(base, 'data')
const saved: Record<string, string | undefined> = {}

function useEnv(vars: Record<string, string>): void {
  for (const [k, v] of Object.entries(vars)) {
    if (!(k in saved)) saved[k] = process.env[k]
    process.env[k] = v
  }
}

beforeAll(async () => {
  svc = await startCacheService()
  useEnv({ GITHUB_WORKSPACE: base, RUNNER_TEMP: path.join(base, 'tmp') })
  mkdirSync(path.join(base, 'tmp'), { recursive: true })
})

afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  await svc.close()
})

describe('cache service fixture with the real @actions/cache client', () => {
  it('saves, then restores by exact key and by prefix, per scope', async () => {
    useEnv(svc.env(svc.token([{ scope: 'refs/heads/main', write: true }])))
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'a.txt'), 'first')
    expect(await cache.saveCache([dir], 'k-linux-abc')).toBeGreaterThan(0)
    expect(svc.entries.map((e) => [e.key, e.finalized, e.scope])).toEqual([
      ['k-linux-abc', true, 'refs/heads/main']
    ])
    // Immutable: a second save under the same key is refused, the client does not throw.
    expect(await cache.saveCache([dir], 'k-linux-abc')).toBe(-1)

    rmSync(dir, { recursive: true })
    expect(await cache.restoreCache([dir], 'k-linux-abc')).toBe('k-linux-abc')
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('first')

    rmSync(dir, { recursive: true })
    expect(await cache.restoreCache([dir], 'k-linux-zzz', ['k-linux-'])).toBe('k-linux-abc')
    expect(await cache.restoreCache([dir], 'k-darwin-abc', ['k-darwin-'])).toBeUndefined()

    // A pull request's token reads its own ref, then the base branch; it cannot write main.
    useEnv(
      svc.env(
        svc.token([
          { scope: 'refs/pull/7/merge', write: true },
          { scope: 'refs/heads/main', write: false }
        ])
      )
    )
    rmSync(dir, { recursive: true })
    expect(await cache.restoreCache([dir], 'k-linux-abc')).toBe('k-linux-abc')
    writeFileSync(path.join(dir, 'a.txt'), 'second')
    expect(await cache.saveCache([dir], 'k-linux-abc')).toBeGreaterThan(0)
    expect(svc.entries.at(-1)?.scope).toBe('refs/pull/7/merge')
  })

  it('answers a scripted 5xx on the download; the client reports a miss instead of throwing', async () => {
    useEnv(svc.env(svc.token([{ scope: 'refs/heads/main', write: true }])))
    svc.fail({ route: 'blob-download', status: 500 })
    expect(await cache.restoreCache([dir], 'k-linux-abc')).toBeUndefined()
    expect(svc.requests.at(-1)).toMatchObject({ route: 'blob-download', status: 500 })
  })
})
