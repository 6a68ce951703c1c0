// bench modfile: the go.mod / go.work parser and checks at scale.
//   modfile.scale      `check` in-process (the built CLI's cli() called in this process, the
//                      way dist/cli.js calls it, go env included) on a generated workspace of
//                      500 modules with 20,000 requirements, against the same kind of workspace
//                      with 50 modules (2,000 requirements); linear growth is 10x, the limit.
//   modfile.cli.scale  the 500-module check through the whole CLI, against a 2 s budget
//   modfile.parse      `modfile --json` over real go.mod files of the corpus, against
//                      `go mod edit -json` on the same files (both one process per file).
// Gate runs alternate (small, large, CLI) round after round; medians.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { median, row, timeCommand } from './util.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const dist = process.env.GBG_DIST ?? path.join(here, '..', 'dist')
const cliPath = path.join(dist, 'cli.js')
const corpus = path.join(here, '..', '__fixtures__', 'modfile', 'corpus', 'real')
const REQUIRES = 40
const DEPS = 4000
const ROUNDS = 7

/** A healthy workspace: `n` modules, each requiring REQUIRES distinct deps (same versions), with go.sum. */
function workspace(root, n) {
  mkdirSync(root, { recursive: true })
  const uses = []
  for (let i = 0; i < n; i++) {
    const dir = path.join(root, `m${i}`)
    mkdirSync(dir)
    const reqs = Array.from(
      { length: REQUIRES },
      (_, j) => `example.com/dep${(i * 7 + j * 13) % DEPS}`
    )
    writeFileSync(
      path.join(dir, 'go.mod'),
      `module example.com/m${i}\n\ngo 1.22\n\nrequire (\n${reqs.map((p) => `\t${p} v1.2.3`).join('\n')}\n)\n`
    )
    writeFileSync(
      path.join(dir, 'go.sum'),
      reqs.map((p) => `${p} v1.2.3 h1:aaaa=\n${p} v1.2.3/go.mod h1:bbbb=\n`).join('')
    )
    uses.push(`\t./m${i}`)
  }
  writeFileSync(path.join(root, 'go.work'), `go 1.22\n\nuse (\n${uses.join('\n')}\n)\n`)
  return root
}

/** cli() of the built CLI (dist/chunks/cli-core.js exports the namespace of src/entry/cli.ts). */
async function loadCli() {
  const mod = await import(pathToFileURL(path.join(dist, 'chunks', 'cli-core.js')).href)
  const ns = Object.values(mod).find((v) => typeof v?.cli === 'function')
  if (!ns) throw new Error('dist/chunks/cli-core.js exports no cli(); run npm run build')
  return ns.cli
}

const median3 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const goEnv = (root) => ({
  ...process.env,
  GOWORK: path.join(root, 'go.work'),
  GOTOOLCHAIN: 'local',
  GOFLAGS: ''
})
const args = (root) => ['check', '--dir', root, '--cache-verify', 'off', '--format', 'json']

export async function run() {
  const cli = await loadCli()
  const scratch = mkdtempSync(path.join(tmpdir(), 'gbg-bench-ws-'))
  const small = workspace(path.join(scratch, 'small'), 50)
  const large = workspace(path.join(scratch, 'large'), 500)
  let findings
  const inProcess = (root) => async () => {
    let out = ''
    const t0 = process.hrtime.bigint()
    const code = await cli(args(root), {
      stdout: (s) => (out += s),
      stderr: () => undefined,
      isTTY: false,
      env: goEnv(root),
      cwd: root
    })
    const ms = Number(process.hrtime.bigint() - t0) / 1e6
    if (code === 2) throw new Error(`check of ${root} could not run`)
    findings = JSON.parse(out).findings?.length
    return ms
  }
  const fns = {
    small: inProcess(small),
    large: inProcess(large),
    cli: async () =>
      timeCommand(process.execPath, [cliPath, ...args(large)], {
        cwd: large,
        env: goEnv(large),
        allowFailure: true
      })
  }
  const times = Object.fromEntries(Object.keys(fns).map((k) => [k, []]))
  for (const fn of Object.values(fns)) await fn()
  for (let i = 0; i < ROUNDS; i++)
    for (const [k, fn] of Object.entries(fns)) times[k].push(await fn())
  rmSync(scratch, { recursive: true, force: true })
  process.stderr.write(
    `modfile bench: 500 modules, ${500 * REQUIRES} requirements, ${findings} findings\n`
  )

  const files = readdirSync(corpus)
    .filter((f) => f.endsWith('.mod'))
    .slice(0, 10)
    .map((f) => path.join(corpus, f))
  const parseScratch = mkdtempSync(path.join(tmpdir(), 'gbg-bench-parse-'))
  const env = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '', GOWORK: 'off' }
  const ours = median(3, () =>
    files.reduce((t, f) => t + timeCommand(process.execPath, [cliPath, 'modfile', '--json', f]), 0)
  )
  const go = median(3, () =>
    files.reduce(
      (t, f) => t + timeCommand('go', ['mod', 'edit', '-json', f], { cwd: parseScratch, env }),
      0
    )
  )
  rmSync(parseScratch, { recursive: true, force: true })
  return [
    row('modfile.scale', median3(times.large), 'ms', median3(times.small), 10),
    row('modfile.cli.scale', median3(times.cli), 'ms', 2000, 1),
    row('modfile.parse', ours / files.length, 'ms/file', go / files.length)
  ]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await run(), null, 2))
}
