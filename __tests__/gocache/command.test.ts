import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { cacheCommand } from '../../src/gocache/command.js'
import type { CacheFacts } from '../../src/gocache/types.js'
import { allFiles, goEnv, tempDir } from './helpers.js'

const base = tempDir('command')
const cache = path.join(base, 'cache')

/** A real (small) cache: `go build` of one package without imports. */
beforeAll(() => {
  const mod = path.join(base, 'mod')
  mkdirSync(path.join(mod, 'p'), { recursive: true })
  writeFileSync(path.join(mod, 'go.mod'), 'module example.com/p\n\ngo 1.22\n')
  writeFileSync(
    path.join(mod, 'p', 'p.go'),
    'package p\n\nfunc Answer() string { return "forty-two" }\n'
  )
  const r = spawnSync('go', ['build', './p'], {
    cwd: mod,
    env: goEnv(cache, path.join(base, 'home')),
    encoding: 'utf8'
  })
  expect(r.stderr).toBe('')
  expect(r.status).toBe(0)
}, 60000)

async function run(args: string[], isTTY = false) {
  let stdout = ''
  let stderr = ''
  const code = await cacheCommand(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY
  })
  return { code, stdout, stderr }
}

describe('go-baseline-gate cache', () => {
  it('verify on a healthy cache: exit 0, JSON facts without problems', async () => {
    const r = await run(['verify', '--gocache', cache, '--format', 'json', '--workers', '0'])
    expect(r.code).toBe(0)
    const facts = JSON.parse(r.stdout) as CacheFacts
    expect(facts.root).toBe(cache)
    expect(facts.verify).toBe('full')
    expect(facts.problems).toEqual([])
    expect(facts.stats.entries).toBeGreaterThan(0)
  })

  it('stats on a TTY draws a progress bar on stderr and prints statistics', async () => {
    const r = await run(['stats', '--gocache', cache], true)
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('\r\u001b[2K')
    expect(r.stderr).toMatch(/cache scan: \d+ files/)
    expect(r.stdout).toMatch(/^cache .*\n {2}\d+ action entries, \d+ outputs/)
  })

  it('verify lists a flipped output with its path and kind (exit 1); prune removes it', async () => {
    const damaged = path.join(base, 'damaged')
    mkdirSync(damaged)
    spawnSync('cp', ['-a', `${cache}/.`, damaged])
    const archive = allFiles(damaged).find(
      (f) => f.endsWith('-d') && readFileSync(f).includes('forty-two')
    )!
    const data = readFileSync(archive)
    data[data.indexOf('forty-two')] = 0x46 // 'f' -> 'F'
    writeFileSync(archive, data)

    const v = await run(['verify', '--gocache', damaged, '--format', 'json', '--workers', '0'])
    expect(v.code).toBe(1)
    expect((JSON.parse(v.stdout) as CacheFacts).problems).toEqual([
      {
        kind: 'output-hash',
        path: archive,
        detail: expect.stringMatching(/^SHA-256 is [0-9a-f]{64}/)
      }
    ])

    const p = await run(['prune', '--gocache', damaged, '--workers', '0'])
    expect(p.code).toBe(0)
    expect(p.stdout).toMatch(/output-hash: 1\n/)
    expect(p.stdout).toMatch(/pruned \(corrupt\): 2 entries/)
    expect((await run(['verify', '--gocache', damaged, '--workers', '0'])).code).toBe(0)
  })

  it.each([
    [['verify', '--gocache', cache, '--prune', 'all'], /--prune only applies to `cache prune`/],
    [['explode'], /unknown cache subcommand "explode"; expected stats, verify or prune/],
    [
      ['verify', '--gocache', cache, '--cache-verify', 'deep'],
      /--cache-verify must be one of full, quick, off/
    ],
    [
      ['prune', '--gocache', cache, '--prune', 'stale', '--max-cache-age', 'soon'],
      /invalid --max-cache-age "soon"/
    ],
    [['stats', '--bogus'], /unknown argument '--bogus' for cache/],
    [
      ['prune', '--gocache', process.env.HOME ?? '/root', '--prune', 'all'],
      /it is a home directory/
    ]
  ])('%j is a usage error (exit 2, no stack trace)', async (args, message) => {
    const r = await run(args)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('a relative GOCACHE (go env prints "off") is named as relative, exit 2', async () => {
    const saved = process.env.GOCACHE
    process.env.GOCACHE = 'relative/cache'
    try {
      const r = await run(['verify'])
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(
        /GOCACHE "relative\/cache" is not an absolute path \(go env shows it as "off"\)/
      )
    } finally {
      if (saved === undefined) delete process.env.GOCACHE
      else process.env.GOCACHE = saved
    }
  })
})
