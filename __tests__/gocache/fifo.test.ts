/**
 * FIFOs (made with the real mkfifo) wherever the cache code could open a file: trim.txt, action
 * entries, outputs, the file inside an executable entry, and the names prune writes. Opening a
 * FIFO for reading blocks until a writer comes, and a blocked synchronous open cannot be
 * interrupted, so each test starts an "unblocker" that writes to every FIFO after a few seconds:
 * a gate that opened one finishes late instead of hanging, and the elapsed time fails the test.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { runCache } from '../../src/gocache/run.js'
import { tempDir } from './helpers.js'

const UNBLOCK_S = 8
const BOUND_MS = 4000
const ID = 'ab' + '1'.repeat(62)

const unblockers: ChildProcess[] = []
const dirs: string[] = []

afterEach(() => {
  for (const u of unblockers.splice(0)) u.kill('SIGKILL')
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function mkfifo(p: string): void {
  mkdirSync(path.dirname(p), { recursive: true })
  execFileSync('mkfifo', [p])
}

/** A cache holding FIFOs at `fifos` (relative paths), each unblocked after UNBLOCK_S seconds. */
function cacheWith(fifos: string[]): string {
  const root = path.join(tempDir('fifo'), 'cache')
  dirs.push(path.dirname(root))
  mkdirSync(path.join(root, 'ab'), { recursive: true })
  for (const f of fifos) {
    const p = path.join(root, f)
    mkfifo(p)
    unblockers.push(
      spawn('sh', ['-c', `sleep ${UNBLOCK_S}; : > "$1"`, 'sh', p], { stdio: 'ignore' })
    )
  }
  return root
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now()
  const value = await fn()
  return { ms: performance.now() - t, value }
}

const linux = process.platform !== 'win32'

;(linux ? describe : describe.skip)('FIFOs in the cache never make the gate wait', () => {
  it('trim.txt as a FIFO: quick and full verification finish and name it', async () => {
    const root = cacheWith(['trim.txt'])
    for (const verify of ['quick', 'full'] as const) {
      const { ms, value } = await timed(() => runCache(root, { verify, prune: 'off', workers: 0 }))
      expect(ms).toBeLessThan(BOUND_MS)
      expect(value.trim.state).toBe('unparsable')
      expect(value.trim.raw).toContain('not a regular file')
      expect(value.problems).toEqual([
        expect.objectContaining({ kind: 'not-a-file', path: path.join(root, 'trim.txt') })
      ])
    }
  })

  it('FIFOs as action entry, output and executable: reported, pruned, never opened', async () => {
    const root = cacheWith([`ab/${ID}-a`, `ab/${'ab' + '2'.repeat(62)}-d`, `ab/${ID}-d/prog`])
    const { ms, value } = await timed(() =>
      runCache(root, { verify: 'full', prune: 'corrupt', workers: 0 })
    )
    expect(ms).toBeLessThan(BOUND_MS)
    expect(value.problems.map((p) => p.kind).sort()).toEqual([
      'not-a-file',
      'not-a-file',
      'not-a-file'
    ])
    expect(value.prune?.failed).toEqual([])
    expect(value.prune?.entries).toBe(3)
    expect(existsSync(path.join(root, 'ab', `${ID}-d`))).toBe(false)
  })

  it('prune: stale replaces a FIFO trim.txt and ignores a FIFO at the old temporary name', async () => {
    const root = cacheWith(['trim.txt', `.trim.txt.${process.pid}.tmp`])
    const now = Date.now()
    const { ms, value } = await timed(() =>
      runCache(root, { verify: 'quick', prune: 'stale', workers: 0, now })
    )
    expect(ms).toBeLessThan(BOUND_MS)
    expect(value.prune?.trimWritten).toBe(true)
    expect(lstatSync(path.join(root, 'trim.txt')).isFile()).toBe(true)
    expect(readFileSync(path.join(root, 'trim.txt'), 'utf8')).toBe(String(Math.floor(now / 1000)))
    expect(value.problems.map((p) => p.kind).sort()).toEqual(['foreign', 'not-a-file'])
  })

  it('prune: stale with a directory at trim.txt removes it (not-a-file) and writes the file', async () => {
    const root = cacheWith([])
    mkdirSync(path.join(root, 'trim.txt', 'inner'), { recursive: true })
    const value = await runCache(root, { verify: 'quick', prune: 'stale', workers: 0 })
    expect(value.problems).toEqual([
      expect.objectContaining({ kind: 'not-a-file', path: path.join(root, 'trim.txt') })
    ])
    expect(value.prune?.failed).toEqual([])
    expect(value.prune?.trimWritten).toBe(true)
    expect(lstatSync(path.join(root, 'trim.txt')).isFile()).toBe(true)
    // No temporary file is left behind.
    expect(readdirSync(root).sort()).toEqual(['ab', 'trim.txt'])
  })
})
