import { loadRegexEngine } from './regex.js'
import { loadSemver } from '../goversion.js'
import { baselinePath } from './path.js'
import { UsageError } from '../errors.js'
import { FileTooLargeError, NotRegularFileError, readRegularFile } from '../facts/readfile.js'
import type { BaselineData } from './build.js'
import { displayPath } from '../root.js'
import type { Baseline } from './types.js'

export interface LoadBaselineOptions {
  /** An explicit `--baseline` / `baseline:` input; relative to the working directory. */
  path?: string
  /** Repository root (absolute). */
  root: string
  /** The default baseline path relative to root, `.github/go-baseline.yml`. */
  defaultPath: string
  goos: string
  goarch: string
  /** RUNNER_OS (`Linux`, `Windows`, `macOS`), for `overrides: - when: { runner-os: ... }`. */
  runnerOs?: string
}

/** The built-in recommended policy: no expectations of its own; the GBG1xx policy rules apply. */
export function builtinBaseline(): Baseline {
  return { builtin: true, version: 1, rules: {}, env: [], go: {}, cache: {} }
}

/**
 * The most a baseline file may hold. Real baselines are a few kilobytes; the cap keeps a huge or
 * hostile file (millions of keys) from costing the job minutes before it is rejected.
 */
export const MAX_BASELINE_BYTES = 1024 * 1024

/** The baseline's text; undefined when there is no file. Only a regular file is ever opened. */
async function readIfExists(file: string, shown: string): Promise<string | undefined> {
  try {
    return (await readRegularFile(file, MAX_BASELINE_BYTES)).toString('utf8')
  } catch (e) {
    if (e instanceof NotRegularFileError) {
      throw new UsageError(
        `the baseline ${shown} is ${e.kind}, not a regular file`,
        { file: shown },
        'point --baseline at a YAML or JSON file'
      )
    }
    if (e instanceof FileTooLargeError) {
      throw new UsageError(
        `the baseline ${shown} is ${e.size} bytes; at most ${MAX_BASELINE_BYTES} bytes (1 MiB) are read`,
        { file: shown, line: 1, column: 1 },
        'a baseline lists expectations on go env keys and a few policies: keep it small, without generated content'
      )
    }
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return undefined
    throw new UsageError(
      `cannot read the baseline ${shown}: ${(e as Error).message}`,
      { file: shown },
      'check the file permissions'
    )
  }
}

/**
 * Loads and validates the baseline for this GOOS/GOARCH/runner OS. No file at the default path
 * gives the built-in policy; a missing explicit path or an invalid file is a UsageError (exit 2)
 * placed at file:line:column.
 */
export async function loadBaseline(opts: LoadBaselineOptions): Promise<Baseline> {
  const file = baselinePath(opts.path, opts.root, opts.defaultPath)
  const shown = displayPath(file, opts.root)
  const text = await readIfExists(file, shown)
  if (text === undefined) {
    if (opts.path === undefined) return builtinBaseline()
    throw new UsageError(
      `baseline file not found: ${opts.path}`,
      undefined,
      `create it with \`go-baseline-gate record --out ${opts.path}\`, or fix the path`
    )
  }
  // The parser and the validator load only when there is a file to read (start-up time).
  const [{ BaselineSource }, { schemaProblems, throwProblems }, { buildBaseline }] =
    await Promise.all([
      import('./source.js'),
      import('./validate.js'),
      import('./build.js'),
      loadRegexEngine(),
      loadSemver()
    ])
  const source = BaselineSource.parse(shown, text)
  const data = source.toJS()
  if (data === null || data === undefined) {
    throw new UsageError(
      `the baseline ${shown} is empty`,
      { file: shown, line: 1, column: 1 },
      'add `version: 1`'
    )
  }
  throwProblems(schemaProblems(data, source))
  const { baseline, problems } = buildBaseline(data as BaselineData, source, file, opts)
  throwProblems(problems)
  return baseline
}
