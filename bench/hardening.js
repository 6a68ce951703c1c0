// bench hardening: time linear in the input, for inputs built to be large or hostile.
//   hardening.findings-<N>.<sink>   `check --format <sink>` (sinks: json, text, sarif, github =
//                                    annotations) on a go.mod of N requirements that go.sum lacks
//                                    (N GBG241 findings), N = 100k and 10k; `.action` is the
//                                    bundled action (dist/index.js, runner-like environment) on
//                                    the same module: every sink at once (log text, JSON report,
//                                    SARIF, annotations, job summary).
//   hardening.findings-linear.<sink>  time at 100k findings against time at 10k (limit 11): ten
//                                    times the findings may cost at most about ten times the time.
//   hardening.findings-10k-one-fix.action  the action on 10,000 findings sharing one fix (replace
//                                    lines to missing directories).
//   hardening.baseline-dup-28MB     `check` with a 28 MB baseline of duplicate keys (refused by
//                                    the 1 MiB cap), against `check` with a small baseline.
//   hardening.baseline-dup-1MiB     the same with 80,000 duplicate keys just under the cap (parsed,
//                                    then the first duplicate reported), same floor.
//   hardening.baseline-long-key     a baseline whose one unknown key has 500,000 characters (the
//                                    "did you mean" search must not compare it letter by letter).
// The floor of a finding row is the work that produces the findings, timed in the same run: the
// parse of go.mod and go.sum (`modfile --json go.mod`), the `go env -json` whose GOOS, GOARCH,
// GOFLAGS and GOWORK decide which files are read and what the findings say (the start-up rows
// count it in their floor too), and Go's own loader on the module, the `go list` the default
// preflight runs (the command the report names, with the preflight's offline environment):
// `check` cannot report before all three have run. The target for the
// finding rows is 1.5x that floor. Every command is timed in turn, round after round (so a
// machine that slows down affects gate and floor alike), and the medians of ROUNDS rounds are
// kept. Standard output of every timed command goes to a file, as `> report.json` sends it.
import { spawnSync } from 'node:child_process'
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { median, row, timeCommand } from './util.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const dist = path.join(here, '..', 'dist')
const cli = path.join(dist, 'cli.js')
const LIMIT = 1.5
/** Linear time: 10x the findings in at most about 10x the time (start-up costs make it less). */
const LINEAR_LIMIT = 11
const ROUNDS = Number(process.env.GBG_BENCH_HARDENING_ROUNDS ?? 3)
const SINKS = ['json', 'text', 'sarif', 'github']
/** The preflight's offline environment (src/facts/preflight.ts). */
const OFFLINE = { GOPROXY: 'off', GOSUMDB: 'sum.golang.org http://127.0.0.1:1' }

function goEnv(tmp) {
  return {
    PATH: process.env.PATH,
    HOME: path.join(tmp, 'home'),
    GOENV: 'off',
    GOCACHE: path.join(tmp, 'gocache'),
    GOTOOLCHAIN: 'local',
    GOFLAGS: '',
    GOTELEMETRY: 'off'
  }
}

/** A module whose go.mod requires `n` modules that its go.sum does not list. */
function requiresModule(root, n) {
  mkdirSync(path.join(root, '.git'), { recursive: true })
  const lines = Array.from({ length: n }, (_, i) => `\texample.com/m${i} v1.0.0\n`)
  writeFileSync(
    path.join(root, 'go.mod'),
    `module example.com/big\n\ngo 1.22\n\nrequire (\n${lines.join('')})\n`
  )
  writeFileSync(path.join(root, 'go.sum'), 'example.com/other v1.0.0 h1:x=\n')
  return root
}

/**
 * A module whose go.mod requires `n` modules and replaces each with a missing directory: `n`
 * GBG221 findings sharing one fix. (Without the requirements go never reads those replacements,
 * and the gate rightly reports nothing.)
 */
function replacesModule(root, n) {
  mkdirSync(path.join(root, '.git'), { recursive: true })
  const required = Array.from({ length: n }, (_, i) => `\texample.com/m${i} v1.0.0\n`)
  const lines = Array.from({ length: n }, (_, i) => `\texample.com/m${i} => ./gone/m${i}\n`)
  writeFileSync(
    path.join(root, 'go.mod'),
    `module example.com/big\n\ngo 1.22\n\nrequire (\n${required.join('')})\n\nreplace (\n${lines.join('')})\n`
  )
  return root
}

/** The bundled action's main step as a runner starts it (inputs from the environment). */
function actionTime(ws, tmp) {
  const runnerTemp = mkdtempSync(path.join(tmp, 'runner-'))
  const file = (name, text = '') => {
    const p = path.join(runnerTemp, name)
    writeFileSync(p, text)
    return p
  }
  const env = {
    ...goEnv(tmp),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: ws,
    GITHUB_EVENT_PATH: file('event.json', '{}'),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_OUTPUT: file('output'),
    GITHUB_STEP_SUMMARY: file('summary.md'),
    GITHUB_STATE: file('state'),
    GITHUB_REPOSITORY: 'octo/bench',
    INPUT_MODE: 'warn',
    'INPUT_FAIL-ON': 'error',
    'INPUT_CACHE-VERIFY': 'off',
    INPUT_PRUNE: 'off',
    INPUT_COMMENT: 'off',
    INPUT_SARIF: path.join(runnerTemp, 'out.sarif')
  }
  const ms = timeToFile(process.execPath, [path.join(dist, 'index.js')], { cwd: ws, env })
  rmSync(runnerTemp, { recursive: true, force: true })
  return ms
}

/**
 * Wall time of a command whose standard output goes to a file, as `> report.json` would send it
 * (not into this process, whose reading of 100 MB would be timed as the command's).
 */
function timeToFile(cmd, args, opts) {
  const out = path.join(opts.cwd, '..', `stdout-${process.pid}`)
  const fd = openSync(out, 'w')
  try {
    return timeCommand(cmd, args, { ...opts, stdio: ['ignore', fd, 'pipe'] })
  } finally {
    closeSync(fd)
    rmSync(out, { force: true })
  }
}

/** Medians of ROUNDS rounds (after one warm-up round) of every command, timed in turn. */
function medians(commands) {
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]))
  for (const fn of Object.values(commands)) fn()
  for (let i = 0; i < ROUNDS; i++) {
    for (const [name, fn] of Object.entries(commands)) times[name].push(fn())
  }
  const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  return Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, mid(xs)]))
}

/** The `go list` arguments of the preflight, as the JSON report of a check in `ws` names them. */
function preflightArgs(ws, env) {
  const r = spawnSync(
    process.execPath,
    [cli, 'check', '--cache-verify', 'off', '--format', 'json'],
    { cwd: ws, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }
  )
  const command = JSON.parse(r.stdout).preflight?.command ?? ''
  if (!command.startsWith('go list ')) throw new Error(`no preflight go list in ${ws}: ${command}`)
  return command.split(' ').slice(1)
}

/** The commands of the finding rows for the module in `ws`: floor parts and every sink. */
function findingCommands(ws, tmp, env, sinks = SINKS) {
  const goList = preflightArgs(ws, env)
  const commands = {
    parse: () =>
      timeToFile(process.execPath, [cli, 'modfile', '--json', 'go.mod'], { cwd: ws, env }),
    goEnv: () => timeToFile('go', ['env', '-json'], { cwd: ws, env }),
    goList: () =>
      timeToFile('go', goList, { cwd: ws, env: { ...env, ...OFFLINE }, allowFailure: true })
  }
  for (const format of sinks) {
    commands[format] = () =>
      timeToFile(process.execPath, [cli, 'check', '--cache-verify', 'off', '--format', format], {
        cwd: ws,
        env
      })
  }
  commands.action = () => actionTime(ws, tmp)
  return commands
}

export async function run() {
  const tmp = mkdtempSync(path.join(tmpdir(), 'gbg-bench-hardening-'))
  const rows = []
  const env = goEnv(tmp)
  const sizes = { '100k': 100_000, '10k': 10_000 }
  const m = {}
  for (const [label, n] of Object.entries(sizes)) {
    const ws = requiresModule(path.join(tmp, `requires-${label}`), n)
    m[label] = medians(findingCommands(ws, tmp, env))
  }
  for (const label of Object.keys(sizes)) {
    const floor = m[label].parse + m[label].goEnv + m[label].goList
    process.stderr.write(
      `  (${label} floor: modfile --json ${m[label].parse.toFixed(0)} ms + go env ${m[label].goEnv.toFixed(0)} ms + go list ${m[label].goList.toFixed(0)} ms)\n`
    )
    for (const sink of [...SINKS, 'action']) {
      rows.push(row(`hardening.findings-${label}.${sink}`, m[label][sink], 'ms', floor, LIMIT))
    }
  }
  for (const sink of [...SINKS, 'action']) {
    rows.push(
      row(`hardening.findings-linear.${sink}`, m['100k'][sink], 'ms', m['10k'][sink], LINEAR_LIMIT)
    )
  }

  const same = replacesModule(path.join(tmp, 'replaces'), 10_000)
  const one = medians(findingCommands(same, tmp, env, []))
  rows.push(
    row(
      'hardening.findings-10k-one-fix.action',
      one.action,
      'ms',
      one.parse + one.goEnv + one.goList,
      LIMIT
    )
  )

  const small = path.join(tmp, 'small.yml')
  writeFileSync(small, 'version: 1\nenv:\n  GOFLAGS: { not-contains: [-mod=mod] }\n')
  const dup = (name, count) => {
    const p = path.join(tmp, name)
    writeFileSync(p, `version: 1\nenv:\n${'  GOFLAGS: x\n'.repeat(count)}`)
    return p
  }
  const big = dup('dup-28MB.yml', Math.ceil((28 * 1024 * 1024) / 12))
  const capped = dup('dup-1MiB.yml', 80_000)
  const floorDir = mkdtempSync(path.join(tmp, 'floor-'))
  const floor = median(3, () =>
    timeCommand(
      process.execPath,
      [cli, 'check', '--cache-verify', 'off', '--format', 'json', '--baseline', small],
      { cwd: floorDir, env }
    )
  )
  const inFloor = (f) => () =>
    timeCommand(
      process.execPath,
      [cli, 'check', '--cache-verify', 'off', '--format', 'json', '--baseline', f],
      { cwd: floorDir, env, allowFailure: true }
    )
  rows.push(row('hardening.baseline-dup-28MB', median(3, inFloor(big)), 'ms', floor, LIMIT))
  rows.push(row('hardening.baseline-dup-1MiB', median(3, inFloor(capped)), 'ms', floor))
  const longKey = path.join(tmp, 'long-key.yml')
  writeFileSync(longKey, `version: 1\nenv:\n  ? GO${'X'.repeat(500_000)}\n  : x\n`)
  rows.push(row('hardening.baseline-long-key', median(3, inFloor(longKey)), 'ms', floor, LIMIT))
  rmSync(tmp, { recursive: true, force: true })
  return rows
}
