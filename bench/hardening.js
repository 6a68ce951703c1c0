// bench hardening: time linear in the input, for inputs built to be large or hostile.
//   hardening.findings-100k.<sink>  `check --format <sink>` on a go.mod of 100,000 requirements
//                                    that go.sum lacks (100,000 GBG241 findings), against the
//                                    parse that produced them (`modfile --json` of the same
//                                    go.mod); sinks: json, text, sarif, github (annotations).
//   hardening.findings-100k.action  the bundled action (dist/index.js, runner-like environment)
//                                    on the same module: every sink at once (log text, JSON
//                                    report, SARIF, annotations, job summary), same floor.
//   hardening.findings-10k-one-fix.action  the action on 10,000 findings sharing one fix (replace
//                                    lines to missing directories), against their parse.
//   hardening.baseline-dup-28MB     `check` with a 28 MB baseline of duplicate keys (refused by
//                                    the 1 MiB cap), against `check` with a small baseline.
//   hardening.baseline-dup-1MiB     the same with 80,000 duplicate keys just under the cap (parsed,
//                                    then the first duplicate reported), same floor.
//   hardening.baseline-long-key     a baseline whose one unknown key has 500,000 characters (the
//                                    "did you mean" search must not compare it letter by letter).
// The target for the finding rows is 1.5x the parse.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { median, row, timeCommand } from './util.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const dist = path.join(here, '..', 'dist')
const cli = path.join(dist, 'cli.js')
const N = 100_000
const LIMIT = 1.5

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

/** A module whose go.mod replaces `n` modules with missing directories (one shared fix). */
function replacesModule(root, n) {
  mkdirSync(path.join(root, '.git'), { recursive: true })
  const lines = Array.from({ length: n }, (_, i) => `\texample.com/m${i} => ./gone/m${i}\n`)
  writeFileSync(
    path.join(root, 'go.mod'),
    `module example.com/big\n\ngo 1.22\n\nreplace (\n${lines.join('')})\n`
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
  return timeCommand(process.execPath, [path.join(dist, 'index.js')], { cwd: ws, env })
}

export async function run() {
  const tmp = mkdtempSync(path.join(tmpdir(), 'gbg-bench-hardening-'))
  const rows = []
  const ws = requiresModule(path.join(tmp, 'requires'), N)
  const env = goEnv(tmp)
  const parse = median(1, () =>
    timeCommand(process.execPath, [cli, 'modfile', '--json', 'go.mod'], { cwd: ws, env })
  )
  for (const format of ['json', 'text', 'sarif', 'github']) {
    const ms = median(1, () =>
      timeCommand(process.execPath, [cli, 'check', '--cache-verify', 'off', '--format', format], {
        cwd: ws,
        env
      })
    )
    rows.push(row(`hardening.findings-100k.${format}`, ms, 'ms', parse, LIMIT))
  }
  rows.push(row('hardening.findings-100k.action', actionTime(ws, tmp), 'ms', parse, LIMIT))

  const same = replacesModule(path.join(tmp, 'replaces'), 10_000)
  const parseSame = median(1, () =>
    timeCommand(process.execPath, [cli, 'modfile', '--json', 'go.mod'], { cwd: same, env })
  )
  rows.push(
    row('hardening.findings-10k-one-fix.action', actionTime(same, tmp), 'ms', parseSame, LIMIT)
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
  return rows
}
