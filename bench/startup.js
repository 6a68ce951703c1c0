// Start-up rows: `go-baseline-gate check --cache-verify off` on a sample module against the floor
// it cannot beat, starting Node (`node -e 0`) plus the one `go env -json` it must run; on the
// machine's Node and on Node 24 (the runtime action.yml declares; installed under .ci/node24 as
// .ci/run does when missing), in the same run. And the action's main step (`node dist/index.js`
// with a runner-like environment: INPUT_* from action.yml's defaults, GITHUB_* files) against
// the CLI doing the same check on the same Node.
// Every command is timed in turn, round after round, so a machine that speeds up or slows down
// (other jobs, CPU frequency) affects gate and floor alike; medians are kept.
// These rows run with `--preflight off`: the gate's own start-up. The default preflight runs
// `go list` once more, which the preflight row counts in its floor.
//   gate.startup.node<N>       CLI check vs node -e 0 + go env -json, on Node N             (limit 1.5)
//   gate.startup.action        node dist/index.js vs the CLI, on Node 24                    (limit 1.3)
//   gate.startup.preflight     CLI check with the default preflight vs node -e 0 + go env
//                              -json + the same go list, on Node 24                         (limit 1.5)
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { row, timeCommand } from './util.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = process.env.GBG_DIST ?? path.join(repo, 'dist')
const ROUNDS = Number(process.env.GBG_BENCH_STARTUP_ROUNDS ?? 21)
const NODE24_DIR = path.join(repo, '.ci', 'node24')
const NODE24 = path.join(NODE24_DIR, 'node_modules', 'node', 'bin', 'node')

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const major = (node) =>
  Number(execFileSync(node, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }))

function node24() {
  if (!existsSync(NODE24)) {
    process.stderr.write('bench: installing node@24.21.0 under .ci/node24 (as .ci/run does)\n')
    execFileSync(
      'npm',
      ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund'].concat([
        '--prefix',
        NODE24_DIR,
        'node@24.21.0'
      ]),
      { stdio: ['ignore', 'ignore', 'inherit'] }
    )
  }
  return NODE24
}

/** The environment a runner gives the action's main step (see __fixtures__/runner.ts). */
function runnerEnv(base, workspace, temp) {
  const action = parse(readFileSync(path.join(repo, 'action.yml'), 'utf8'))
  const inputs = {}
  for (const [name, spec] of Object.entries(action.inputs)) {
    const dflt = String(spec.default ?? '')
    inputs[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = dflt.includes('${{')
      ? 'ghs_bench_token'
      : dflt
  }
  inputs['INPUT_CACHE-VERIFY'] = 'off'
  inputs.INPUT_PREFLIGHT = 'off'
  const files = {
    GITHUB_OUTPUT: path.join(temp, 'output'),
    GITHUB_STEP_SUMMARY: path.join(temp, 'summary.md'),
    GITHUB_STATE: path.join(temp, 'state'),
    GITHUB_EVENT_PATH: path.join(temp, 'event.json')
  }
  for (const f of Object.values(files)) writeFileSync(f, '{}')
  return {
    ...base,
    ...files,
    ...inputs,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: temp,
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'octo/hello',
    GITHUB_JOB: 'gate',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_API_URL: 'http://127.0.0.1:9'
  }
}

export async function run() {
  // GOENV=off: a machine-wide go env file setting GOFLAGS would make the gate run `go version`
  // too (as it must), a second process the floor does not count.
  const env = { ...process.env, GOFLAGS: '', GOTOOLCHAIN: 'local', GOENV: 'off' }
  const sample = path.join(repo, 'examples', 'hello')
  const temp = mkdtempSync(path.join(tmpdir(), 'gbg-bench-runner-'))
  const nodes = { [major(process.execPath)]: process.execPath }
  nodes[24] ??= node24()
  const checkArgs = [path.join(dist, 'cli.js'), 'check', '--dir', sample, '--cache-verify', 'off']
  const cliArgs = [...checkArgs, '--preflight', 'off']
  const action = runnerEnv(env, sample, temp)
  const offline = { ...env, GOPROXY: 'off', GOSUMDB: 'sum.golang.org http://127.0.0.1:1' }
  const goList = [
    'list',
    '-e',
    '-deps',
    '-test',
    '-json=ImportPath,DepOnly,Error,DepsErrors',
    './...'
  ]
  const commands = {
    goEnv: () => timeCommand('go', ['env', '-json'], { env, cwd: sample }),
    goList: () => timeCommand('go', goList, { env: offline, cwd: sample }),
    preflight24: () => timeCommand(nodes[24], [...checkArgs, '--preflight', 'offline'], { env })
  }
  for (const [v, node] of Object.entries(nodes)) {
    commands[`node${v}`] = () => timeCommand(node, ['-e', '0'], { env })
    commands[`cli${v}`] = () => timeCommand(node, cliArgs, { env })
  }
  commands.action = () =>
    timeCommand(nodes[24], [path.join(dist, 'index.js')], { env: action, cwd: sample })
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]))
  for (const fn of Object.values(commands)) fn() // warm-up: page cache, Node's compile cache
  for (let i = 0; i < ROUNDS; i++)
    for (const [name, fn] of Object.entries(commands)) times[name].push(fn())
  rmSync(temp, { recursive: true, force: true })
  const m = Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)]))
  const rows = Object.keys(nodes).map((v) =>
    row(`gate.startup.node${v}`, m[`cli${v}`], 'ms', m[`node${v}`] + m.goEnv, 1.5)
  )
  rows.push(row('gate.startup.action', m.action, 'ms', m.cli24, 1.3))
  rows.push(row('gate.startup.preflight', m.preflight24, 'ms', m.node24 + m.goEnv + m.goList, 1.5))
  return rows
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await run(), null, 2))
}
