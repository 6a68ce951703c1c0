// Build-cache rows: the gate against a native floor (bench/floor, Go, built here) doing the same
// work on the same cache in the same run. Gate and floor runs alternate round after round (after
// one untimed run of each, so both find the page and dentry caches equally warm), so whatever
// else the machine does hits both; medians of ROUNDS.
//   cache.verify.full     runCache(full) in-process  vs `floor full`  (lstat, parse, SHA-256, cross-check)
//   cache.verify.quick    runCache(quick) in-process vs `floor quick` (the same without hashing)
//   cache.prune           runCache(prune stale) in-process on an aged copy vs `floor prune` on an
//                         identical copy: the same quick scan, then removal of exactly the entries
//                         the gate removed (checked: both leave the same files)
//   cache.cli.*           the same through the whole CLI (`node dist/cli.js cache ...`, Node start-up
//                         included) against the same floor: informational
//   cache.workers.*       the default thread choice against one thread (`--workers 0`): the
//                         default must never be slower
// In-process means runCache() from the built dist/ chunk, called the way `cache verify` and the
// action call it (worker threads and all); Node's own start-up is in the cache.cli.* rows.
// The cache (>= 600 MB of `go build -a std` for 4 targets) is built once and reused (lib/gocache.js).
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { runFloor } from './lib/floor.js'
import { ageHalf, BENCH_DIR, cacheEntries, copyCache, ensureCache } from './lib/gocache.js'
import { row } from './util.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const DIST = process.env.GBG_DIST ?? path.join(here, '..', 'dist')
const CLI = path.join(DIST, 'cli.js')
const ROUNDS = Number(process.env.GBG_BENCH_ROUNDS ?? 7)

/** runCache from the built chunk that exports it (the chunk name is the bundler's choice). */
export async function loadRunCache() {
  const chunks = path.join(DIST, 'chunks')
  for (const f of readdirSync(chunks)) {
    const mod = readFileSync(path.join(chunks, f), 'utf8')
    const m = /^export \{([^}]*)\}/m.exec(mod)
    const alias = m && /\brunCache as (\w+)/.exec(m[1])
    if (alias) return (await import(pathToFileURL(path.join(chunks, f)).href))[alias[1]]
  }
  throw new Error(`no chunk in ${chunks} exports runCache; run npm run build`)
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const seconds = (t0) => Number(process.hrtime.bigint() - t0) / 1e9

/**
 * Runs every function of `fns` once untimed, then `rounds` times in turn; medians, seconds.
 * Each function returns its own wall time (so set-up such as copying is left out).
 */
export async function interleave(rounds, fns) {
  const times = Object.fromEntries(Object.keys(fns).map((k) => [k, []]))
  for (const fn of Object.values(fns)) await fn()
  for (let i = 0; i < rounds; i++)
    for (const [k, fn] of Object.entries(fns)) times[k].push(await fn())
  return Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)]))
}

/** The whole CLI as a user runs it, seconds. */
function cli(args) {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(process.execPath, [CLI, 'cache', ...args], { stdio: 'ignore' })
  const s = seconds(t0)
  if (r.status !== 0) throw new Error(`cache ${args.join(' ')} exited ${r.status}`)
  return s
}

/** Timed in-process verification; throws unless the cache is clean (so the work is all done). */
export function gateVerify(runCache, root, mode, workers) {
  return async () => {
    const t0 = process.hrtime.bigint()
    const r = await runCache(root, { verify: mode, prune: 'off', workers })
    const s = seconds(t0)
    if (r.problems.length) throw new Error(`bench cache has ${r.problems.length} problems`)
    return s
  }
}

/** Floor timing that also checks the floor saw the same clean cache. */
export function floorVerify(root, mode) {
  return () => {
    const { s, out } = runFloor([mode, root])
    if (out[1] !== 0) throw new Error(`floor ${mode} found ${out[1]} problems in ${root}`)
    return s
  }
}

export async function verifyRows(runCache, root, prefix = 'cache') {
  const rows = []
  for (const [mode, limit] of [
    ['full', 1.3],
    ['quick', 1.5]
  ]) {
    const t = await interleave(ROUNDS, {
      gate: gateVerify(runCache, root, mode),
      floor: floorVerify(root, mode),
      one: gateVerify(runCache, root, mode, 0),
      cli: async () => cli(['verify', '--gocache', root, '--cache-verify', mode])
    })
    rows.push(row(`${prefix}.verify.${mode}`, t.gate, 's', t.floor, limit))
    rows.push(row(`${prefix}.cli.verify.${mode}`, t.cli, 's', t.floor))
    rows.push(row(`${prefix}.workers.${mode}`, t.gate, 's', t.one, 1.05))
  }
  return rows
}

const relEntries = (root) =>
  cacheEntries(root)
    .map((e) => path.relative(root, e))
    .sort()

/** One aged copy per timed run; the floor removes exactly what the gate removed. */
async function pruneRows(runCache, base) {
  const ours = path.join(BENCH_DIR, 'prune-gate')
  const theirs = path.join(BENCH_DIR, 'prune-floor')
  const viaCli = path.join(BENCH_DIR, 'prune-cli')
  const list = path.join(BENCH_DIR, 'prune-list')
  // The copy leaves hundreds of MB of dirty pages; writing them back during the timed prune would
  // make its time depend on the disk's mood: flush them first (for gate, floor and CLI alike).
  const prepare = (dir) => {
    copyCache(base, dir)
    ageHalf(dir)
    spawnSync('sync', [], { stdio: 'ignore' })
  }
  const opts = { verify: 'off', prune: 'stale', maxAgeSeconds: 5 * 86400 }
  let removed = 0
  let left
  const t = await interleave(ROUNDS, {
    gate: async () => {
      prepare(ours)
      const before = relEntries(ours)
      const t0 = process.hrtime.bigint()
      const r = await runCache(ours, opts)
      const s = seconds(t0)
      left = relEntries(ours)
      const kept = new Set(left)
      const gone = before.filter((e) => !kept.has(e))
      if (gone.length !== r.prune.entries)
        throw new Error(`gate reported ${r.prune.entries} removals, ${gone.length} are gone`)
      removed = gone.length
      writeFileSync(list, gone.map((e) => e + '\0').join(''))
      return s
    },
    floor: () => {
      prepare(theirs)
      const { s } = runFloor(['prune', theirs, list])
      if (relEntries(theirs).join('\n') !== left.join('\n'))
        throw new Error('gate and floor left different entries')
      return s
    },
    cli: () => {
      prepare(viaCli)
      const s = cli(['prune', '--gocache', viaCli, '--prune', 'stale', '--cache-verify', 'off'])
      if (relEntries(viaCli).join('\n') !== left.join('\n'))
        throw new Error('the CLI and the in-process gate pruned differently')
      return s
    }
  })
  for (const d of [ours, theirs, viaCli, list]) rmSync(d, { recursive: true, force: true })
  return {
    removed,
    rows: [
      row('cache.prune', t.gate, 's', t.floor, 1.2),
      row('cache.cli.prune', t.cli, 's', t.floor)
    ]
  }
}

export async function run() {
  const { dir, bytes } = ensureCache('base')
  const runCache = await loadRunCache()
  const rows = await verifyRows(runCache, dir)
  const prune = await pruneRows(runCache, dir)
  rows.push(...prune.rows)
  process.stderr.write(
    `cache bench: ${(bytes / 1e6).toFixed(0)} MB, ${cacheEntries(dir).length} entries, ` +
      `${availableParallelism()} cores, ${ROUNDS} rounds; prune removed ${prune.removed} entries\n`
  )
  return rows
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await run(), null, 2))
}
