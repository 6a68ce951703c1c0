/**
 * A cache service that accepts requests and never answers: the bundled action's main and post
 * steps give each call up at its deadline, warn, and end (no stuck step). Real @actions/cache
 * client, the fixture service on 127.0.0.1 in its hanging mode, a real go.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import * as cache from '@actions/cache'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  startCacheService,
  type CacheService,
  type TokenScope
} from '../../__fixtures__/cache-service.js'
import { cleanGoEnv, runAction, type RunResult } from '../../__fixtures__/runner.js'
import { writeModule } from '../gocache/helpers.js'

const base = mkdtempSync(path.join(tmpdir(), 'gbg-hang-'))
const ws = path.join(base, 'ws')
const goEnv = cleanGoEnv(base, { GOPROXY: 'off', CGO_ENABLED: '0' })
const MAIN: TokenScope[] = [{ scope: 'refs/heads/main', write: true }]
const pushToMain = { repository: { default_branch: 'main', full_name: 'octo/hello' } }
let svc: CacheService

beforeAll(async () => {
  svc = await startCacheService()
  mkdirSync(ws, { recursive: true })
  writeModule(ws)
})

afterAll(async () => {
  await svc.close()
  rmSync(base, { recursive: true, force: true })
})

const warnings = (r: RunResult): string[] =>
  r.commands.filter((c) => c.command === 'warning').map((c) => c.message)

function step(entry: 'index' | 'post', state?: Record<string, string>) {
  return runAction({
    entry,
    workspace: ws,
    env: {
      ...goEnv,
      ...svc.env(svc.token(MAIN)),
      GITHUB_REF: 'refs/heads/main',
      GO_BASELINE_GATE_CACHE_TIMEOUT: '2'
    },
    inputs: { cache: 'true', 'cache-verify': 'quick' },
    eventName: 'push',
    event: pushToMain,
    ...(state ? { state } : {})
  })
}

describe('a cache service that never answers', () => {
  it('the fixture really holds the real client (without a deadline it would wait forever)', async () => {
    const probe = await startCacheService()
    try {
      probe.hang('GetCacheEntryDownloadURL')
      const saved = { ...process.env }
      Object.assign(process.env, probe.env(probe.token(MAIN)), {
        GITHUB_WORKSPACE: base,
        RUNNER_TEMP: base
      })
      const lookup = cache.restoreCache([path.join(base, 'x')], 'k', [], { lookupOnly: true })
      const settled = await Promise.race([
        lookup.then(() => 'answered'),
        new Promise((r) => setTimeout(() => r('still waiting'), 3000))
      ])
      process.env = saved
      expect(settled).toBe('still waiting')
      expect(probe.held()).toBe(1)
    } finally {
      await probe.close() // the held request fails now; the client gives up after its retries
    }
  }, 60_000)

  it('main: the restore is given up at the deadline with a warning; the gate still runs', async () => {
    svc.hang('all')
    const started = Date.now()
    const main = await step('index')
    const elapsed = Date.now() - started
    expect(main.code).toBe(0)
    expect(svc.held()).toBeGreaterThan(0)
    expect(warnings(main)).toContainEqual(
      expect.stringMatching(
        /^go-baseline-gate: restoring .*gocache from the cache service did not finish within 2 s; given up \(GO_BASELINE_GATE_CACHE_TIMEOUT sets the deadline in seconds\); the job goes on as on a cache miss$/
      )
    )
    expect(main.outputs['cache-hit']).toBe('false')
    expect(main.outputs['cache-result']).toBe('miss')
    // The checks ran to the end: a verdict and the go version are reported.
    expect(main.outputs['go-version']).toMatch(/^go1\./)
    expect(main.outputs.result).toMatch(/^(pass|warn)$/)
    expect(elapsed).toBeLessThan(60_000)

    writeFileSync(path.join(goEnv.GOCACHE!, 'note'), 'changed') // something to save
    const post = await step('post', main.state)
    expect(post.code).toBe(0)
    expect(warnings(post)).toContainEqual(
      expect.stringMatching(
        /^go-baseline-gate: looking up go-baseline-gate-gocache-.* in the cache service did not finish within 2 s; given up .*was not saved; the job continues$/
      )
    )
  }, 120_000)
})
