// gate.startup: `go-baseline-gate check` on a sample module (cache verification off) against the
// floor it cannot beat: starting Node (`node -e 0`) plus the one `go env -json` it must run.
// The three commands are timed in turn, round after round, so a machine that speeds up or slows
// down during the run (other jobs, CPU frequency) affects gate and floor alike; medians are kept.
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { row, timeCommand } from './util.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const ROUNDS = 31

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export async function run() {
  const env = { ...process.env, GOFLAGS: '', GOTOOLCHAIN: 'local' }
  const sample = path.join(repo, 'examples', 'hello')
  const gateArgs = [
    path.join(repo, 'dist', 'cli.js'),
    'check',
    '--dir',
    sample,
    '--cache-verify',
    'off'
  ]
  const commands = {
    node: () => timeCommand(process.execPath, ['-e', '0'], { env }),
    goEnv: () => timeCommand('go', ['env', '-json'], { env, cwd: sample }),
    gate: () => timeCommand(process.execPath, gateArgs, { env })
  }
  const times = { node: [], goEnv: [], gate: [] }
  for (const fn of Object.values(commands)) fn() // warm-up: page cache, Node's compile cache
  for (let i = 0; i < ROUNDS; i++) {
    for (const [name, fn] of Object.entries(commands)) times[name].push(fn())
  }
  const floor = median(times.node) + median(times.goEnv)
  return [row('gate.startup', median(times.gate), 'ms', floor, 1.5)]
}
