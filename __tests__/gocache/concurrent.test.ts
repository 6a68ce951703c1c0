/**
 * The gate beside a concurrent `go`, with the real toolchain:
 *  - full verification and `prune: corrupt` / `prune: stale` run in a loop while `go build -a`
 *    fills the same cache: no finding, nothing removed, and the build links a binary identical
 *    to one built with a clean cache of its own;
 *  - a directory the gate cannot read (run as another user with setpriv): the entries whose
 *    outputs live there are "not checked", never "missing", and never pruned.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import { REPO } from '../../__fixtures__/runner.js'
import { runCache } from '../../src/gocache/run.js'
import type { CacheFacts } from '../../src/gocache/types.js'
import { allFiles, copyCache, goEnv, tempDir } from './helpers.js'

const base = tempDir('concurrent')
afterAll(() => rmSync(base, { recursive: true, force: true }))

/** A main package over a few dozen standard packages: `go build -a` writes hundreds of entries. */
function writeProgram(dir: string): void {
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'go.mod'), 'module example.com/busy\n\ngo 1.22\n')
  writeFileSync(
    path.join(dir, 'main.go'),
    'package main\n\nimport (\n\t"encoding/json"\n\t"fmt"\n\t"net/url"\n\t"os"\n\t"text/template"\n)\n\n' +
      'func main() {\n\tu, _ := url.Parse("https://example.com/?q=1")\n\tb, _ := json.Marshal(u.Query())\n' +
      '\ttemplate.Must(template.New("t").Parse("{{.}}\\n")).Execute(os.Stdout, string(b))\n\tfmt.Println(u.Host)\n}\n'
  )
}

describe('beside a concurrent go build', () => {
  it('verify and prune in a loop find nothing, remove nothing, and the build is unchanged', async () => {
    const mod = path.join(base, 'mod')
    const home = path.join(base, 'home')
    const cache = path.join(base, 'cache')
    writeProgram(mod)
    const build = spawn('go', ['build', '-a', '-o', path.join(base, 'busy'), '.'], {
      cwd: mod,
      env: goEnv(cache, home),
      stdio: ['ignore', 'ignore', 'pipe']
    })
    let stderr = ''
    build.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    let exit: number | null | undefined
    const exited = new Promise<void>((resolve) =>
      build.on('close', (code) => {
        exit = code
        resolve()
      })
    )
    const runs: CacheFacts[] = []
    while (exit === undefined) {
      const mode = runs.length % 2 === 0 ? 'corrupt' : 'stale'
      runs.push(
        await runCache(cache, { verify: 'full', prune: mode, maxAgeSeconds: 0, workers: 0 })
      )
      await new Promise((r) => setImmediate(r))
    }
    await exited
    expect(stderr).toBe('')
    expect(exit).toBe(0)
    expect(runs.length).toBeGreaterThan(3)
    // Entries existed while the gate looked (the loop did overlap the build).
    expect(runs.some((f) => f.stats.entries > 0)).toBe(true)
    expect(runs.flatMap((f) => f.problems)).toEqual([])
    // (Before go creates the cache there is nothing to prune: no prune facts.)
    expect(runs.map((f) => f.prune?.entries ?? 0)).toEqual(runs.map(() => 0))
    console.log(
      `beside go build -a: ${runs.length} verify+prune runs, up to ${Math.max(...runs.map((f) => f.stats.entries))} entries, 0 findings`
    )
    expect(runs.flatMap((f) => f.prune?.failed ?? [])).toEqual([])

    // The same program built alone, with a clean cache: the same bytes.
    const clean = spawnSync('go', ['build', '-a', '-o', path.join(base, 'busy-clean'), '.'], {
      cwd: mod,
      env: goEnv(path.join(base, 'clean-cache'), home),
      encoding: 'utf8'
    })
    expect(clean.status).toBe(0)
    expect(
      readFileSync(path.join(base, 'busy')).equals(readFileSync(path.join(base, 'busy-clean')))
    ).toBe(true)
    const after = await runCache(cache, { verify: 'full', prune: 'off', workers: 0 })
    expect(after.problems).toEqual([])
  }, 600_000)
})

/** The shard holding the output of an action entry that lives in another shard. */
function shardReferencedFromElsewhere(cache: string): { shard: string; entries: number } {
  const counts = new Map<string, number>()
  for (const f of allFiles(cache)) {
    if (!f.endsWith('-a')) continue
    const out = readFileSync(f, 'latin1').split(' ')[2]!
    const shard = out.slice(0, 2)
    if (shard !== path.basename(path.dirname(f))) counts.set(shard, (counts.get(shard) ?? 0) + 1)
  }
  const [shard, entries] = [...counts].sort((a, b) => b[1] - a[1])[0]!
  return { shard, entries }
}

const canSetpriv =
  process.platform === 'linux' &&
  process.getuid?.() === 0 &&
  spawnSync('setpriv', ['--version']).status === 0

;(canSetpriv ? describe : describe.skip)('an unreadable cache directory', () => {
  it('is "not checked": no output-missing, nothing pruned (run as another user)', () => {
    // The cache the first test filled (or a fresh one when it did not run).
    const cache = path.join(base, 'cache2')
    if (existsSync(path.join(base, 'cache'))) copyCache(path.join(base, 'cache'), cache)
    else {
      const mod = path.join(base, 'mod2')
      writeProgram(mod)
      const r = spawnSync('go', ['build', '-o', path.join(base, 'busy2'), '.'], {
        cwd: mod,
        env: goEnv(cache, path.join(base, 'home')),
        encoding: 'utf8'
      })
      expect(r.status).toBe(0)
    }
    const { shard, entries } = shardReferencedFromElsewhere(cache)
    expect(entries).toBeGreaterThan(0)
    // The cache belongs to the unprivileged user, except one shard it may not read.
    execFileSync('chown', ['-R', '65534:65534', cache])
    for (let d = path.dirname(cache); d !== '/'; d = path.dirname(d))
      chmodSync(d, statSync(d).mode | 0o005)
    chmodSync(path.join(cache, shard), 0o000)
    const others = (): string[] =>
      readdirSync(cache)
        .filter((d) => d !== shard && /^[0-9a-f]{2}$/.test(d))
        .flatMap((d) => readdirSync(path.join(cache, d)).map((n) => `${d}/${n}`))
        .sort()
    const before = others()
    const run = spawnSync(
      'setpriv',
      [
        '--reuid=65534',
        '--regid=65534',
        '--clear-groups',
        process.execPath,
        path.join(REPO, 'dist', 'cli.js'),
        'cache',
        'prune',
        '--gocache',
        cache,
        '--format',
        'json',
        '--workers',
        '0'
      ],
      { encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/nonexistent' } }
    )
    chmodSync(path.join(cache, shard), 0o755)
    expect(run.stderr).not.toMatch(/internal error/)
    const facts = JSON.parse(run.stdout) as CacheFacts
    expect(facts.problems).toEqual([
      expect.objectContaining({ kind: 'unreadable', path: path.join(cache, shard) })
    ])
    expect(facts.notChecked).toBe(entries)
    expect(facts.prune?.entries).toBe(0)
    expect(others()).toEqual(before)
  })
})
