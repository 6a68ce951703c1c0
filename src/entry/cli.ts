import { parseFlags } from '../args.js'
import { runGate } from '../engine.js'
import { UsageError } from '../errors.js'
import { resolveOptions, type Format } from '../options.js'
import { formatAnnotation, selectAnnotations } from '../report/annotations.js'
import { renderText, textPieces } from '../report/text.js'
import {
  byteBatches,
  jsonReportPieces,
  prepareSarif,
  sarifReportPieces,
  writeInOrder,
  writeReportFiles
} from '../output.js'
import { findRoot } from '../root.js'
import { RULES, docsUrl } from '../rules.js'
import { VERSION } from '../version.js'

export interface CliIO {
  stdout: (s: string) => void
  /** Standard output for bytes (large reports), where it takes them; else `stdout` gets strings. */
  stdoutBytes?: (b: Uint8Array) => void
  /**
   * The descriptor of standard output when it is a regular file (`> report.json`): a large report
   * is written there with asynchronous writes, each while the next part is made.
   */
  stdoutFile?: number
  stderr: (s: string) => void
  isTTY: boolean
  env: Record<string, string | undefined>
  cwd: string
}

const USAGE = `usage: go-baseline-gate <command> [flags]

commands:
  check     gate the Go build environment (default command)
  record    write a baseline from the current environment
  rules     list the rules
  modfile   print the parse of a go.mod/go.work file (--json FILE)
  cache     build-cache tools: cache stats|verify|prune
  help      show this help; --version prints the version

check flags (the same names as the action's inputs):
  --mode warn|enforce            warn reports only; enforce exits 1 on violations (default warn)
  --baseline FILE                baseline file (default .github/go-baseline.yml, else the built-in policy)
  --dir DIR                      working directory (alias --working-directory; default .)
  --go PATH                      go binary (default: go on PATH)
  --fail-on error|warning        lowest severity that counts as a violation (default error)
  --cache-verify full|quick|off  verify GOCACHE (default quick)
  --prune off|corrupt|stale|all  heal or trim GOCACHE before the build (default off)
  --max-cache-age DURATION       with --prune stale: entries unused longer are removed (e.g. 5d)
  --max-cache-size SIZE          with --prune stale: size budget (e.g. 2GiB)
  --preflight off|offline|online  ask go list before the build (default offline: GOPROXY=off)
  --comment off|on-violation|always  sticky PR comment (needs a pull_request event and a token)
  --token TOKEN                  GitHub token for --comment (default $GITHUB_TOKEN)
  --comment-key KEY              keeps this step's comment apart from others in the same job
  --matrix JSON                  the job's matrix values (toJSON(matrix)), part of the comment's key
  --report FILE                  also write the JSON report to FILE
  --sarif FILE                   also write a SARIF 2.1.0 log to FILE
  --format text|json|sarif|github  what to print (default text)
  --color / --no-color           force or disable colour (default: colour on a TTY)

exit codes: 0 pass (or warn mode), 1 violations under --mode enforce, 2 the gate could not run.
`

const CHECK_OPTIONS = {
  mode: { type: 'string' },
  baseline: { type: 'string' },
  dir: { type: 'string' },
  'working-directory': { type: 'string' },
  go: { type: 'string' },
  'fail-on': { type: 'string' },
  'cache-verify': { type: 'string' },
  prune: { type: 'string' },
  'max-cache-age': { type: 'string' },
  'max-cache-size': { type: 'string' },
  comment: { type: 'string' },
  preflight: { type: 'string' },
  token: { type: 'string' },
  'comment-key': { type: 'string' },
  matrix: { type: 'string' },
  report: { type: 'string' },
  sarif: { type: 'string' },
  format: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const

const FORMATS: Format[] = ['text', 'json', 'sarif', 'github']

/**
 * A large report (100,000 findings make 70 MB of JSON) goes out in writes of about 1 MiB, never
 * as one string that the stream would copy again: as bytes encoded straight from the pieces when
 * the output takes them, else as strings.
 */
async function writeBatched(pieces: Iterable<string>, io: CliIO): Promise<void> {
  const { stdoutBytes, stdoutFile } = io
  if (stdoutFile !== undefined) return writeInOrder(stdoutFile, byteBatches(pieces))
  if (stdoutBytes) {
    for (const bytes of byteBatches(pieces)) stdoutBytes(bytes)
    return
  }
  let batch: string[] = []
  let size = 0
  for (const piece of pieces) {
    batch.push(piece)
    size += piece.length
    if (size >= 1 << 20) {
      io.stdout(batch.join(''))
      batch = []
      size = 0
    }
  }
  if (batch.length > 0) io.stdout(batch.join(''))
}

async function check(args: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(
    'check',
    args,
    CHECK_OPTIONS,
    'run `go-baseline-gate help` for the flags'
  )
  if (values.help) {
    io.stdout(USAGE)
    return 0
  }
  const format = (values.format ?? 'text') as Format
  if (!FORMATS.includes(format)) {
    throw new UsageError(
      `invalid value '${values.format}' for format: expected one of ${FORMATS.join(', ')}`
    )
  }
  const dirFlag = values.dir ?? values['working-directory']
  const cwdDir = (await import('node:path')).resolve(io.cwd, dirFlag ?? '.')
  const root = findRoot(cwdDir, io.env)
  const opts = resolveOptions({ ...values, 'working-directory': dirFlag }, root, io.cwd)
  if (opts.mode === 'record') {
    throw new UsageError(
      'mode record is the `record` command on the CLI',
      undefined,
      'run `go-baseline-gate record`'
    )
  }
  const { report } = await runGate(opts, {
    env: io.env,
    log: (l) => io.stderr(l + '\n'),
    debug: () => {},
    ...(format === 'sarif' || opts.sarif ? { whileGoLoads: prepareSarif } : {})
  })
  await writeReportFiles(report, opts, { env: io.env, matrix: values.matrix })
  switch (format) {
    case 'json':
      await writeBatched(jsonReportPieces(report), io)
      break
    case 'sarif':
      await writeBatched(
        await sarifReportPieces(report, { env: io.env, matrix: values.matrix }),
        io
      )
      break
    case 'github': {
      // In a `run:` step a non-zero exit adds the runner's own ::error ("Process completed with
      // exit code 1."), which counts against GitHub's 10 per step.
      const { annotations, dropped } = selectAnnotations(report.findings, {
        error: report.result === 'fail' ? 1 : 0
      })
      for (const a of annotations) io.stdout(formatAnnotation(a) + '\n')
      if (dropped > 0)
        io.stdout(
          `${dropped} more finding(s) not annotated (GitHub's per-step limit); see the job summary\n`
        )
      io.stdout(renderText({ ...report, findings: [] }, { color: false }))
      break
    }
    default: {
      const color = values['no-color'] ? false : (values.color ?? (io.isTTY && !io.env.NO_COLOR))
      await writeBatched(textPieces(report, { color }), io)
    }
  }
  if (opts.comment !== 'off') {
    const { postComment } = await import('../github.js')
    await postComment(
      report,
      opts.comment,
      values.token ?? io.env.GITHUB_TOKEN ?? '',
      io.env,
      { info: (s) => io.stderr(s + '\n'), warning: (s) => io.stderr(`warning: ${s}\n`) },
      { matrix: values.matrix, commentKey: values['comment-key'] }
    )
  }
  return report.result === 'fail' ? 1 : 0
}

function rules(args: string[], io: CliIO): number {
  const { values } = parseFlags(
    'rules',
    args,
    { format: { type: 'string' } },
    'go-baseline-gate rules [--format json]'
  )
  if (values.format === 'json') {
    io.stdout(
      JSON.stringify(
        RULES.map((r) => ({ ...r, docs: docsUrl(r) })),
        null,
        2
      ) + '\n'
    )
    return 0
  }
  for (const r of RULES) {
    io.stdout(`${r.id}  ${r.defaultSeverity.padEnd(7)}  ${r.name}\n    ${r.summary}\n`)
  }
  return 0
}

/** The CLI: returns the exit code; usage errors print one clear message, never a stack trace. */
export async function cli(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv
  const command = first === undefined || first.startsWith('-') ? 'check' : first
  const args = first === undefined || first.startsWith('-') ? argv : rest
  try {
    switch (command) {
      case 'check':
        if (args.includes('--version')) break
        return await check(args, io)
      case 'rules':
        return rules(args, io)
      // Subcommands load their code on demand, so `check` starts fast.
      case 'record':
        return await (await import('../baseline/command.js')).recordCommand(args, io, io.env)
      case 'modfile':
        return await (await import('../modfile/command.js')).modfileCommand(args, io)
      case 'cache':
        return await (await import('../gocache/command.js')).cacheCommand(args, io)
      case 'help':
        io.stdout(USAGE)
        return 0
      default:
        throw new UsageError(
          `unknown command '${command}'`,
          undefined,
          'run `go-baseline-gate help` for the commands'
        )
    }
    io.stdout(`go-baseline-gate ${VERSION}\n`)
    return 0
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`go-baseline-gate: ${err.format()}\n`)
      return 2
    }
    io.stderr(
      `go-baseline-gate: internal error: ${(err as Error).message}\n(please report this as a bug)\n`
    )
    return 2
  }
}
