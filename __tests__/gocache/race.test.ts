/**
 * The symlink-swap race: a helper (built here from __fixtures__/racer/swap.c with the machine's C
 * compiler) swaps directories inside the cache with symbolic links to a decoy tree outside it,
 * with renameat2(RENAME_EXCHANGE) in a tight loop, while the gate prunes. Every run rebuilds the
 * cache (the racer paused), prunes it (the racer running) and checksums the decoy: nothing outside
 * the cache may change, whatever the racer managed to swap in between a check and a removal.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import { runCache } from '../../src/gocache/run.js'
import { tempDir } from './helpers.js'

const RUNS = 210
const FILES = 64
const linux = process.platform === 'linux'

const base = tempDir('race')
const cache = path.join(base, 'cache')
const decoy = path.join(base, 'decoy')
const exe = path.join(cache, 'ab', 'ab' + '0'.repeat(62) + '-d')
const exeLink = path.join(cache, 'ab', 'link')
const shard = path.join(cache, 'cd')
const shardLink = path.join(cache, 'cd-link')

function names(): string[] {
  return Array.from({ length: FILES }, (_, i) => `f${String(i).padStart(3, '0')}`)
}

/** Every path under `dir` with its type and content (or link target), as one digest. */
function checksum(dir: string): string {
  const h = createHash('sha256')
  const walk = (p: string): void => {
    const st = lstatSync(p)
    h.update(`${path.relative(dir, p)}\0${st.mode}\0`)
    if (st.isSymbolicLink()) h.update(readlinkSync(p))
    else if (st.isFile()) h.update(readFileSync(p))
    else if (st.isDirectory()) for (const n of readdirSync(p).sort()) walk(path.join(p, n))
  }
  walk(dir)
  return h.digest('hex')
}

/** The decoy holds the same names as the victims, so a redirected unlink would hit it. */
function makeDecoy(): void {
  mkdirSync(path.join(decoy, 'nested'), { recursive: true })
  for (const n of names()) {
    writeFileSync(path.join(decoy, n), `decoy ${n}\n`)
    writeFileSync(path.join(decoy, 'nested', n), `nested decoy ${n}\n`)
  }
}

/** A fresh cache: an executable entry holding 64 files (not-a-file: pruned), a shard of 64. */
function makeCache(): void {
  rmSync(cache, { recursive: true, force: true })
  mkdirSync(exe, { recursive: true })
  mkdirSync(shard, { recursive: true })
  for (const n of names()) {
    writeFileSync(path.join(exe, n), `victim ${n}\n`)
    writeFileSync(path.join(shard, n), `shard ${n}\n`)
  }
  symlinkSync(decoy, exeLink)
  symlinkSync(decoy, shardLink)
}

function state(pid: number): string {
  return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0] ?? '?'
}

async function until(pred: () => boolean): Promise<void> {
  while (!pred()) await new Promise((r) => setTimeout(r, 1))
}

let racer: ChildProcess | undefined

async function pause(): Promise<void> {
  racer!.kill('SIGSTOP')
  await until(() => state(racer!.pid!) === 'T')
}

async function resume(): Promise<void> {
  racer!.kill('SIGCONT')
  await until(() => state(racer!.pid!) !== 'T')
}

;(linux ? describe : describe.skip)('prune beside a symlink-swapping racer', () => {
  beforeAll(async () => {
    const bin = path.join(base, 'swap')
    execFileSync('gcc', ['-O2', '-o', bin, path.resolve('__fixtures__/racer/swap.c')])
    makeDecoy()
    makeCache()
    racer = spawn(bin, [exe, exeLink, shard, shardLink], { stdio: ['ignore', 'pipe', 'inherit'] })
    await new Promise<void>((resolve, reject) => {
      racer!.stdout!.once('data', () => resolve())
      racer!.once('error', reject)
    })
    await pause()
  })

  afterAll(() => {
    racer?.kill('SIGKILL')
    rmSync(base, { recursive: true, force: true })
  })

  it(`changes nothing outside the cache in ${RUNS} prune runs`, async () => {
    const before = checksum(decoy)
    let hits = 0
    let swappedSeen = 0
    for (let run = 0; run < RUNS; run++) {
      makeCache()
      await resume()
      const facts = await runCache(cache, {
        verify: 'quick',
        prune: run % 2 === 0 ? 'corrupt' : 'all',
        workers: 0
      })
      await pause()
      if (facts.problems.some((p) => p.kind === 'symlink' && (p.path === exe || p.path === shard)))
        swappedSeen++
      if (checksum(decoy) !== before) {
        hits++
        rmSync(decoy, { recursive: true, force: true })
        makeDecoy()
      }
    }
    // The racer really raced: some scans saw a link where a directory had been.
    expect(swappedSeen).toBeGreaterThan(0)
    expect(hits).toBe(0)
    expect(checksum(decoy)).toBe(before)
    console.log(`race: ${RUNS} prune runs, ${swappedSeen} saw a swapped link, ${hits} hits`)
  }, 60_000)
})
