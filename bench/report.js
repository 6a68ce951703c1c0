// bench report: the report sinks at scale, through the built CLI, on a go.work whose 100,000
// `use` lines name missing directories (100,000 findings).
//   report.text / report.json / report.sarif
//        `check --format <f>` against `check --format github` on the same input (same facts and
//        checks; github prints only the 10 annotations GitHub keeps, so it renders almost nothing
//        per finding). The ratio is what the sink adds on top of the parse and checks that
//        produced the findings: it must stay <= 1.5.
//   report.scale
//        `check --format sarif` on 100,000 findings against 10,000: <= 12 when linear (a
//        quadratic sink would be near 100).
// One run per row at 100,000 (each takes several seconds), the median of 3 at 10,000.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { median, row, timeCommand } from './util.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const cli = path.join(here, '..', 'dist', 'cli.js')

function workspace(n) {
  const root = mkdtempSync(path.join(tmpdir(), `gbg-bench-report${n}-`))
  mkdirSync(path.join(root, 'home'))
  const uses = Array.from({ length: n }, (_, i) => `\t./missing${String(i).padStart(6, '0')}`)
  writeFileSync(path.join(root, 'go.work'), `go 1.22\n\nuse (\n${uses.join('\n')}\n)\n`)
  return root
}

function check(root, format) {
  const env = {
    ...process.env,
    HOME: path.join(root, 'home'),
    GOWORK: path.join(root, 'go.work'),
    GOTOOLCHAIN: 'local',
    GOFLAGS: ''
  }
  const args = [cli, 'check', '--dir', root, '--cache-verify', 'off', '--format', format]
  return timeCommand(process.execPath, args, { cwd: root, env, allowFailure: true })
}

export async function run() {
  const large = workspace(100_000)
  const small = workspace(10_000)
  check(large, 'github') // warm-up: file system caches
  const floor = check(large, 'github')
  const rows = ['text', 'json', 'sarif'].map((f) =>
    row(`report.${f}`, check(large, f), 'ms', floor, 1.5)
  )
  const sarifSmall = median(3, () => check(small, 'sarif'))
  rows.push(row('report.scale', rows[2].value, 'ms', sarifSmall, 12))
  return rows
}
