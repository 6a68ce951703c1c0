// Bench Go build caches, made by real `go build -a std` runs and kept between bench runs under a
// stable directory ($GBG_BENCH_DIR, else os.tmpdir()/gbg-bench-cache), so only the first run
// pays for the builds. A cache counts as built once its `<name>.ready` marker (its byte count)
// exists; an interrupted build is started over.
//   base   4 GOOS/GOARCH targets, about 700 MB (at least 600 MB)
//   large  base plus further targets until it holds at least 5x base's bytes (opt-in rows)
import { execFileSync, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const BENCH_DIR = process.env.GBG_BENCH_DIR ?? path.join(tmpdir(), 'gbg-bench-cache')

const BASE_TARGETS = [
  ['linux', 'amd64'],
  ['linux', 'arm64'],
  ['windows', 'amd64'],
  ['darwin', 'arm64']
]
const MORE_TARGETS = [
  ['linux', '386'],
  ['linux', 'arm'],
  ['linux', 'ppc64le'],
  ['linux', 's390x'],
  ['linux', 'riscv64'],
  ['linux', 'loong64'],
  ['linux', 'mips64le'],
  ['freebsd', 'amd64'],
  ['openbsd', 'amd64'],
  ['netbsd', 'amd64'],
  ['windows', 'arm64'],
  ['windows', '386'],
  ['darwin', 'amd64'],
  ['illumos', 'amd64'],
  ['dragonfly', 'amd64'],
  ['freebsd', 'arm64'],
  ['openbsd', 'arm64'],
  ['netbsd', 'arm64'],
  ['aix', 'ppc64'],
  ['plan9', 'amd64'],
  ['js', 'wasm'],
  ['wasip1', 'wasm']
]
const MIN_BASE_BYTES = 600e6
const GROWTH = 5

function goEnv(gocache, GOOS, GOARCH) {
  return {
    PATH: process.env.PATH,
    HOME: path.join(BENCH_DIR, 'home'),
    GOCACHE: gocache,
    GOENV: 'off',
    GOFLAGS: '',
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
    CGO_ENABLED: '0',
    GOOS,
    GOARCH
  }
}

function goBuildStd(gocache, [GOOS, GOARCH], log) {
  const t0 = Date.now()
  execFileSync('go', ['build', '-a', 'std'], {
    env: goEnv(gocache, GOOS, GOARCH),
    stdio: ['ignore', 'ignore', 'inherit']
  })
  log(`  go build -a std for ${GOOS}/${GOARCH}: ${((Date.now() - t0) / 1000).toFixed(0)} s`)
}

/** Every entry path of the cache's 256 shards (an executable entry `-d/` counts once). */
export function cacheEntries(root) {
  const out = []
  for (const sub of readdirSync(root)) {
    if (!/^[0-9a-f]{2}$/.test(sub)) continue
    for (const name of readdirSync(path.join(root, sub))) out.push(path.join(root, sub, name))
  }
  return out
}

/** Bytes of the files under the shards. */
export function cacheBytes(root) {
  let n = 0
  const walk = (p) => {
    const st = statSync(p)
    if (st.isDirectory()) for (const name of readdirSync(p)) walk(path.join(p, name))
    else n += st.size
  }
  for (const e of cacheEntries(root)) walk(e)
  return n
}

/** Copies a cache with `cp -a` (timestamps kept; far faster than fs.cpSync on large trees). */
export function copyCache(from, to) {
  rmSync(to, { recursive: true, force: true })
  const r = spawnSync('cp', ['-a', from, to], { stdio: ['ignore', 'ignore', 'inherit'] })
  if (r.status !== 0) throw new Error(`cp -a ${from} ${to} failed`)
}

/** Makes the entries of shards 00..7f look last used 10 days ago (a prune-stale workload). */
export function ageHalf(root) {
  const old = new Date(Date.now() - 10 * 86400e3)
  for (const e of cacheEntries(root))
    if (path.basename(path.dirname(e)) < '80') utimesSync(e, old, old)
}

/** The path and size of bench cache `name` ('base' or 'large'), building it first if needed. */
export function ensureCache(name, log = (s) => process.stderr.write(s + '\n')) {
  const dir = path.join(BENCH_DIR, name)
  const ready = path.join(BENCH_DIR, `${name}.ready`)
  if (existsSync(ready) && existsSync(dir))
    return { dir, bytes: Number(readFileSync(ready, 'utf8')) }
  mkdirSync(path.join(BENCH_DIR, 'home'), { recursive: true })
  rmSync(dir, { recursive: true, force: true })
  let bytes
  if (name === 'base') {
    log(`bench: building the base cache in ${dir} (once)`)
    for (const t of BASE_TARGETS) goBuildStd(dir, t, log)
    bytes = cacheBytes(dir)
    if (bytes < MIN_BASE_BYTES) throw new Error(`bench cache ${dir} holds only ${bytes} bytes`)
  } else if (name === 'large') {
    const base = ensureCache('base', log)
    log(`bench: building the large cache in ${dir} (once; several minutes)`)
    copyCache(base.dir, dir)
    bytes = base.bytes
    for (const t of MORE_TARGETS) {
      if (bytes >= GROWTH * base.bytes) break
      goBuildStd(dir, t, log)
      bytes = cacheBytes(dir)
    }
    if (bytes < GROWTH * base.bytes * 0.95)
      log(`bench: the large cache holds ${(bytes / base.bytes).toFixed(1)}x base (out of targets)`)
  } else throw new Error(`unknown bench cache ${name}`)
  writeFileSync(ready, String(bytes))
  return { dir, bytes }
}
