// Build-cache benchmark rows (issue: GOCACHE integrity), measured against floors taken in the
// same run on the same cache:
//   cache.verify.full   `cache verify --cache-verify full` vs max(cat of every file, bytes / (openssl sha256 rate x cores))
//   cache.verify.quick  `cache verify --cache-verify quick` vs `find <root> -type f -printf '%s\n'`
//   cache.prune         `cache prune --prune stale` of half the entries vs `find … -delete` of the same age class
//   cache.anchor.gocacheverify  `GODEBUG=gocacheverify=1 go build -a std` for the same targets (floor: verify.full)
// The gate's value is the `durationMs` it reports (scan + verify + prune inside the process, not
// Node's start-up); floors are wall times of the tools. The cache (>= 600 MB, `go build -a std`
// for several GOOS/GOARCH) is built once into os.tmpdir()/gbg-bench-cache and reused.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const CLI = path.join(process.env.GBG_DIST ?? path.join(here, '..', 'dist'), 'cli.js')
const BASE = path.join(tmpdir(), 'gbg-bench-cache')
const CACHE = path.join(BASE, 'gocache')
const TARGETS = [
  ['linux', 'amd64'],
  ['linux', 'arm64'],
  ['windows', 'amd64'],
  ['darwin', 'arm64']
]
const MIN_BYTES = 600e6
const RUNS = 3

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

/** Wall time of a shell command, best of RUNS, seconds. */
function timeShell(cmd, setup) {
  let best = Infinity
  for (let i = 0; i < RUNS; i++) {
    setup?.()
    const t = process.hrtime.bigint()
    const r = spawnSync('sh', ['-c', cmd], { stdio: ['ignore', 'ignore', 'inherit'] })
    const s = Number(process.hrtime.bigint() - t) / 1e9
    if (r.status !== 0) throw new Error(`${cmd} failed`)
    best = Math.min(best, s)
  }
  return best
}

/** The gate's own duration for a `cache` subcommand, best of RUNS, seconds (plus its facts). */
function timeGate(args, setup) {
  let best = Infinity
  let facts
  for (let i = 0; i < RUNS; i++) {
    setup?.()
    const r = spawnSync(process.execPath, [CLI, 'cache', ...args, '--format', 'json'], {
      encoding: 'utf8',
      maxBuffer: 1 << 28
    })
    if (r.status !== 0) throw new Error(`cache ${args.join(' ')} exited ${r.status}: ${r.stderr}`)
    facts = JSON.parse(r.stdout)
    best = Math.min(best, facts.durationMs / 1000)
  }
  return { seconds: best, facts }
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

const row = (name, value, floor, unit = 's') => ({ name, value, unit, floor, ratio: value / floor })

const q = (p) => `'${p.replace(/'/g, `'\\''`)}'`

/** A copy of the cache where the entries in 00..7f were last used 10 days ago. */
function agedCopy(dir) {
  rmSync(dir, { recursive: true, force: true })
  cpSync(CACHE, dir, { recursive: true, preserveTimestamps: true })
  const old = new Date(Date.now() - 10 * 86400e3)
  for (const f of cacheFiles(dir))
    if (path.basename(path.dirname(f)) < '80') utimesSync(f, old, old)
}

export async function run() {
  ensureCache()
  const bytes = duBytes(CACHE)
  const cores = availableParallelism()
  const rows = []

  const cat = timeShell(`find ${q(CACHE)} -type f -exec cat {} + > /dev/null`)
  const hash = bytes / (sha256Rate() * cores)
  const full = timeGate(['verify', '--gocache', CACHE, '--cache-verify', 'full'])
  if (full.facts.problems.length) throw new Error('bench cache has problems')
  rows.push(row('cache.verify.full', full.seconds, Math.max(cat, hash)))

  const walk = timeShell(`find ${q(CACHE)} -type f -printf '%s\\n' > /dev/null`)
  const quick = timeGate(['verify', '--gocache', CACHE, '--cache-verify', 'quick'])
  rows.push(row('cache.verify.quick', quick.seconds, walk))

  const ours = path.join(BASE, 'prune-gate')
  const theirs = path.join(BASE, 'prune-find')
  const prune = timeGate(
    [
      'prune',
      '--gocache',
      ours,
      '--prune',
      'stale',
      '--cache-verify',
      'off',
      '--max-cache-age',
      '5d'
    ],
    () => agedCopy(ours)
  )
  const del = timeShell(`find ${q(theirs)} -type f -mtime +5 -delete`, () => agedCopy(theirs))
  rows.push(row('cache.prune', prune.seconds, del))
  const deleted = cacheFiles(path.join(BASE, 'prune-gate')).length
  const kept = cacheFiles(theirs).length
  process.stderr.write(
    `cache bench: ${(bytes / 1e6).toFixed(0)} MB, ${cacheFiles(CACHE).length} files, ${cores} cores; ` +
      `prune removed ${prune.facts.prune.entries} (left ${deleted}), find left ${kept}\n`
  )
  rmSync(ours, { recursive: true, force: true })
  rmSync(theirs, { recursive: true, force: true })

  const anchorCache = path.join(BASE, 'anchor')
  rmSync(anchorCache, { recursive: true, force: true })
  cpSync(CACHE, anchorCache, { recursive: true, preserveTimestamps: true })
  const t = process.hrtime.bigint()
  goBuildStd(anchorCache, { GODEBUG: 'gocacheverify=1' })
  const anchor = Number(process.hrtime.bigint() - t) / 1e9
  rmSync(anchorCache, { recursive: true, force: true })
  rows.push(row('cache.anchor.gocacheverify', anchor, full.seconds))
  return rows
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await run(), null, 2))
}
