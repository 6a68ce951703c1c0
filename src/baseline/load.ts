import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { UsageError } from '../errors.js'
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

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return undefined
    throw new UsageError(
      `cannot read the baseline ${file}: ${(e as Error).message}`,
      { file },
      code === 'EISDIR' ? 'point --baseline at a file' : 'check the file permissions'
    )
  }
}

/**
 * Loads and validates the baseline for this GOOS/GOARCH/runner OS. No file at the default path
 * gives the built-in policy; a missing explicit path or an invalid file is a UsageError (exit 2)
 * placed at file:line:column.
 */
export async function loadBaseline(opts: LoadBaselineOptions): Promise<Baseline> {
  const file = path.resolve(opts.path ?? path.join(opts.root, opts.defaultPath))
  const text = await readIfExists(file)
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
    await Promise.all([import('./source.js'), import('./validate.js'), import('./build.js')])
  const shown = displayPath(file, opts.root)
  const source = BaselineSource.parse(shown, text)
  const data: unknown = source.doc.toJS()
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
