/**
 * A file vanishing mid-scan (a concurrent `go` trimming, or `go clean -cache`) is not an error:
 * entries are listed, then half of them are deleted before they are read, as a concurrent trim
 * would, and the scan of what is left reports nothing.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { SUBDIRS } from '../../src/gocache/entry.js'
import { CHUNK } from '../../src/gocache/hash.js'
import { emptyDirScan, listSubdir, scanNames } from '../../src/gocache/scan-dir.js'
import { allFiles, copyCache, goEnv, tempDir } from './helpers.js'

const base = tempDir('vanish')
const pristine = path.join(base, 'pristine')

beforeAll(() => {
  const mod = path.join(base, 'mod')
  mkdirSync(path.join(mod, 'p'), { recursive: true })
  writeFileSync(path.join(mod, 'go.mod'), 'module example.com/p\n\ngo 1.22\n')
  writeFileSync(path.join(mod, 'p', 'p.go'), 'package p\n\nimport "fmt"\n\nvar X = fmt.Sprint(1)\n')
  const r = spawnSync('go', ['build', './p'], {
    cwd: mod,
    env: goEnv(pristine, path.join(base, 'home')),
    encoding: 'utf8'
  })
  expect(r.stderr).toBe('')
  expect(r.status).toBe(0)
}, 120000)

describe('files vanishing mid-scan', () => {
  it('listed, then deleted before they are read or hashed: skipped, not problems', () => {
    const cache = path.join(base, 'listed')
    copyCache(pristine, cache)
    const listed = SUBDIRS.map((sub) => ({ sub, names: listSubdir(cache, sub, emptyDirScan()) }))
    const all = allFiles(cache)
    const gone = all.filter((_, i) => i % 2 === 0)
    expect(gone.length).toBeGreaterThan(10)
    for (const f of gone) rmSync(f)

    const opts = { hash: true, buf: Buffer.allocUnsafe(CHUNK) }
    const scans = listed.map(({ sub, names }) => scanNames(cache, sub, names ?? [], opts))
    expect(scans.flatMap((s) => s.problems)).toEqual([])
    expect(scans.reduce((n, s) => n + s.files, 0)).toBe(all.length - gone.length)
    const seen = scans.flatMap((s) => [...s.actions, ...s.outputs].map(([, e]) => e.path))
    expect(seen.sort()).toEqual(all.filter((_, i) => i % 2 === 1))
  })
})
