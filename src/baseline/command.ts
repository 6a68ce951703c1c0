import { access, mkdir, writeFile } from '../facts/fs-async.js'
import path from 'node:path'
import { parseFlags } from '../args.js'
import { UsageError } from '../errors.js'
import { collectGoFacts } from '../facts/go.js'
import { findRoot } from '../root.js'
import { DEFAULT_BASELINE } from '../options.js'
import { renderBaseline } from './record.js'

const USAGE = `usage: go-baseline-gate record [--out FILE] [--force] [--dir DIR] [--go PATH]

Writes a baseline from the current go env.
  --out FILE   where to write it (default: ${DEFAULT_BASELINE} under the repository root; - for stdout)
  --force      overwrite an existing file
  --dir DIR    the directory whose repository root is used (default: the current directory)
  --go PATH    the go binary to ask (default: go on PATH)
`

const OPTIONS = {
  out: { type: 'string' },
  force: { type: 'boolean' },
  dir: { type: 'string' },
  go: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false
  )
}

type IO = { stdout: (s: string) => void; stderr: (s: string) => void }

async function record(
  args: string[],
  io: IO,
  env: Record<string, string | undefined>
): Promise<number> {
  const opts = parseFlags('record', args, OPTIONS, USAGE.split('\n')[0] ?? USAGE).values
  if (opts.help) {
    io.stdout(USAGE)
    return 0
  }
  const dir = path.resolve(opts.dir ?? '.')
  const root = findRoot(dir, env)
  const toStdout = opts.out === '-'
  const out = opts.out && !toStdout ? path.resolve(opts.out) : path.join(root, DEFAULT_BASELINE)
  if (!toStdout && !opts.force && (await exists(out))) {
    throw new UsageError(
      `${out} already exists; record will not overwrite it`,
      { file: out },
      'pass --force to replace it, or --out to write somewhere else'
    )
  }
  const go = await collectGoFacts({ goBinary: opts.go, cwd: dir, env })
  const text = renderBaseline({ go, processEnv: env, root })
  if (toStdout) {
    io.stdout(text)
    return 0
  }
  await mkdir(path.dirname(out), { recursive: true })
  await writeFile(out, text)
  io.stderr(`go-baseline-gate: wrote ${out} from ${go.version}; review it and commit it.\n`)
  return 0
}

/** `go-baseline-gate record`: exit 0 when written, 2 on a usage problem (message, never a stack trace). */
export async function recordCommand(
  args: string[],
  io: IO,
  env: Record<string, string | undefined> = process.env
): Promise<number> {
  try {
    return await record(args, io, env)
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    io.stderr(`go-baseline-gate: ${e.format()}\n`)
    return 2
  }
}
