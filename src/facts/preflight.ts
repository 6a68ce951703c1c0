/**
 * Preflight: ask Go itself. Runs Go's own package loader once in the working directory,
 * `go list -e -deps -test -json=… ./...`, with the job's environment (GOFLAGS, GOWORK,
 * GOTOOLCHAIN, -modfile, …), and records every error it prints: package errors from the JSON
 * (with the position Go names) and, when go list fails outright, the errors on stderr.
 *
 * `offline` adds GOPROXY=off, so nothing is downloaded; a module missing from the module cache
 * is then "not checked" (recorded once in `notChecked`), never an error. `online` uses the job's
 * GOPROXY, so it downloads what `go build` would download next.
 *
 * The only part of preflight that runs go; src/checks/preflight.ts maps these facts to findings.
 */
import { execFile } from 'node:child_process'
import * as path from 'node:path'
import { compareGoVersions } from '../goversion.js'
import { displayPath } from '../root.js'
import type { ModuleFacts } from './modules.js'

export type PreflightMode = 'off' | 'offline' | 'online'

export const PREFLIGHT_TIMEOUT_S = 180

/** A loopback address nothing listens on (port 1, tcpmux): refused at once, never the network. */
const OFFLINE_SUMDB = 'http://127.0.0.1:1'

/** One error Go printed; identical messages at several positions are collapsed into one. */
export interface PreflightIssue {
  /** Go's text without the `go: ` prefix and the position (may span lines). */
  message: string
  /** The position Go names, relative to the repository root (or absolute outside it). */
  file?: string
  line?: number
  column?: number
  /** The package whose loading failed (JSON errors). */
  importPath?: string
  /** How many other positions printed the same message. */
  more: number
  /** Where it came from: a package's JSON error, or go's stderr when go list failed. */
  origin: 'json' | 'stderr'
}

export interface PreflightFacts {
  mode: 'offline' | 'online'
  /** The command as run, for the log and the report (`go list -e …`). */
  command: string
  /** Environment set on top of the job's, e.g. { GOPROXY: 'off' }. */
  overrides: Record<string, string>
  /** Absolute directory go list ran in. */
  dir: string
  exitCode?: number
  durationMs: number
  issues: PreflightIssue[]
  /** Modules or packages Go could not load without downloading (offline): not checked, not errors. */
  notChecked?: { reason: string; items: string[] }
  /** Set when go list was stopped at its deadline. */
  timedOutAfterS?: number
  /** go list could not be started, or printed nothing usable. */
  failed?: string
  /** Why preflight did not run at all. */
  skipped?: string
}

export interface PreflightOptions {
  mode: PreflightMode
  goBinary: string
  /** The go version running (GOVERSION), e.g. go1.26.8. */
  goVersion: string
  /** The job's GOFLAGS as go sees it (environment and `go env -w`). */
  goFlags: string
  /** The job's GOSUMDB as go sees it. */
  goSumDb?: string
  root: string
  dir: string
  /** The process environment the job's go runs with. */
  env: Record<string, string | undefined>
  /** The module files (go list waits for them unless `singleModule` is known sooner). */
  modules: ModuleFacts | Promise<ModuleFacts>
  /**
   * Known before the module files are read: no go.work applies and a go.mod governs the
   * directory. Then go list (on ./...) starts at once; should the files say otherwise once read,
   * that run is stopped and the right one started.
   */
  singleModule?: boolean | Promise<boolean>
  /** Stops go list when aborted (the run it belongs to failed). */
  signal?: AbortSignal
  /** Why the build cache is unusable (GOCACHE=off, …): go list needs it, so preflight skips. */
  cacheUnusable?: string
  timeoutS?: number
}

const FIELDS = 'ImportPath,DepOnly,Error,DepsErrors'
/** Lines go prints while it works, never errors. */
const PROGRESS = /^go: (downloading|finding|extracting|found|added|upgraded|downgraded|removed) /
/** Headers whose detail follows on lines of their own, each with a position. */
const HEADER = /^(?:go: )?(?:errors parsing \S+|malformed go\.sum):$/
/** `file:line[:col]: text`, for the files Go names in module errors. */
const POSITION =
  /^((?:[A-Za-z]:)?[^\s:][^:]*?\.(?:go|mod|work|sum|txt|s|c|h|cc|cpp|m|syso)):(\d+)(?::(\d+))?: ([\s\S]*)$/
/** A package in the main module with no buildable files: `./...` skips it, go build does not fail. */
const NO_GO_FILES =
  /^(?:build constraints exclude all Go files in|no non-test Go files in|no Go files in) /
/**
 * Go needed the network: a module lookup under GOPROXY=off, or the checksum database (which
 * go asks directly when GOPROXY=off) out of reach. Not checked, never an error.
 */
const OFFLINE =
  /disabled by GOPROXY=off|verifying (?:module|go\.mod):.*(?:dial tcp|no such host|i\/o timeout|connection refused)/

interface GoListError {
  ImportStack?: string[]
  Pos?: string
  Err?: string
}

interface GoListPackage {
  ImportPath?: string
  DepOnly?: boolean
  Error?: GoListError
  DepsErrors?: GoListError[]
}

/** The -mod flag in a GOFLAGS value (`-mod=vendor` or `--mod=vendor`). */
function modFlag(goflags: string): string | undefined {
  return /(?:^|\s)--?mod=(\S+)/.exec(goflags)?.[1]
}

/** Splits go list's concatenated, indented JSON objects; each closes with `}` at column 0. */
export function parseGoListJSON(stdout: string): GoListPackage[] {
  const out: GoListPackage[] = []
  let start = 0
  for (;;) {
    const end = stdout.indexOf('\n}', start)
    if (end < 0) break
    const chunk = stdout.slice(start, end + 2)
    start = end + 2
    try {
      out.push(JSON.parse(chunk) as GoListPackage)
    } catch {
      // Not an object go list printed (never expected): skip it rather than lose the rest.
    }
  }
  return out
}

/** Splits go's stderr into error blocks: a line at column 0 starts one, indented lines continue it. */
export function stderrBlocks(stderr: string): string[] {
  const blocks: string[][] = []
  for (const raw of stderr.split('\n')) {
    const line = raw.replace(/\r$/, '')
    if (PROGRESS.test(line)) continue
    if (line.trim() === '') {
      // A blank line inside a block (inconsistent vendoring's hint) keeps it open.
      continue
    }
    // Indented lines, and the hint Go prints after "conflicting replacements", continue a block.
    const continues = /^\s/.test(line) || /^use "go work edit/.test(line)
    if (continues && blocks.length > 0) (blocks[blocks.length - 1] as string[]).push(line)
    else blocks.push([line])
  }
  return blocks
    .filter((b) => !(b.length === 1 && HEADER.test(b[0] as string)))
    .map((b) => b.join('\n'))
}

interface Positioned {
  message: string
  file?: string
  line?: number
  column?: number
}

/** `go: file:12:2: text` -> the position (resolved against cwd) and the text. */
export function splitPosition(text: string, cwd: string, root: string): Positioned {
  const body = text.replace(/^go: /, '')
  const m = POSITION.exec(body)
  if (!m) return { message: body }
  const [file, line, column, rest] = [m[1] as string, m[2] as string, m[3], m[4] as string]
  return {
    message: rest,
    file: displayPath(path.resolve(cwd, file), root),
    line: Number(line),
    ...(column ? { column: Number(column) } : {})
  }
}

/**
 * Turns go list's output into issues. Pure (exported for tests): `stdout` is the JSON stream,
 * `stderr` go's error stream, `failed` whether go list exited non-zero.
 */
export function parseGoListOutput(
  stdout: string,
  stderr: string,
  failed: boolean,
  cwd: string,
  root: string
): { issues: PreflightIssue[]; offline: string[] } {
  const byMessage = new Map<string, PreflightIssue>()
  const offline = new Set<string>()
  const add = (p: Positioned, origin: PreflightIssue['origin'], importPath?: string) => {
    if (OFFLINE.test(p.message)) {
      const subject = /^(\S+@\S+?):/.exec(p.message)?.[1] ?? importPath ?? p.message
      offline.add(subject)
      return
    }
    const seen = byMessage.get(p.message)
    if (seen) {
      seen.more++
      return
    }
    byMessage.set(p.message, {
      ...p,
      ...(importPath ? { importPath } : {}),
      more: 0,
      origin
    })
  }
  for (const pkg of parseGoListJSON(stdout)) {
    const errors = [...(pkg.Error ? [pkg.Error] : []), ...(pkg.DepsErrors ?? [])]
    for (const e of errors) {
      const err = (e.Err ?? '').trim()
      if (err === '') continue
      // A directory of the main module without buildable files: `./...` skips it.
      if (e === pkg.Error && !pkg.DepOnly && NO_GO_FILES.test(err)) continue
      const inner = splitPosition(err, cwd, root)
      const pos = e.Pos ? splitPosition(`${e.Pos}: x`, cwd, root) : undefined
      const where =
        inner.file !== undefined ? inner : { ...pos, message: inner.message, file: pos?.file }
      add(
        {
          message: where.message,
          ...(where.file !== undefined ? { file: where.file } : {}),
          ...(where.line !== undefined ? { line: where.line } : {}),
          ...(where.column !== undefined ? { column: where.column } : {})
        },
        'json',
        e === pkg.Error
          ? pkg.ImportPath
          : (e.ImportStack?.[e.ImportStack.length - 1] ?? pkg.ImportPath)
      )
    }
  }
  if (failed) {
    for (const block of stderrBlocks(stderr)) add(splitPosition(block, cwd, root), 'stderr')
  }
  return { issues: [...byMessage.values()], offline: [...offline] }
}

/** Every package of the module in the directory. */
const ALL = './...'

/**
 * The package patterns: `./...`, except at a workspace directory that is not inside a workspace
 * module, where Go rejects `./...` ("directory prefix . does not contain modules listed in
 * go.work"): there, every workspace module below the directory (`./a/... ./b/...`).
 */
export function patterns(modules: ModuleFacts, dir: string): string[] {
  const work = modules.work
  if (!work?.uses) return [ALL]
  const inside = (child: string, parent: string) => {
    const rel = path.relative(parent, child)
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
  }
  const dirs = work.uses.filter((u) => u.exists && u.hasGoMod).map((u) => u.dir)
  if (dirs.some((d) => inside(dir, d))) return [ALL]
  const below = dirs.filter((d) => inside(d, dir))
  if (below.length === 0) return [ALL]
  return [...new Set(below)].map((d) => {
    const rel = path.relative(dir, d).split(path.sep).join('/')
    return `./${rel}/...`
  })
}

/** Whether a go.mod or go.work governs the directory (one that does not parse counts too). */
function governed(modules: ModuleFacts): boolean {
  return modules.work !== undefined || modules.mods.some((m) => m.main) || modules.errors.length > 0
}

interface GoListResult {
  stdout: string
  stderr: string
  code?: number
  timedOut: boolean
  spawn?: string
}

/** A go list started: when it started, its result, and a way to stop it. */
interface GoListRun {
  started: number
  result: Promise<GoListResult>
  /** Kills it (its result is then never used). */
  stop(): void
}

function startGoList(
  binary: string,
  args: string[],
  cwd: string,
  env: Record<string, string | undefined>,
  timeoutS: number,
  signal: AbortSignal | undefined
): GoListRun {
  const stopped = new AbortController()
  const stop = (): void => stopped.abort()
  // A run that failed before go list started stops it at once.
  if (signal?.aborted) stop()
  else signal?.addEventListener('abort', stop, { once: true })
  const started = Date.now()
  const result = new Promise<GoListResult>((resolve) => {
    execFile(
      binary,
      args,
      {
        cwd,
        env,
        timeout: timeoutS * 1000,
        killSignal: 'SIGKILL',
        signal: stopped.signal,
        maxBuffer: 512 * 1024 * 1024,
        encoding: 'utf8'
      },
      (err, stdout, stderr) => {
        signal?.removeEventListener('abort', stop)
        if (!err) return resolve({ stdout, stderr, code: 0, timedOut: false })
        const e = err as NodeJS.ErrnoException & { killed?: boolean; code?: number | string }
        if (stopped.signal.aborted)
          return resolve({ stdout, stderr, timedOut: false, spawn: 'stopped' })
        if (e.killed) return resolve({ stdout, stderr, timedOut: true })
        if (typeof e.code === 'number')
          return resolve({ stdout, stderr, code: e.code, timedOut: false })
        resolve({ stdout, stderr, timedOut: false, spawn: e.message })
      }
    )
  })
  return { started, result, stop }
}

/** Runs the preflight; never throws (a failure to run is recorded in `failed`). */
export async function collectPreflight(
  opts: PreflightOptions
): Promise<PreflightFacts | undefined> {
  if (opts.mode === 'off') return undefined
  const timeoutS = opts.timeoutS ?? PREFLIGHT_TIMEOUT_S
  const overrides: Record<string, string> = opts.mode === 'offline' ? { GOPROXY: 'off' } : {}
  // With GOPROXY=off go asks the checksum database directly for a checksum go.sum lacks (a
  // workspace writes it to go.work.sum). Offline means no network: point the default database
  // at a closed loopback port, so such a module is "not checked" (cached lookups still verify).
  if (opts.mode === 'offline' && (opts.goSumDb ?? 'sum.golang.org') === 'sum.golang.org') {
    overrides.GOSUMDB = `sum.golang.org ${OFFLINE_SUMDB}`
  }
  const json = compareGoVersions(opts.goVersion.replace(/^go/, '') || '1.0', '1.19') >= 0
  const argsFor = (pkgs: string[]): string[] => [
    'list',
    '-e',
    '-deps',
    '-test',
    json ? `-json=${FIELDS}` : '-json',
    ...pkgs
  ]
  const env = { ...opts.env, ...overrides }
  const skipped =
    modFlag(opts.goFlags) === 'mod'
      ? 'GOFLAGS has -mod=mod, which lets go rewrite go.mod and go.sum; preflight only reads them'
      : opts.cacheUnusable !== undefined
        ? `go needs a build cache (${opts.cacheUnusable})`
        : undefined
  // Go's loader needs the module files only for what to list: with one module and no workspace
  // that is ./..., so go list starts now and runs while the gate reads and parses them.
  const early =
    skipped === undefined && (await opts.singleModule)
      ? startGoList(opts.goBinary, argsFor([ALL]), opts.dir, env, timeoutS, opts.signal)
      : undefined
  let modules: ModuleFacts
  try {
    modules = await opts.modules
  } catch (err) {
    early?.stop()
    throw err
  }
  const pkgs = patterns(modules, opts.dir)
  const args = argsFor(pkgs)
  const base: PreflightFacts = {
    mode: opts.mode,
    command: `go ${args.join(' ')}`,
    overrides,
    dir: opts.dir,
    durationMs: 0,
    issues: []
  }
  if (skipped !== undefined) return { ...base, skipped }
  if (!governed(modules)) {
    early?.stop()
    return {
      ...base,
      skipped: `no go.mod or go.work governs ${displayPath(opts.dir, opts.root)}`
    }
  }
  // The files read say what the early start assumed (they always should): its run is the one.
  let run = early
  if (!run || pkgs.length !== 1 || pkgs[0] !== ALL) {
    run?.stop()
    run = startGoList(opts.goBinary, args, opts.dir, env, timeoutS, opts.signal)
  }
  const r = await run.result
  const durationMs = Date.now() - run.started
  if (r.timedOut) return { ...base, durationMs, timedOutAfterS: timeoutS }
  if (r.spawn !== undefined) return { ...base, durationMs, failed: r.spawn }
  const { issues, offline } = parseGoListOutput(
    r.stdout,
    r.stderr,
    r.code !== 0,
    opts.dir,
    opts.root
  )
  const out: PreflightFacts = {
    ...base,
    durationMs,
    ...(r.code !== undefined ? { exitCode: r.code } : {}),
    issues
  }
  if (r.code !== 0 && issues.length === 0 && offline.length === 0) {
    out.failed = r.stderr.trim().split('\n').slice(0, 3).join(' ') || `exit status ${r.code}`
  }
  if (offline.length > 0) {
    out.notChecked = {
      reason:
        'needs the network (a module not in the module cache, or a checksum lookup) and preflight is offline',
      items: offline.sort()
    }
  }
  return out
}
