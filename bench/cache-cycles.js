// Growth proof , row `cache.cycles`: ten simulated daily CI cycles of a
// module whose generated package changes every day (2 MiB of new compiled output per cycle).
// Each cycle starts on a fresh runner (empty GOCACHE at the same path), restores, moves the clock
// one day on (every restored mtime one day back; Go refreshes what the build uses), builds, saves.
//   gate:  node dist/index.js with `cache: true` (restore with @actions/cache), go build,
//          node dist/post.js (trim to max-cache-size, save) against the cache-service fixture;
//   naive: tar restore of the last save, go build, tar save of everything (a run-unique key).
// Value: the largest GOCACHE the gate saved; floor: the budget (a fresh build + 3 cycles' worth),
// so ratio <= 1 means bounded. `cache.cycles.naive` is the naive last save against the same floor.
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'
import { row } from './util.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const DIST = process.env.GBG_DIST ?? path.join(here, '..', 'dist')
const CYCLES = 10
const DAY = 86400
const GEN_BYTES = 2 * 1024 * 1024
const MiB = 1024 * 1024

/** The cache-service fixture (TypeScript, node builtins only), transpiled for plain Node. */
async function startService(dir) {
  const src = readFileSync(path.join(here, '..', '__fixtures__', 'cache-service.ts'), 'utf8')
  const out = ts.transpileModule(src, {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 }
  })
  const file = path.join(dir, 'cache-service.mjs')
  writeFileSync(file, out.outputText)
  return (await import(pathToFileURL(file).href)).startCacheService()
}

function goEnv(base) {
  return {
    PATH: process.env.PATH,
    HOME: path.join(base, 'home'),
    GOCACHE: path.join(base, 'gocache'),
    GOMODCACHE: path.join(base, 'gomodcache'),
    GOENV: 'off',
    GOFLAGS: '',
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
    CGO_ENABLED: '0',
    GOTELEMETRY: 'off'
  }
}

function writeModule(ws, cycle) {
  mkdirSync(path.join(ws, 'gen'), { recursive: true })
  writeFileSync(path.join(ws, 'go.mod'), 'module example.com/cycles\n\ngo 1.22\n')
  writeFileSync(
    path.join(ws, 'main.go'),
    'package main\n\nimport (\n\t"fmt"\n\n\t"example.com/cycles/gen"\n)\n\nfunc main() { fmt.Println(len(gen.Blob)) }\n'
  )
  const blob = randomBytes(GEN_BYTES / 2).toString('hex')
  writeFileSync(
    path.join(ws, 'gen', 'gen.go'),
    `package gen\n\n// cycle ${cycle}\nvar Blob = "${blob}"\n`
  )
  const past = new Date(Date.now() - 60_000)
  for (const f of ['go.mod', 'main.go', 'gen/gen.go', 'gen', '.'])
    utimesSync(path.join(ws, f), past, past)
}

/** Bytes in GOCACHE's 00..ff (entries and outputs). */
function cacheBytes(root) {
  let n = 0
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else n += statSync(p).size
    }
  }
  for (const e of readdirSync(root, { withFileTypes: true }))
    if (e.isDirectory() && /^[0-9a-f]{2}$/.test(e.name)) walk(path.join(root, e.name))
  return n
}

/** Moves the clock one day on: every file in the cache was last used a day earlier. */
function ageOneDay(root) {
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      const st = statSync(p)
      const t = new Date(st.mtimeMs - DAY * 1000)
      utimesSync(p, t, t)
    }
  }
  walk(root)
}

function build(ws, env) {
  execFileSync('go', ['build', '-o', path.join(ws, '..', 'app.bin'), '.'], {
    cwd: ws,
    env,
    stdio: 'ignore'
  })
}

function actionEnv(base, ws, svc, inputs) {
  const runnerTemp = mkdtempSync(path.join(base, 'runner-'))
  const files = ['output', 'state', 'summary', 'event.json'].map((f) => path.join(runnerTemp, f))
  for (const f of files) writeFileSync(f, '')
  writeFileSync(files[3], JSON.stringify({ repository: { default_branch: 'main' } }))
  const input = Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])
  )
  return {
    files,
    env: {
      ...goEnv(base),
      ...svc.env(svc.token([{ scope: 'refs/heads/main', write: true }])),
      GITHUB_ACTIONS: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_TEMP: runnerTemp,
      GITHUB_WORKSPACE: ws,
      GITHUB_EVENT_PATH: files[3],
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_OUTPUT: files[0],
      GITHUB_STATE: files[1],
      GITHUB_STEP_SUMMARY: files[2],
      ...input
    }
  }
}

/** Async: the cache service runs in this process and must keep answering meanwhile. */
function runNode(entry, ws, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(DIST, entry)], { cwd: ws, env })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${entry} exited ${code}: ${out.slice(-2000)}`))
    )
  })
}

/** `name<<delim` … file commands (GITHUB_STATE) as STATE_ variables for the post step. */
function stateVars(file) {
  const out = {}
  const lines = readFileSync(file, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const value = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
    out[`STATE_${m[1]}`] = value.join('\n')
  }
  return out
}

async function gated(budget) {
  const base = mkdtempSync(path.join(tmpdir(), 'gbg-cycles-gate-'))
  const ws = path.join(base, 'ws')
  const svc = await startService(base)
  const series = []
  try {
    for (let c = 1; c <= CYCLES; c++) {
      const genv = goEnv(base)
      rmSync(genv.GOCACHE, { recursive: true, force: true })
      writeModule(ws, c)
      const inputs = { cache: 'true', 'cache-verify': 'quick', 'max-cache-size': String(budget) }
      const { env, files } = actionEnv(base, ws, svc, inputs)
      await runNode('index.js', ws, env)
      ageOneDay(genv.GOCACHE)
      build(ws, genv)
      const log = await runNode('post.js', ws, { ...env, ...stateVars(files[1]) })
      if (!/cache: saved/.test(log)) throw new Error(`cycle ${c} did not save:\n${log}`)
      const entry = svc.entries.at(-1)
      series.push({ gocache: cacheBytes(genv.GOCACHE), archive: entry.blob.length })
    }
  } finally {
    await svc.close()
    rmSync(base, { recursive: true, force: true })
  }
  return series
}

function naive() {
  const base = mkdtempSync(path.join(tmpdir(), 'gbg-cycles-naive-'))
  const ws = path.join(base, 'ws')
  const genv = goEnv(base)
  const archive = path.join(base, 'saved.tar.zst')
  const series = []
  try {
    for (let c = 1; c <= CYCLES; c++) {
      rmSync(genv.GOCACHE, { recursive: true, force: true })
      mkdirSync(genv.GOCACHE, { recursive: true })
      writeModule(ws, c)
      if (c > 1) execFileSync('tar', ['--zstd', '-xf', archive, '-C', genv.GOCACHE])
      ageOneDay(genv.GOCACHE)
      build(ws, genv)
      execFileSync('tar', ['--zstd', '-cf', archive, '-C', genv.GOCACHE, '.'])
      series.push({ gocache: cacheBytes(genv.GOCACHE), archive: statSync(archive).size })
    }
  } finally {
    rmSync(base, { recursive: true, force: true })
  }
  return series
}

/** GOCACHE after one build of the module from scratch (what every cycle needs at least). */
function freshSize() {
  const base = mkdtempSync(path.join(tmpdir(), 'gbg-cycles-fresh-'))
  try {
    const ws = path.join(base, 'ws')
    writeModule(ws, 0)
    build(ws, goEnv(base))
    return cacheBytes(goEnv(base).GOCACHE)
  } finally {
    rmSync(base, { recursive: true, force: true })
  }
}

const mib = (n) => (n / MiB).toFixed(1)

export async function run() {
  const fresh = freshSize()
  const budget = fresh + 3 * GEN_BYTES
  const withGate = await gated(budget)
  const without = naive()
  const line = (name, s) =>
    `  ${name.padEnd(6)} GOCACHE MiB: ${s.map((x) => mib(x.gocache)).join(' ')}\n` +
    `  ${''.padEnd(6)} archive MiB: ${s.map((x) => mib(x.archive)).join(' ')}\n`
  process.stderr.write(
    `cache.cycles: fresh build ${mib(fresh)} MiB, budget (max-cache-size) ${mib(budget)} MiB\n` +
      line('gate', withGate) +
      line('naive', without)
  )
  const maxGate = Math.max(...withGate.map((x) => x.gocache))
  return [
    row('cache.cycles', maxGate / MiB, 'MiB', budget / MiB, 1),
    row('cache.cycles.naive', without.at(-1).gocache / MiB, 'MiB', budget / MiB)
  ]
}
