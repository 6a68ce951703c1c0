// Build-cache benchmark rows , each against a floor measured in the same
// run on the same cache, both warmed the same way (one untimed run each, then interleaved runs,
// median of several):
//   cache.verify.full   runCache(full)  vs max(`cat` of every file, bytes / (openssl sha256 rate x cores))
//   cache.verify.quick  runCache(quick) vs `find <root> -type f -printf '%s\n'`
//   cache.prune         runCache(prune stale) of half the entries vs `xargs -0 rm -rf` of exactly
//                       the files the gate removed (same aged copy of the cache each time)
//   cache.cli.*         the whole CLI (`node dist/cli.js cache verify ...`): informational, no limit
//   cache.anchor.gocacheverify  `GODEBUG=gocacheverify=1 go build -a std` for the same targets
//                               (informational; floor: the gate's full verification)
//
// What is timed for the gate: the verification (or prune) call itself, in this process, with the
// built code from dist/ already loaded: runCache() exactly as `cache verify` and the action call
// it, including everything it starts (worker threads) and everything it reads. Not timed: Node's
// own start-up and module loading (~40 ms for `node -e 0` here, more than the whole `find` walk),
// which no in-process work can win back; the cache.cli.* rows show that whole-process cost.
// The floors are whole processes (find, cat, xargs rm), spawned from here.
//
// The cache (>= 600 MB, `go build -a std` for several GOOS/GOARCH) is built once into
// os.tmpdir()/gbg-bench-cache and reused.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { row } from './util.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const DIST = process.env.GBG_DIST ?? path.join(here, '..', 'dist')
const CLI = path.join(DIST, 'cli.js')
const BASE = path.join(tmpdir(), 'gbg-bench-cache')
const CACHE = path.join(BASE, 'gocache')
const TARGETS = [
  ['linux', 'amd64'],
  ['linux', 'arm64'],
  ['windows', 'amd64'],
  ['darwin', 'arm64']
]
const MIN_BYTES = 600e6
const RUNS = 7
const PRUNE_RUNS = 3

function goEnv(gocache, extra = {}) {
  return {
    PATH: process.env.PATH,
    HOME: path.join(BASE, 'home'),
    GOCACHE: gocache,
    GOENV: 'off',
    GOFLAGS: '',
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
    CGO_ENABLED: '0',
    ...extra
  }
}

function goBuildStd(gocache, extra = {}) {
  for (const [GOOS, GOARCH] of TARGETS) {
    execFileSync('go', ['build', '-a', 'std'], {
      env: goEnv(gocache, { GOOS, GOARCH, ...extra }),
      stdio: 'ignore'
    })
  }
}

function cacheFiles(root) {
  const files = []
  for (const sub of readdirSync(root)) {
    if (!/^[0-9a-f]{2}$/.test(sub)) continue
    for (const name of readdirSync(path.join(root, sub))) files.push(path.join(root, sub, name))
  }
  return files
}

function duBytes(root) {
  return cacheFiles(root).reduce((n, f) => n + statSync(f).size, 0)
}

function ensureCache() {
  const ready = path.join(BASE, 'ready')
  if (existsSync(ready) && existsSync(CACHE)) return
  rmSync(BASE, { recursive: true, force: true })
  mkdirSync(path.join(BASE, 'home'), { recursive: true })
  goBuildStd(CACHE)
  const bytes = duBytes(CACHE)
  if (bytes < MIN_BYTES) throw new Error(`bench cache is only ${bytes} bytes; add targets`)
  writeFileSync(ready, String(bytes))
}

/** runCache from the built chunk of the `cache` command (it exports both). */
async function loadRunCache() {
  const chunks = path.join(DIST, 'chunks')
  const chunk = readdirSync(chunks).find((f) =>
    /^export \{[^}]*\bcacheCommand\b[^}]*\brunCache\b/m.test(
      readFileSync(path.join(chunks, f), 'utf8')
    )
  )
  if (!chunk) throw new Error(`no chunk in ${chunks} exports runCache; run npm run build`)
  return (await import(pathToFileURL(path.join(chunks, chunk)).href)).runCache
}

const seconds = (t0) => Number(process.hrtime.bigint() - t0) / 1e9

/** Wall time of a shell command, seconds. */
function shell(cmd) {
  const t0 = process.hrtime.bigint()
  const r = spawnSync('sh', ['-c', cmd], { stdio: ['ignore', 'ignore', 'inherit'] })
  const s = seconds(t0)
  if (r.status !== 0) throw new Error(`${cmd} failed`)
  return s
}

/** Wall time of an async call, seconds, and its result. */
async function timed(fn) {
  const t0 = process.hrtime.bigint()
  const result = await fn()
  return { s: seconds(t0), result }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/**
 * Medians of `runs` interleaved runs of the gate and its floor, after one untimed run of each
 * (so both find the page cache and the dentry cache equally warm).
 */
async function versus(runs, gate, floor) {
  await gate()
  await floor()
  const g = []
  const f = []
  for (let i = 0; i < runs; i++) {
    g.push(await gate())
    f.push(await floor())
  }
  return { gate: median(g), floor: median(f) }
}

function sha256Rate() {
  const out = execFileSync('openssl', ['speed', '-seconds', '1', '-evp', 'sha256'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore']
  })
  const line = out.split('\n').find((l) => /^sha256\s/.test(l))
  const cols = line.trim().split(/\s+/)
  return parseFloat(cols[cols.length - 1]) * 1000 // the 16384-byte column, in 1000s of bytes/s
}

const q = (p) => `'${p.replace(/'/g, `'\\''`)}'`

/** A copy of the cache where the entries in 00..7f were last used 10 days ago. */
function agedCopy(dir) {
  rmSync(dir, { recursive: true, force: true })
  cpSync(CACHE, dir, { recursive: true, preserveTimestamps: true })
  const old = new Date(Date.now() - 10 * 86400e3)
  for (const f of cacheFiles(dir))
    if (path.basename(path.dirname(f)) < '80') utimesSync(f, old, old)
}

/** The whole CLI, as a user runs it (Node start-up included), seconds. */
function cli(args) {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(process.execPath, [CLI, 'cache', ...args], { stdio: 'ignore' })
  const s = seconds(t0)
  if (r.status !== 0) throw new Error(`cache ${args.join(' ')} exited ${r.status}`)
  return s
}

export async function run() {
  ensureCache()
  const runCache = await loadRunCache()
  const files = cacheFiles(CACHE)
  const bytes = duBytes(CACHE)
  const cores = availableParallelism()
  const rows = []
  const verify = async (mode) => {
    const { s, result } = await timed(() => runCache(CACHE, { verify: mode, prune: 'off' }))
    if (result.problems.length)
      throw new Error(`bench cache has ${result.problems.length} problems`)
    return s
  }

  const hash = bytes / (sha256Rate() * cores)
  const full = await versus(
    RUNS,
    () => verify('full'),
    () => shell(`find ${q(CACHE)} -type f -exec cat {} + > /dev/null`)
  )
  rows.push(row('cache.verify.full', full.gate, 's', Math.max(full.floor, hash), 1.3))

  const walk = `find ${q(CACHE)} -type f -printf '%s\\n' > /dev/null`
  const quick = await versus(
    RUNS,
    () => verify('quick'),
    () => shell(walk)
  )
  rows.push(row('cache.verify.quick', quick.gate, 's', quick.floor, 1.5))

  const ours = path.join(BASE, 'prune-gate')
  const theirs = path.join(BASE, 'prune-rm')
  const list = path.join(BASE, 'prune-list')
  const gatePrune = []
  const rmPrune = []
  let removed
  for (let i = 0; i < PRUNE_RUNS; i++) {
    agedCopy(ours)
    const before = new Set(cacheFiles(ours))
    const args = { verify: 'off', prune: 'stale', maxAgeSeconds: 5 * 86400 }
    const { s, result } = await timed(() => runCache(ours, args))
    gatePrune.push(s)
    for (const f of cacheFiles(ours)) before.delete(f)
    removed = [...before]
    if (removed.length !== result.prune.entries)
      throw new Error(`gate reported ${result.prune.entries} removals, ${removed.length} are gone`)
    writeFileSync(list, removed.map((f) => path.relative(ours, f) + '\0').join(''))
    agedCopy(theirs)
    rmPrune.push(shell(`cd ${q(theirs)} && xargs -0 rm -rf -- < ${q(list)}`))
    const left = (root) => cacheFiles(root).map((f) => path.relative(root, f))
    if (left(ours).join('\n') !== left(theirs).join('\n'))
      throw new Error('gate and xargs rm left different files')
  }
  rows.push(row('cache.prune', median(gatePrune), 's', median(rmPrune), 1.2))
  rmSync(ours, { recursive: true, force: true })
  rmSync(theirs, { recursive: true, force: true })
  rmSync(list, { force: true })

  for (const mode of ['full', 'quick']) {
    const floor = mode === 'full' ? rows[0].floor : rows[1].floor
    const args = ['verify', '--gocache', CACHE, '--cache-verify', mode]
    cli(args)
    rows.push(row(`cache.cli.verify.${mode}`, median([0, 1, 2].map(() => cli(args))), 's', floor))
  }

  process.stderr.write(
    `cache bench: ${(bytes / 1e6).toFixed(0)} MB, ${files.length} files, ${cores} cores; ` +
      `prune removed the same ${removed.length} files in both\n`
  )

  const anchorCache = path.join(BASE, 'anchor')
  rmSync(anchorCache, { recursive: true, force: true })
  cpSync(CACHE, anchorCache, { recursive: true, preserveTimestamps: true })
  const t = process.hrtime.bigint()
  goBuildStd(anchorCache, { GODEBUG: 'gocacheverify=1' })
  const anchor = seconds(t)
  rmSync(anchorCache, { recursive: true, force: true })
  rows.push(row('cache.anchor.gocacheverify', anchor, 's', full.gate))
  return rows
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await run(), null, 2))
}
