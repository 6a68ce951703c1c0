/**
 * End to end through the real @actions/cache client: the bundled action (dist/index.js, then
 * dist/post.js with the state the main step saved) against the cache service fixture on
 * 127.0.0.1, with real `go build`s on a real GOCACHE. Each job starts on a "fresh runner" (empty
 * GOCACHE at the same path, as on hosted runners).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  startCacheService,
  type CacheService,
  type TokenScope
} from '../../__fixtures__/cache-service.js'
import { cleanGoEnv, runAction, type RunResult } from '../../__fixtures__/runner.js'
import { greetArchive, GREETING, writeModule } from '../gocache/helpers.js'

const base = mkdtempSync(path.join(tmpdir(), 'gbg-store-'))
const ws = path.join(base, 'ws')
const goEnv = cleanGoEnv(base, { GOPROXY: 'off', CGO_ENABLED: '0' })
const GOCACHE = goEnv.GOCACHE!
const MAIN: TokenScope[] = [{ scope: 'refs/heads/main', write: true }]
const pushToMain = { repository: { default_branch: 'main', full_name: 'octo/hello' } }
let svc: CacheService

interface Job {
  main: RunResult
  build: { status: number; compiled: string[]; output: string }
  post: RunResult
}

/** One CI job on a fresh runner: main step, `go build` (+ run), post step. */
async function job(opts: {
  inputs?: Record<string, string>
  scopes?: TokenScope[]
  eventName?: string
  event?: object
  ref?: string
  beforePost?: () => void
  /** false: a runner that kept its GOCACHE (self-hosted). */
  fresh?: boolean
}): Promise<Job> {
  if (opts.fresh !== false) rmSync(GOCACHE, { recursive: true, force: true })
  const env = {
    ...goEnv,
    ...svc.env(svc.token(opts.scopes ?? MAIN)),
    GITHUB_REF: opts.ref ?? 'refs/heads/main'
  }
  const common = {
    workspace: ws,
    env,
    inputs: { cache: 'true', 'cache-verify': 'quick', ...opts.inputs },
    eventName: opts.eventName ?? 'push',
    event: opts.event ?? pushToMain
  }
  const main = await runAction({ ...common, entry: 'index' })
  const bin = path.join(base, 'hello.bin')
  const b = spawnSync('go', ['build', '-x', '-o', bin, '.'], {
    cwd: ws,
    env: goEnv,
    encoding: 'utf8'
  })
  const compiled = b.stderr
    .split('\n')
    .filter((l) => /\/compile\s/.test(l))
    .map((l) => /\s-p\s+(\S+)/.exec(l)?.[1] ?? '?')
  const output = b.status === 0 ? spawnSync(bin, { encoding: 'utf8' }).stdout : ''
  opts.beforePost?.()
  const post = await runAction({ ...common, entry: 'post', state: main.state })
  return { main, build: { status: b.status ?? -1, compiled, output }, post }
}

/**
 * Source files as a checkout leaves them some seconds before the build: Go does not cache the
 * package index of a directory modified within the last seconds, which would add an output to
 * every test run that a CI run does not have.
 */
function settle(): void {
  const past = new Date(Date.now() - 60_000)
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) walk(p)
      utimesSync(p, past, past)
    }
  }
  walk(ws)
}

function write(name: string, text: string): void {
  writeFileSync(path.join(ws, name), text)
  settle()
}

function remove(name: string): void {
  rmSync(path.join(ws, name))
  settle()
}

const twirpCalls = (route: string): number => svc.requests.filter((r) => r.route === route).length
const warnings = (r: RunResult): string[] =>
  r.commands.filter((c) => c.command === 'warning').map((c) => c.message)

beforeAll(async () => {
  svc = await startCacheService()
  mkdirSync(ws, { recursive: true })
  writeModule(ws)
  settle()
})

afterAll(async () => {
  await svc.close()
  rmSync(base, { recursive: true, force: true })
})

describe('cache: true through the real @actions/cache client', () => {
  it('misses on the first run, then saves the trimmed cache from the default branch', async () => {
    const j = await job({})
    expect(j.main.code).toBe(0)
    expect(j.main.outputs['cache-hit']).toBe('false')
    expect(j.main.outputs['cache-result']).toBe('miss')
    expect(j.build.status).toBe(0)
    expect(j.build.compiled).toContain('runtime')
    expect(j.post.code).toBe(0)
    expect(j.post.stdout).toContain('saving allowed: a push run on the default branch main')
    expect(j.post.stdout).toMatch(/trimmed \d+ entries/)
    expect(svc.entries).toHaveLength(1)
    expect(svc.entries[0]).toMatchObject({ finalized: true, scope: 'refs/heads/main' })
    expect(svc.entries[0]!.key).toMatch(
      /^go-baseline-gate-gocache-v1-Linux-x64-go1\.\d+\.\d+-[0-9a-f]{16}-[0-9a-f]{16}$/
    )
    // trim.txt was rewritten by the post step's trim (Go's own limit, 5 days).
    expect(Number(readFileSync(path.join(GOCACHE, 'trim.txt'), 'utf8'))).toBeGreaterThan(
      Date.now() / 1000 - 600
    )
  })

  it('hits exactly on the next run: go build compiles nothing, and the unchanged cache is not saved again', async () => {
    const creates = twirpCalls('CreateCacheEntry')
    const j = await job({})
    expect(j.main.outputs['cache-hit']).toBe('true')
    expect(j.main.outputs['cache-result']).toBe('exact')
    expect(j.build.status).toBe(0)
    expect(j.build.compiled).toEqual([])
    expect(j.build.output).toContain(GREETING.toUpperCase())
    expect(j.post.stdout).toContain('unchanged since it was restored')
    expect(twirpCalls('CreateCacheEntry')).toBe(creates)
    expect(svc.entries).toHaveLength(1)
  })

  it('hits partially when go.sum changes, and saves under the new dependency key', async () => {
    write(
      'go.sum',
      'example.com/unused v1.0.0/go.mod h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n'
    )
    const j = await job({})
    expect(j.main.outputs['cache-hit']).toBe('false')
    expect(j.main.outputs['cache-result']).toBe('partial')
    expect(j.build.compiled).toEqual([])
    expect(svc.entries).toHaveLength(2)
    const [first, second] = svc.entries.map((e) => e.key.split('-').slice(0, -1).join('-'))
    expect(second).not.toBe(first)
  })

  it('heals a damaged restored entry before go build, which reuses every healthy entry', async () => {
    // A run (with a source change, so it saves) whose cache got a same-size corrupted output
    // after its build: the post step's quick trim cannot see it (sizes match), so it is saved.
    write('extra.go', 'package main\n\nvar extra = 3\n')
    const poisoned = await job({
      beforePost: () => {
        const file = greetArchive(GOCACHE)
        const data = readFileSync(file)
        data[data.indexOf(Buffer.from(GREETING))] = 0x6a
        writeFileSync(file, data)
      }
    })
    remove('extra.go')
    expect(poisoned.post.stdout).toContain('cache: saved')
    const saves = svc.entries.length
    const poisonedKey = svc.entries.at(-1)!.key
    const j = await job({ inputs: { 'cache-verify': 'full', prune: 'corrupt' } })
    expect(j.main.outputs['cache-hit']).toBe('true')
    expect(j.main.outputs['cache-result']).toBe('exact')
    expect(j.main.stdout).toContain(`from ${poisonedKey} (exact)`)
    const notices = j.main.commands.filter((c) => c.command === 'notice').map((c) => c.message)
    expect(notices.join('\n')).toMatch(/prune: corrupt removed \d+ cache entries.*1 output-hash/s)
    expect(j.build.status).toBe(0)
    expect(j.build.compiled).toEqual(['example.com/tiny/greet'])
    expect(j.build.output).toBe(`${GREETING.toUpperCase()}\n`)
    // The healed cache is saved although its outputs have the same names as the damaged ones.
    expect(j.post.stdout).toContain('cache: saved')
    expect(svc.entries).toHaveLength(saves + 1)
  })

  it('restores on a pull request from a fork but never saves', async () => {
    const fork = {
      repository: { default_branch: 'main', full_name: 'octo/hello' },
      pull_request: {
        number: 7,
        head: { repo: { full_name: 'mallory/hello', fork: true } },
        base: { repo: { full_name: 'octo/hello' } }
      }
    }
    const before = svc.entries.length
    const creates = twirpCalls('CreateCacheEntry')
    write('extra.go', 'package main\n\nvar extra = 1\n')
    const j = await job({
      eventName: 'pull_request',
      event: fork,
      ref: 'refs/pull/7/merge',
      inputs: { 'cache-save': 'trusted' },
      scopes: [
        { scope: 'refs/pull/7/merge', write: true },
        { scope: 'refs/heads/main', write: false }
      ]
    })
    remove('extra.go')
    expect(j.main.outputs['cache-hit']).toBe('true')
    expect(j.main.outputs['cache-result']).toBe('exact')
    expect(j.build.compiled).toEqual(['main'])
    expect(j.post.code).toBe(0)
    expect(j.post.stdout).toContain('not saved: a pull request from a fork never writes the cache')
    expect(twirpCalls('CreateCacheEntry')).toBe(creates)
    expect(svc.entries).toHaveLength(before)
  })

  it('keeps the job going on 5xx from the cache service, with warnings', async () => {
    // Blob storage answers 500 to the download and 502 to the upload (neither is retried).
    svc.fail({ route: 'blob-download', status: 500 })
    svc.fail({ route: 'blob-upload', status: 502, times: Infinity })
    const j = await job({ fresh: false })
    expect(j.main.code).toBe(0)
    expect(j.main.outputs['cache-hit']).toBe('false')
    expect(j.main.outputs['cache-result']).toBe('miss')
    expect(warnings(j.main).join('\n')).toContain('Failed to restore')
    expect(j.build.status).toBe(0)
    expect(j.post.code).toBe(0)
    expect(warnings(j.post).join('\n')).toMatch(/was not saved as .*the job continues/)
  })
})
