// Reporting a badly broken cache stays linear: a synthetic cache of 200,000 entries (100,000
// action entries, 100,000 outputs) of which 80,000 are broken (40,000 action entries Go would
// ignore, 40,000 outputs of the wrong size), built once under os.tmpdir()/gbg-bench-scale.
//   cache.scale.scan    runCache(verify: quick) on it: the scan, the cross-check and the re-check
//                       of every problem (floor: `find -printf` of the same tree; no limit)
//   cache.scale.report  what turns those facts into output: the GBG3xx checks, the CLI's text
//                       report and the JSON facts (floor: cache.scale.scan; limit 1.5)
// The built dist/ is used, in-process, like bench/cache.js.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { row } from './util.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const DIST = process.env.GBG_DIST ?? path.join(here, '..', 'dist')
const ROOT = path.join(tmpdir(), 'gbg-bench-scale')
const ACTIONS = 100_000
const BROKEN_ACTIONS = 40_000
const BROKEN_OUTPUTS = 40_000
const ROUNDS = Number(process.env.GBG_BENCH_ROUNDS ?? 5)
const VERSION = 'v1 200k/80k'

/** An export of the built chunks, by its source name (the bundler renames exports). */
async function load(name) {
  const chunks = path.join(DIST, 'chunks')
  for (const f of readdirSync(chunks)) {
    const text = readFileSync(path.join(chunks, f), 'utf8')
    for (const m of text.matchAll(/^export \{([^}]*)\}/gm)) {
      for (const item of m[1].split(',')) {
        const [local, exported = local] = item.trim().split(/\s+as\s+/)
        if (local === name || exported === name)
          return (await import(pathToFileURL(path.join(chunks, f)).href))[exported]
      }
    }
  }
  throw new Error(`no chunk in ${chunks} exports ${name}; run npm run build`)
}

const sha = (s) => createHash('sha256').update(s).digest('hex')
const pad = (n) => String(n).padStart(20, ' ')

function build() {
  const marker = `${ROOT}.version`
  // The marker lies beside the cache: a cache deleted without it is built again.
  if (existsSync(ROOT) && existsSync(marker) && readFileSync(marker, 'utf8') === VERSION) return
  rmSync(ROOT, { recursive: true, force: true })
  for (let i = 0; i < 256; i++)
    mkdirSync(path.join(ROOT, i.toString(16).padStart(2, '0')), { recursive: true })
  const ns = BigInt(Date.now() - 3600_000) * 1_000_000n
  for (let i = 0; i < ACTIONS; i++) {
    const content = `output ${i}\n`
    const out = sha(content)
    const id = sha(`action ${i}`)
    const brokenOutput = i % 5 < 2 // 40%: an output of the wrong size
    const brokenAction = i % 5 === 2 || i % 5 === 3 // 40%: an entry naming another action
    writeFileSync(
      path.join(ROOT, out.slice(0, 2), `${out}-d`),
      brokenOutput ? content.slice(0, 3) : content
    )
    const named = brokenAction ? sha(`another ${i}`) : id
    const line = `v1 ${named} ${out} ${pad(content.length)} ${pad(ns)}\n`
    writeFileSync(path.join(ROOT, id.slice(0, 2), `${id}-a`), line)
  }
  writeFileSync(marker, VERSION)
}

function seconds(t0) {
  return Number(process.hrtime.bigint() - t0) / 1e9
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export async function run() {
  build()
  const runCache = await load('runCache')
  const textReport = await load('textReport')
  const cacheChecks = await load('cacheChecks')
  const scanTimes = []
  const reportTimes = []
  let facts
  for (let i = 0; i <= ROUNDS; i++) {
    let t0 = process.hrtime.bigint()
    facts = await runCache(ROOT, { verify: 'quick', prune: 'off', workers: 0 })
    const scan = seconds(t0)
    t0 = process.hrtime.bigint()
    const findings = cacheChecks.flatMap((c) => c.run({ cache: facts }, {}))
    const text = textReport(facts)
    const json = JSON.stringify(facts)
    const report = seconds(t0)
    if (findings.length === 0 || text.length === 0 || json.length === 0)
      throw new Error('no report')
    if (i === 0) continue // warm-up
    scanTimes.push(scan)
    reportTimes.push(report)
  }
  const problems = facts.problems.length
  if (problems !== BROKEN_ACTIONS + BROKEN_OUTPUTS)
    throw new Error(`expected ${BROKEN_ACTIONS + BROKEN_OUTPUTS} problems, found ${problems}`)
  const find = []
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = process.hrtime.bigint()
    spawnSync('find', [ROOT, '-type', 'f', '-printf', '%s\n'], { stdio: 'ignore' })
    find.push(seconds(t0))
  }
  const scan = median(scanTimes)
  process.stderr.write(
    `  ${facts.stats.entries + facts.stats.outputs} entries, ${problems} problems\n`
  )
  return [
    row('cache.scale.scan', scan, 's', median(find)),
    row('cache.scale.report', median(reportTimes), 's', scan, 1.5)
  ]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const r of await run()) console.log(JSON.stringify(r))
}
