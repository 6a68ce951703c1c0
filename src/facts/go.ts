import { accessSync, constants, existsSync, statSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { KNOWN_GO_ENV_KEYS } from '../baseline/schema.js'
import { UsageError } from '../errors.js'
import { baselinePath, explicitBaseline } from '../baseline/path.js'
import { findRoot } from '../root.js'
import { GO_TIMEOUT_VAR, goTimeoutMs, RunTimeoutError, runWithDeadline } from './run.js'
import type { GoFacts } from './types.js'

/**
 * The keys Go computes from the C toolchain: to print them, `go env` opens the build cache (and
 * creates GOCACHE with its 00..ff if missing) and runs the C compiler, most of its time. Asking
 * for the other keys by name does neither (checked with Go 1.26.8: 7 ms instead of 12).
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
const ENV_JSON = ['env', '-json']

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
  env: Record<string, string | undefined>,
  /** The arguments as messages show them (the long list of named keys is left out). */
  shown: string[] = args
): Promise<string> {
  const command = `${path.basename(binary)} ${shown.join(' ')}`
  const timeoutMs = goTimeoutMs(env)
  return runWithDeadline(binary, args, {
    cwd,
    env,
    timeoutMs,
    maxBuffer: 16 * 1024 * 1024,
    display: command
  }).then(
    (r) => {
      if (r.code === 0) return r.stdout
      const why = r.signal ? `killed by ${r.signal}` : `exit status ${r.code}`
      const detail = (r.stderr.trim() || why).split('\n').slice(0, 3).join(' ')
      throw new GoCommandError(`\`${command}\` failed: ${detail}`, detail)
    },
    (err: unknown) => {
      if (err instanceof RunTimeoutError) {
        throw new GoCommandError(
          `${err.message} (${binary})`,
          err.message,
          `find out why \`${command}\` hangs there (a network toolchain download with GOTOOLCHAIN, a wrapper script, a lock); ${GO_TIMEOUT_VAR} sets the deadline in seconds`
        )
      }
      const detail = (err as Error).message
      throw new GoCommandError(`\`${command}\` could not run: ${detail}`, detail)
    }
  )
}

/** A go command that ran and failed; a UsageError (exit 2) unless the caller can do without it. */
class GoCommandError extends UsageError {
  constructor(
    message: string,
    readonly detail: string,
    fix = 'run the same command in a shell to see why; check GOFLAGS, GOTOOLCHAIN, GOROOT and PATH'
  ) {
    super(message, undefined, fix)
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
  /** Ask `go env` for the keys by name, see probeNamedKeys. Default: all keys. */
  namedKeys?: boolean
  /**
   * For the cache tools, which need GOCACHE and GOROOT alone: the keys by name, and no
   * `go version` even when GOFLAGS is set.
   */
  cacheOnly?: boolean
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
  const sameKeys =
    Boolean(early?.opts.namedKeys) === Boolean(opts.namedKeys) &&
    Boolean(early?.opts.cacheOnly) === Boolean(opts.cacheOnly)
  if (early && early.opts.env === opts.env && sameBinary && sameKeys) {
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
 * Whether the check may ask `go env` for the keys by name (namedKeys): only when no baseline file
 * is there. A baseline may name a key the running Go does not print at all (GBG111), which only
 * the full `go env -json` tells apart from a key it prints empty, or a C toolchain key.
 */
export function probeNamedKeys(baselineFile: string): boolean {
  return !existsSync(baselineFile)
}

/**
 * Starts the check's go probe from an entry, before the options are parsed, with `dir` (absolute)
 * and `baseline` as given (undefined or the default name: .github/go-baseline.yml under the
 * repository root). It asks for the keys by name when no baseline file is there
 * (probeNamedKeys); a wrong guess only makes the engine probe on its own.
 */
export function prefetchCheck(opts: {
  env: Record<string, string | undefined>
  dir: string
  baseline?: string
}): void {
  const file = baselinePath(explicitBaseline(opts.baseline), findRoot(opts.dir, opts.env))
  prefetchGoFacts({ cwd: opts.dir, env: opts.env, namedKeys: probeNamedKeys(file) })
}

/** An existing directory (an absolute path; `off` and relative paths are not). */
function isDirectory(dir: string | undefined): boolean {
  if (!dir || !path.isAbsolute(dir)) return false
  try {
    return statSync(dir).isDirectory()
  } catch {
    return false
  }
}

/**
 * Runs `go env -json` once (and `go version` when GOFLAGS is set, see below), in a neutral
 * directory (the temp dir), so a go.mod `toolchain` line can't make this probe download a
 * toolchain; the module files are read by src/facts/modules.ts instead.
 */
async function probe(opts: GoProbeOptions): Promise<GoFacts> {
  const binary = resolveGoBinary(opts.goBinary, opts.cwd, opts.env)
  const neutral = os.tmpdir()
  let env: Record<string, string> | undefined
  if (opts.namedKeys || opts.cacheOnly) {
    const named = await run(binary, ['env', '-json', ...NAMED_KEYS], neutral, opts.env, ENV_JSON)
    env = parseGoEnvJson(binary, named)
    // Only the full `go env` says why a build cache is off or unusable (and creates a missing
    // one, as any go command would): ask it then, in the rare case.
    if (!isDirectory(env.GOCACHE)) env = undefined
  }
  let envError: string | undefined
  if (env === undefined) {
    const [envResult] = await Promise.allSettled([run(binary, ['env', '-json'], neutral, opts.env)])
    let envJson: string
    if (envResult.status === 'fulfilled') envJson = envResult.value
    else if (/build cache/.test(goErrorDetail(envResult.reason))) {
      // A GOCACHE that is off or unusable makes the full `go env -json` fail, while named keys
      // still print: ask for those, so the cache rules can report the problem.
      envError = goErrorDetail(envResult.reason)
      envJson = await run(binary, ['env', '-json', ...NAMED_KEYS], neutral, opts.env, ENV_JSON)
    } else throw envResult.reason // without `go env` there are no facts: the gate cannot run
    env = parseGoEnvJson(binary, envJson)
  }
  // `go env` tolerates a GOFLAGS that breaks every other go command (a field that is not a flag,
  // an unknown flag); `go version` parses it as go build will. It is the one setting where the two
  // differ, so `go version` runs only when GOFLAGS is set (a process spawn is most of the gate's
  // start-up), and its failure is a finding (GBG103), not a reason to stop.
  let versionLine = `go version ${env.GOVERSION ?? ''} ${env.GOOS ?? ''}/${env.GOARCH ?? ''}`
  let versionError: string | undefined
  if (!opts.cacheOnly && (env.GOFLAGS ?? '').trim() !== '') {
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

/** At most this much of what go printed is quoted in an error message. */
const QUOTED_OUTPUT = 200

/** What a command printed, shortened and quoted (control characters escaped) for a message. */
function quoteOutput(text: string): string {
  const t = text.trim()
  const short = t.length > QUOTED_OUTPUT ? `${t.slice(0, QUOTED_OUTPUT)}...` : t
  return short === '' ? 'nothing' : JSON.stringify(short)
}

function jsonType(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : `a ${typeof v}`
}

/**
 * `go env -json` output as a map of strings. Anything else (not JSON, `null`, an array, a field
 * that is not a string) is a UsageError naming the binary and quoting what it printed: the gate
 * cannot judge an environment it cannot read.
 */
export function parseGoEnvJson(binary: string, text: string): Record<string, string> {
  const fix =
    'check that --go (the `go` input) points at a Go toolchain, and run `go env -json` there'
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new UsageError(
      `\`${binary} env -json\` printed something that is not JSON: ${quoteOutput(text)}`,
      undefined,
      fix
    )
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new UsageError(
      `\`${binary} env -json\` printed ${jsonType(data)}, not an object of strings: ${quoteOutput(text)}`,
      undefined,
      fix
    )
  }
  const entries = Object.entries(data)
  for (const [key, value] of entries) {
    if (typeof value !== 'string') {
      throw new UsageError(
        `\`${binary} env -json\` printed ${jsonType(value)} for ${JSON.stringify(key)}, where Go prints a string: ${quoteOutput(text)}`,
        undefined,
        fix
      )
    }
  }
  return Object.fromEntries(entries) as Record<string, string>
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
