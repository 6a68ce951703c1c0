// bench report-summary: the job summary at scale, through the built action (dist/index.js run the
// way a runner runs it) on a go.work whose 100,000 `use` lines name missing directories
// (100,000 findings).
//   report.summary   the action with GITHUB_STEP_SUMMARY set, against the same run without it
//                    (same parse, checks, annotations, log and JSON report). The ratio is what the
//                    1 MiB summary adds: it must stay <= 1.5.
//   report.summary.scale   the summary run at 100,000 findings against 10,000: a summary is cut
//                    to 1 MiB, so a linear renderer stays near the 10x of the rest of the run.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { median, row, timeCommand } from './util.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const action = path.join(here, '..', 'dist', 'index.js')

function workspace(n) {
  const root = mkdtempSync(path.join(tmpdir(), `gbg-bench-summary${n}-`))
  mkdirSync(path.join(root, 'home'))
  mkdirSync(path.join(root, 'runner'))
  const uses = Array.from({ length: n }, (_, i) => `\t./missing${String(i).padStart(6, '0')}`)
  writeFileSync(path.join(root, 'go.work'), `go 1.22\n\nuse (\n${uses.join('\n')}\n)\n`)
  for (const f of ['output', 'state', 'summary.md']) writeFileSync(path.join(root, 'runner', f), '')
  writeFileSync(path.join(root, 'runner', 'event.json'), '{}')
  return root
}

function gate(root, withSummary) {
  const runner = path.join(root, 'runner')
  writeFileSync(path.join(runner, 'summary.md'), '')
  const env = {
    PATH: process.env.PATH,
    HOME: path.join(root, 'home'),
    GOWORK: path.join(root, 'go.work'),
    GOTOOLCHAIN: 'local',
    GOFLAGS: '',
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: runner,
    GITHUB_WORKSPACE: root,
    GITHUB_EVENT_PATH: path.join(runner, 'event.json'),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_OUTPUT: path.join(runner, 'output'),
    GITHUB_STATE: path.join(runner, 'state'),
    GITHUB_REPOSITORY: 'octo/bench',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    ...(withSummary ? { GITHUB_STEP_SUMMARY: path.join(runner, 'summary.md') } : {}),
    INPUT_MODE: 'warn',
    'INPUT_CACHE-VERIFY': 'off',
    INPUT_COMMENT: 'off'
  }
  const ms = timeCommand(process.execPath, [action], { cwd: root, env })
  if (withSummary && readFileSync(path.join(runner, 'summary.md'), 'utf8').length < 1000) {
    throw new Error('the action wrote no summary')
  }
  return ms
}

export async function run() {
  const large = workspace(100_000)
  const small = workspace(10_000)
  gate(large, false) // warm-up: file system caches
  const floor = gate(large, false)
  const summary = gate(large, true)
  const smallSummary = median(3, () => gate(small, true))
  return [
    row('report.summary', summary, 'ms', floor, 1.5),
    row('report.summary.scale', summary, 'ms', smallSummary, 12)
  ]
}
