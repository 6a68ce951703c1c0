// gate.startup: `go-baseline-gate check` on a sample module (cache verification off) against the
// floor it cannot beat: starting Node (`node -e 0`) plus the one `go env -json` it must run.
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { median, row, timeCommand } from './util.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const N = 15

export async function run() {
  const env = { ...process.env, GOFLAGS: '', GOTOOLCHAIN: 'local' }
  const sample = path.join(repo, 'examples', 'hello')
  const node = median(N, () => timeCommand(process.execPath, ['-e', '0'], { env }))
  const goEnv = median(N, () => timeCommand('go', ['env', '-json'], { env, cwd: sample }))
  const gate = median(N, () =>
    timeCommand(
      process.execPath,
      [path.join(repo, 'dist', 'cli.js'), 'check', '--dir', sample, '--cache-verify', 'off'],
      { env }
    )
  )
  return [row('gate.startup', gate, 'ms', node + goEnv, 1.5)]
}
