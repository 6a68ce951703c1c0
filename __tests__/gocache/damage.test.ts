/**
 * Proof with the real toolchain: build a tiny module into a fresh GOCACHE, damage copies of the
 * cache each way, show what plain `go build` does with the damage, then show that after the
 * gate's prune `go build` succeeds, reuses the healthy entries and links the clean binary.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import {
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import { cacheStage } from '../../src/gocache/gate.js'
import { runCache } from '../../src/gocache/run.js'
import {
  actionFor,
  allFiles,
  compiledPackages,
  compileWorker,
  copyCache,
  goBuild,
  goroot,
  greetArchive,
  GREETING,
  runBinary,
  tempDir,
  writeModule
} from './helpers.js'

const base = tempDir('damage')
const mod = path.join(base, 'mod')
const home = path.join(base, 'home')
const pristine = path.join(base, 'pristine')
const cleanBin = path.join(base, 'clean.bin')
let copies = 0
let GOROOT = ''

/** A fresh copy of the pristine cache, with mtimes kept. */
function freshCopy(): string {
  const dir = path.join(base, `cache-${++copies}`)
  copyCache(pristine, dir)
  return dir
}

function build(
  cache: string,
  extra: string[] = []
): { bin: string; status: number; stderr: string } {
  const bin = path.join(base, `bin-${++copies}`)
  return { bin, ...goBuild(mod, cache, home, bin, extra) }
}

function flip(file: string): void {
  const data = readFileSync(file)
  const marker = Buffer.from(GREETING)
  let at = data.indexOf(marker)
  expect(at).toBeGreaterThanOrEqual(0)
  while (at >= 0) {
    data[at] = 0x6a // 'h' -> 'j', same size
    at = data.indexOf(marker, at + 1)
  }
  writeFileSync(file, data)
}

async function prune(cache: string, verify: 'full' | 'quick', mode: 'corrupt' | 'stale' | 'all') {
  const facts = await cacheStage({
    goEnv: { GOCACHE: cache, GOROOT },
    root: mod,
    verify,
    prune: mode,
    policy: {}
  })
  if (!facts) throw new Error('cacheStage returned no facts')
  return facts
}

/** After pruning: `go build` succeeds, compiles at most `rebuilt`, and links the clean binary. */
function expectHealed(cache: string, rebuilt: string[]): void {
  const after = build(cache, ['-x'])
  expect(after.status).toBe(0)
  expect(compiledPackages(after.stderr).sort()).toEqual(rebuilt)
  expect(readFileSync(after.bin).equals(readFileSync(cleanBin))).toBe(true)
}

beforeAll(() => {
  writeModule(mod)
  GOROOT = goroot()
  const r = goBuild(mod, pristine, home, cleanBin)
  expect(r.stderr).toBe('')
  expect(r.status).toBe(0)
  expect(runBinary(cleanBin)).toBe(GREETING.toUpperCase() + '\n')
}, 120000)

describe('a healthy cache built by go', () => {
  it('has no problems under full verification and every output is referenced', async () => {
    const facts = await runCache(freshCopy(), { verify: 'full', prune: 'off', workers: 0 })
    expect(facts.problems).toEqual([])
    expect(facts.stats.entries).toBeGreaterThan(20)
    expect(facts.stats.outputs).toBeGreaterThan(20)
    expect(facts.stats.orphanOutputs).toBe(0)
    expect(facts.trim.state).toBe('fresh')
  })

  it('a second build from it compiles nothing', () => {
    const r = build(freshCopy(), ['-x'])
    expect(r.status).toBe(0)
    expect(compiledPackages(r.stderr)).toEqual([])
  })
})

describe('a byte flipped in an output, size kept', () => {
  it('is linked by plain go build: the binary prints the corrupted string', () => {
    const cache = freshCopy()
    flip(greetArchive(cache))
    const r = build(cache)
    expect(r.status).toBe(0)
    expect(runBinary(r.bin)).toBe('J' + GREETING.slice(1).toUpperCase() + '\n')
  })

  it('is invisible to quick verification and found by full verification', async () => {
    const cache = freshCopy()
    const archive = greetArchive(cache)
    flip(archive)
    expect((await runCache(cache, { verify: 'quick', prune: 'off' })).problems).toEqual([])
    const full = await runCache(cache, { verify: 'full', prune: 'off', workers: 0 })
    expect(full.problems.map((p) => [p.kind, p.path])).toEqual([['output-hash', archive]])
  })

  it('is found the same way by the worker threads (the worker compiled from its source)', async () => {
    const cache = freshCopy()
    const archive = greetArchive(cache)
    flip(archive)
    const workerUrl = compileWorker(tempDir('worker'))
    const full = await runCache(cache, { verify: 'full', prune: 'off', workers: 2, workerUrl })
    expect(full.problems.map((p) => [p.kind, p.path])).toEqual([['output-hash', archive]])
  })

  it('after prune corrupt: only greet is recompiled and the binary equals a clean build', async () => {
    const cache = freshCopy()
    const archive = greetArchive(cache)
    const action = actionFor(cache, archive)
    flip(archive)
    const before = allFiles(cache).length
    const facts = await prune(cache, 'full', 'corrupt')
    expect(facts.prune?.entries).toBe(2)
    expect(existsSync(archive)).toBe(false)
    expect(existsSync(action)).toBe(false)
    expect(allFiles(cache).length).toBe(before - 2)
    expectHealed(cache, ['example.com/tiny/greet'])
  })
})

describe('a truncated output', () => {
  it('is a miss for plain go build, which recompiles greet', () => {
    const cache = freshCopy()
    const archive = greetArchive(cache)
    truncateSync(archive, 100)
    const r = build(cache, ['-x'])
    expect(r.status).toBe(0)
    expect(compiledPackages(r.stderr)).toEqual(['example.com/tiny/greet'])
  })

  it('is found by quick verification and healed by prune corrupt', async () => {
    const cache = freshCopy()
    const archive = greetArchive(cache)
    truncateSync(archive, 100)
    const facts = await prune(cache, 'quick', 'corrupt')
    expect(facts.problems.map((p) => [p.kind, p.path])).toEqual([['output-size', archive]])
    expect(facts.prune?.entries).toBe(2)
    expectHealed(cache, ['example.com/tiny/greet'])
  })
})

describe('a deleted output', () => {
  it('is found by quick verification on its action entry and healed by prune corrupt', async () => {
    const cache = freshCopy()
    const archive = greetArchive(cache)
    const action = actionFor(cache, archive)
    rmSync(archive)
    const plain = build(copyOf(cache), ['-x'])
    expect(plain.status).toBe(0)
    expect(compiledPackages(plain.stderr)).toEqual(['example.com/tiny/greet'])
    const facts = await prune(cache, 'quick', 'corrupt')
    expect(facts.problems.map((p) => [p.kind, p.path])).toEqual([['output-missing', action]])
    expect(existsSync(action)).toBe(false)
    expectHealed(cache, ['example.com/tiny/greet'])
  })
})

describe('a corrupted action line', () => {
  it('is a miss for go, found as malformed by quick verification, and healed', async () => {
    const cache = freshCopy()
    const action = actionFor(cache, greetArchive(cache))
    const line = readFileSync(action, 'latin1')
    writeFileSync(action, line.replace(/^v1 /, 'v2 '), 'latin1')
    const plain = build(copyOf(cache), ['-x'])
    expect(plain.status).toBe(0)
    expect(compiledPackages(plain.stderr)).toEqual(['example.com/tiny/greet'])
    const facts = await prune(cache, 'quick', 'corrupt')
    expect(facts.problems.map((p) => [p.kind, p.path, p.detail])).toEqual([
      ['action-malformed', action, 'Go would ignore this entry: invalid header']
    ])
    expectHealed(cache, ['example.com/tiny/greet'])
  })
})

function copyOf(cache: string): string {
  const dir = path.join(base, `copy-${++copies}`)
  copyCache(cache, dir)
  return dir
}

describe('a symlink pointing outside the cache', () => {
  it('is followed by plain go build, found by quick verification, and unlinked (target kept)', async () => {
    const cache = freshCopy()
    const archive = greetArchive(cache)
    const outside = path.join(tempDir('outside'), 'evil.a')
    writeFileSync(outside, readFileSync(archive))
    flip(outside)
    const evil = readFileSync(outside)
    rmSync(archive)
    symlinkSync(outside, archive)
    const plain = build(copyOf(cache))
    expect(runBinary(plain.bin)).toBe('J' + GREETING.slice(1).toUpperCase() + '\n')
    const facts = await prune(cache, 'quick', 'corrupt')
    expect(facts.problems.map((p) => p.kind).sort()).toEqual(['output-missing', 'symlink'])
    expect(existsSync(archive)).toBe(false)
    expect(readFileSync(outside).equals(evil)).toBe(true)
    expectHealed(cache, ['example.com/tiny/greet'])
  })
})

describe('trim.txt restored from a CI cache', () => {
  /** Plants a valid entry + output, last used 10 days ago, that this build never uses. */
  function plantOld(cache: string): string[] {
    const id = 'dd'.repeat(32)
    const data = Buffer.from('unused output\n')
    const outId = createHash('sha256').update(data).digest('hex')
    const files = [
      path.join(cache, outId.slice(0, 2), `${outId}-d`),
      path.join(cache, 'dd', `${id}-a`)
    ]
    writeFileSync(files[0]!, data)
    writeFileSync(
      files[1]!,
      `v1 ${id} ${outId} ${String(data.length).padStart(20)} ${'1'.padStart(20)}\n`
    )
    const old = new Date(Date.now() - 10 * 86400e3)
    for (const f of files) utimesSync(f, old, old)
    return files
  }

  it('a fresh trim.txt keeps go from trimming; the gate reports it and prune stale trims', async () => {
    const cache = freshCopy()
    const planted = plantOld(cache)
    writeFileSync(path.join(cache, 'trim.txt'), String(Math.floor(Date.now() / 1000) - 3600))
    const plain = copyOf(cache)
    expect(build(plain).status).toBe(0)
    expect(planted.map((f) => existsSync(path.join(plain, path.relative(cache, f))))).toEqual([
      true,
      true
    ])

    const seen = await runCache(cache, { verify: 'quick', prune: 'off' })
    expect(seen.trim.state).toBe('fresh')
    expect(seen.staleAfter).toBe(2)
    const facts = await prune(cache, 'quick', 'stale')
    expect(facts.prune).toMatchObject({ stale: 2, corrupt: 0, trimWritten: true })
    expect(planted.map(existsSync)).toEqual([false, false])
    expect(Number(readFileSync(path.join(cache, 'trim.txt'), 'utf8'))).toBeGreaterThan(
      Date.now() / 1000 - 60
    )
    expectHealed(cache, [])
  })

  it('an old trim.txt is stale: go trims on its next build, as the gate reports', async () => {
    const cache = freshCopy()
    const planted = plantOld(cache)
    writeFileSync(path.join(cache, 'trim.txt'), String(Math.floor(Date.now() / 1000) - 3 * 86400))
    expect((await runCache(cache, { verify: 'quick', prune: 'off' })).trim.state).toBe('stale')
    expect(build(cache).status).toBe(0)
    expect(planted.map(existsSync)).toEqual([false, false])
  })
})

describe('hostile layouts delete nothing outside the root', () => {
  it('a symlinked subdirectory: the link goes, the directory it points to stays', async () => {
    const cache = freshCopy()
    const outside = tempDir('subdir')
    const victim = path.join(outside, `ab${'0'.repeat(62)}-d`)
    writeFileSync(victim, 'precious')
    utimesSync(victim, new Date(0), new Date(0))
    rmSync(path.join(cache, 'ab'), { recursive: true })
    symlinkSync(outside, path.join(cache, 'ab'))
    const facts = await prune(cache, 'quick', 'all')
    expect(facts.problems.map((p) => p.kind)).toContain('symlink')
    expect(lstatSync(path.join(cache, 'ab'), { throwIfNoEntry: false })).toBeUndefined()
    expect(readFileSync(victim, 'utf8')).toBe('precious')
    expect(allFiles(cache)).toEqual([])
    expect(existsSync(path.join(cache, 'trim.txt'))).toBe(true)
  })

  it('a hard link to a file outside: reported, the cache name removed, the file outside intact', async () => {
    const cache = freshCopy()
    const outside = path.join(tempDir('hardlink'), 'keep.txt')
    writeFileSync(outside, 'mine')
    const inCache = path.join(cache, '12', `12${'3'.repeat(62)}-d`)
    linkSync(outside, inCache)
    const facts = await prune(cache, 'quick', 'corrupt')
    expect(facts.problems.map((p) => [p.kind, p.path])).toEqual([['hardlink', inCache]])
    expect(existsSync(inCache)).toBe(false)
    expect(readFileSync(outside, 'utf8')).toBe('mine')
    expectHealed(cache, [])
  })

  it('the cache root set to $HOME is refused with a clear message', async () => {
    const fakeHome = tempDir('home')
    writeFileSync(path.join(fakeHome, 'notes.txt'), 'keep')
    const saved = process.env.HOME
    process.env.HOME = fakeHome
    try {
      await expect(prune(fakeHome, 'quick', 'all')).rejects.toThrow(/it is a home directory/)
    } finally {
      process.env.HOME = saved
    }
    expect(readFileSync(path.join(fakeHome, 'notes.txt'), 'utf8')).toBe('keep')
  })

  it('prune all empties 00..ff like go clean -cache and keeps fuzz/; go then rebuilds the same binary', async () => {
    const cache = freshCopy()
    const fuzz = path.join(cache, 'fuzz', 'example.com', 'tiny', 'FuzzX')
    mkdirSync(fuzz, { recursive: true })
    writeFileSync(path.join(fuzz, 'seed'), 'go test fuzz v1\n')
    const facts = await prune(cache, 'quick', 'all')
    expect(facts.stats.fuzzFiles).toBe(1)
    expect(allFiles(cache)).toEqual([])
    expect(existsSync(path.join(fuzz, 'seed'))).toBe(true)
    const r = build(cache)
    expect(r.status).toBe(0)
    expect(readFileSync(r.bin).equals(readFileSync(cleanBin))).toBe(true)
  })
})
