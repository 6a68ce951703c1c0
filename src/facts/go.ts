import { execFile } from 'node:child_process'
import { accessSync, constants, statSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { KNOWN_GO_ENV_KEYS } from '../baseline/schema.js'
import { UsageError } from '../errors.js'
import type { GoFacts } from './types.js'

const GO_TIMEOUT_MS = 120_000

/**
 * Keys asked for by name when the full `go env -json` fails on the build cache. Go computes
 * these from the C toolchain, which needs the cache, so asking for them fails the same way.
 */
const NEEDS_CACHE = new Set([
  'GOGCCFLAGS',
  'CGO_CFLAGS',
  'CGO_CPPFLAGS',
  'CGO_CXXFLAGS',
  'CGO_FFLAGS',
  'CGO_LDFLAGS',
  'PKG_CONFIG'
])
const NAMED_KEYS = KNOWN_GO_ENV_KEYS.filter((k) => !NEEDS_CACHE.has(k))

/**
 * Where PATH would look for `name`, in order: every PATH directory with every PATHEXT extension
 * on Windows (lower-cased), with none elsewhere.
 */
export function pathCandidates(
  name: string,
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform = process.platform
): string[] {
  const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean)
  const exts =
    platform === 'win32'
      ? (env.PATHEXT ?? '.EXE')
          .split(';')
          .filter(Boolean)
          .map((e) => e.toLowerCase())
      : ['']
  return dirs.flatMap((dir) => exts.map((ext) => path.join(dir, name + ext)))
}

/** Finds an executable named `name` on PATH (honouring PATHEXT on Windows). */
export function findOnPath(
  name: string,
  env: Record<string, string | undefined>
): string | undefined {
  return pathCandidates(name, env).find(isExecutable)
}

/** A regular file this process may execute. */
export function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function run(
  binary: string,
  args: string[],
  cwd: string,
  env: Record<string, string | undefined>
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      binary,
      args,
      { cwd, env, timeout: GO_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' },
      (err, stdout, stderr) => {
        if (err) {
          const detail = (stderr || err.message).trim().split('\n').slice(0, 3).join(' ')
          reject(
            new GoCommandError(
              `\`${path.basename(binary)} ${args.join(' ')}\` failed: ${detail}`,
              detail
            )
          )
        } else resolve(stdout)
      }
    )
  })
}

/** A go command that ran and failed; a UsageError (exit 2) unless the caller can do without it. */
class GoCommandError extends UsageError {
  constructor(
    message: string,
    readonly detail: string
  ) {
    super(
      message,
      undefined,
      'run the same command in a shell to see why; check GOFLAGS, GOTOOLCHAIN, GOROOT and PATH'
    )
  }
}

function goErrorDetail(err: unknown): string {
  return err instanceof GoCommandError ? err.detail : (err as Error).message
}

/** What the go probe needs: an explicit binary (else go from PATH), where to resolve it, the env. */
export interface GoProbeOptions {
  goBinary?: string
  cwd: string
  env: Record<string, string | undefined>
}

let prefetched: { opts: GoProbeOptions; facts: Promise<GoFacts> } | undefined

/**
 * Starts the go probe early (the CLI entry calls it before loading the rest of the gate), so
 * `go env` runs while Node loads modules. The next collectGoFacts with the same options (same
 * env object) takes the result, errors included; any other call probes afresh.
 */
export function prefetchGoFacts(opts: GoProbeOptions): void {
  const facts = probe(opts)
  facts.catch(() => undefined) // reported when collected
  prefetched = { opts, facts }
}

export function collectGoFacts(opts: GoProbeOptions): Promise<GoFacts> {
  const early = prefetched
  prefetched = undefined
  // A typo in --dir / working-directory must not turn the gate into a silent PASS.
  const bad = workingDirectoryError(opts.cwd)
  if (bad) return Promise.reject(bad)
  // Without an explicit binary the probe does not depend on cwd (it runs in a neutral dir).
  const sameBinary =
    early?.opts.goBinary === opts.goBinary &&
    (opts.goBinary === undefined || early?.opts.cwd === opts.cwd)
  if (early && early.opts.env === opts.env && sameBinary) {
    return early.facts
  }
  return probe(opts)
}

/** Why `dir` cannot be the working directory (missing, or not a directory), else undefined. */
export function workingDirectoryError(dir: string): UsageError | undefined {
  let st
  try {
    st = statSync(dir)
  } catch {
    st = undefined
  }
  if (st?.isDirectory()) return undefined
  return new UsageError(
    `the working directory ${dir} ${st ? 'is not a directory' : 'does not exist'}`,
    undefined,
    'set --dir (the action input working-directory) to a directory of the repository'
  )
}

/**
 * Runs `go env -json` once (and `go version` when GOFLAGS is set, see below), in a neutral
 * directory (the temp dir), so a go.mod `toolchain` line can't make this probe download a
 * toolchain; the module files are read by src/facts/modules.ts instead.
 */
async function probe(opts: GoProbeOptions): Promise<GoFacts> {
  const binary = resolveGoBinary(opts.goBinary, opts.cwd, opts.env)
  const neutral = os.tmpdir()
  const [envResult] = await Promise.allSettled([run(binary, ['env', '-json'], neutral, opts.env)])
  let envJson: string
  let envError: string | undefined
  if (envResult.status === 'fulfilled') envJson = envResult.value
  else if (/build cache/.test(goErrorDetail(envResult.reason))) {
    // A GOCACHE that is off or unusable makes the full `go env -json` fail, while named keys
    // still print: ask for those, so the cache rules can report the problem.
    envError = goErrorDetail(envResult.reason)
    envJson = await run(binary, ['env', '-json', ...NAMED_KEYS], neutral, opts.env)
  } else throw envResult.reason // without `go env` there are no facts: the gate cannot run
  let env: Record<string, string>
  try {
    env = JSON.parse(envJson) as Record<string, string>
  } catch {
    throw new UsageError(
      `\`${binary} env -json\` printed something that is not JSON`,
      undefined,
      'check that --go points at a Go toolchain'
    )
  }
  // `go env` tolerates a GOFLAGS that breaks every other go command (a field that is not a flag,
  // an unknown flag); `go version` parses it as go build will. It is the one setting where the two
  // differ, so `go version` runs only when GOFLAGS is set (a process spawn is most of the gate's
  // start-up), and its failure is a finding (GBG103), not a reason to stop.
  let versionLine = `go version ${env.GOVERSION ?? ''} ${env.GOOS ?? ''}/${env.GOARCH ?? ''}`
  let versionError: string | undefined
  if ((env.GOFLAGS ?? '').trim() !== '') {
    try {
      versionLine = (await run(binary, ['version'], neutral, opts.env)).trim()
    } catch (err) {
      versionError = goErrorDetail(err)
    }
  }
  const version = env.GOVERSION || /\bgo version (\S+)/.exec(versionLine)?.[1] || ''
  return {
    binary,
    versionLine,
    version,
    env,
    sources: {},
    ...(versionError ? { versionError } : {}),
    ...(envError ? { envError } : {})
  }
}

function resolveGoBinary(
  explicit: string | undefined,
  cwd: string,
  env: Record<string, string | undefined>
): string {
  if (explicit) {
    const candidate = path.resolve(cwd, explicit)
    if (isExecutable(candidate)) return candidate
    const onPath =
      !explicit.includes('/') && !explicit.includes('\\') ? findOnPath(explicit, env) : undefined
    if (onPath) return onPath
    throw new UsageError(
      `the go binary '${explicit}' does not exist or is not executable`,
      undefined,
      'set the `go` input (or --go) to the path of a go binary, or leave it empty to use go from PATH'
    )
  }
  const found = findOnPath('go', env)
  if (!found) {
    throw new UsageError(
      'no go binary found on PATH',
      undefined,
      'install Go first (e.g. actions/setup-go before this step), or pass --go /path/to/go'
    )
  }
  return found
}
