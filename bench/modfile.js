// bench modfile: the go.mod / go.work parser and checks at scale, through the built CLI.
//   modfile.scale      `check` on a generated workspace of 1,000 modules (20,000 requirements)
//                      against the same workspace with 100 modules; ratio must stay <= 11 (linear).
//   modfile.parse      `modfile --json` over real go.mod files of the corpus, against
//                      `go mod edit -json` on the same files (both one process per file).
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { median, row, timeCommand } from './util.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const cli = path.join(here, '..', 'dist', 'cli.js')
const corpus = path.join(here, '..', '__fixtures__', 'modfile', 'corpus', 'real')
const REQUIRES = 20
const DEPS = 400

/** A healthy workspace: `n` modules, each requiring REQUIRES of DEPS shared deps (same versions), with go.sum. */
function workspace(n) {
  const root = mkdtempSync(path.join(tmpdir(), `gbg-bench-ws${n}-`))
  const uses = []
  for (let i = 0; i < n; i++) {
    const dir = path.join(root, `m${i}`)
    mkdirSync(dir)
    const reqs = Array.from(
      { length: REQUIRES },
      (_, j) => `example.com/dep${(i * 7 + j * 13) % DEPS}`
    )
    const unique = [...new Set(reqs)]
    writeFileSync(
      path.join(dir, 'go.mod'),
      `module example.com/m${i}\n\ngo 1.22\n\nrequire (\n${unique.map((p) => `\t${p} v1.2.3`).join('\n')}\n)\n`
    )
    writeFileSync(
      path.join(dir, 'go.sum'),
      unique.map((p) => `${p} v1.2.3 h1:aaaa=\n${p} v1.2.3/go.mod h1:bbbb=\n`).join('')
    )
    uses.push(`\t./m${i}`)
  }
  writeFileSync(path.join(root, 'go.work'), `go 1.22\n\nuse (\n${uses.join('\n')}\n)\n`)
  return root
}

function checkTime(root) {
  const env = {
    ...process.env,
    GOWORK: path.join(root, 'go.work'),
    GOTOOLCHAIN: 'local',
    GOFLAGS: ''
  }
  const args = [cli, 'check', '--dir', root, '--cache-verify', 'off', '--format', 'json']
  return median(3, () =>
    timeCommand(process.execPath, args, { cwd: root, env, allowFailure: true })
  )
}

export async function run() {
  const small = checkTime(workspace(100))
  const large = checkTime(workspace(1000))
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith('.mod'))
    .slice(0, 40)
    .map((f) => path.join(corpus, f))
  const scratch = mkdtempSync(path.join(tmpdir(), 'gbg-bench-parse-'))
  const goEnv = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '', GOWORK: 'off' }
  const ours = median(3, () =>
    files.reduce((t, f) => t + timeCommand(process.execPath, [cli, 'modfile', '--json', f]), 0)
  )
  const go = median(3, () =>
    files.reduce(
      (t, f) => t + timeCommand('go', ['mod', 'edit', '-json', f], { cwd: scratch, env: goEnv }),
      0
    )
  )
  return [
    row('modfile.scale', large, 'ms', small, 11),
    row('modfile.parse', ours / files.length, 'ms/file', go / files.length)
  ]
}
