// Opt-in (`npm run bench -- cache-growth`; the first run builds a ~3.5 GB cache, which takes a
// while): does verification time grow linearly with the cache? The base cache and a cache of
// at least 5x its bytes (base plus more `go build -a std` targets, lib/gocache.js) are verified
// in turn, round after round; each row's floor is the base time scaled by the byte ratio, so
// the ratio is (large time / base time) / (large bytes / base bytes): 1.1 allows 5.5x the time
// for 5x the bytes. The native floor's own growth is reported beside it for comparison.
import { runFloor } from './lib/floor.js'
import { ensureCache } from './lib/gocache.js'
import { floorVerify, gateVerify, interleave, loadRunCache } from './cache.js'
import { row } from './util.js'

export const optIn = true
const ROUNDS = Number(process.env.GBG_BENCH_ROUNDS ?? 7)

export async function run() {
  const base = ensureCache('base')
  const large = ensureCache('large')
  const scale = large.bytes / base.bytes
  const runCache = await loadRunCache()
  runFloor(['quick', large.dir]) // build the floor before timing anything
  const rows = []
  for (const mode of ['full', 'quick']) {
    const t = await interleave(ROUNDS, {
      gateBase: gateVerify(runCache, base.dir, mode),
      gateLarge: gateVerify(runCache, large.dir, mode),
      floorBase: floorVerify(base.dir, mode),
      floorLarge: floorVerify(large.dir, mode)
    })
    rows.push(row(`cache.growth.${mode}`, t.gateLarge, 's', t.gateBase * scale, 1.1))
    rows.push(row(`cache.growth.floor.${mode}`, t.floorLarge, 's', t.floorBase * scale))
  }
  process.stderr.write(
    `cache growth: ${(large.bytes / 1e6).toFixed(0)} MB vs ${(base.bytes / 1e6).toFixed(0)} MB ` +
      `(${scale.toFixed(2)}x the bytes)\n`
  )
  return rows
}
