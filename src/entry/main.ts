import * as core from '@actions/core'
import * as path from 'node:path'
import { runGate } from '../engine.js'
import { actionStore } from '../actions-cache/action.js'
import { UsageError } from '../errors.js'
import { resolveOptions, type RawOptions } from '../options.js'
import { formatAnnotation, selectAnnotations } from '../report/annotations.js'
import { renderSummary } from '../report/summary.js'
import { renderText } from '../report/text.js'
import { writeReportFiles } from '../output.js'
import { recordBaselineForSummary } from './record-action.js'
import { findRoot } from '../root.js'
import { logText } from '../log.js'

const info = (text: string): void => logText(text, (s) => process.stdout.write(s))

const INPUTS: Array<keyof RawOptions> = [
  'mode',
  'fail-on',
  'baseline',
  'working-directory',
  'go',
  'cache-verify',
  'prune',
  'max-cache-age',
  'max-cache-size',
  'comment',
  'preflight',
  'report',
  'sarif'
]

/** The action's main step: inputs -> gate -> annotations, summary, outputs, comment -> verdict. */
export async function run(env: Record<string, string | undefined> = process.env): Promise<void> {
  try {
    const raw: RawOptions = {}
    for (const name of INPUTS) raw[name] = core.getInput(name)
    const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd())
    const dir = path.resolve(workspace, raw['working-directory'] || '.')
    const opts = resolveOptions(raw, findRoot(dir, env), workspace)
    if (opts.mode === 'record') {
      await recordBaselineForSummary(opts, env)
      return
    }
    opts.report ??= path.join(env.RUNNER_TEMP ?? opts.root, 'go-baseline-gate', 'report.json')

    const store = actionStore(env, info) // Actions cache transport: undefined unless `cache: true`
    const { report, facts, baseline } = await runGate(opts, {
      env,
      log: info,
      restore: store?.restore
    })
    store?.finish(facts, baseline, opts) // Actions cache transport: output cache-hit, state for the post step

    const { annotations, dropped } = selectAnnotations(report.findings)
    for (const a of annotations) process.stdout.write(formatAnnotation(a) + '\n')
    if (dropped > 0) {
      core.info(
        `${dropped} more finding(s) were not annotated (GitHub shows 10 per level per step); all are in the job summary.`
      )
    }
    info(renderText(report, { color: false }))

    const written = await writeReportFiles(report, opts)
    core.setOutput('result', report.result)
    core.setOutput('violations', String(report.violations))
    core.setOutput('errors', String(report.counts.errors))
    core.setOutput('warnings', String(report.counts.warnings))
    core.setOutput('go-version', report.goVersion ?? '')
    core.setOutput('report', written.report ?? '')
    core.setOutput('sarif', written.sarif ?? '')
    if (report.cache?.prune) core.setOutput('pruned-bytes', String(report.cache.prune.bytes))

    if (env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(renderSummary(report, { annotationsDropped: dropped })).write()
    }
    if (opts.comment !== 'off') {
      const { postComment } = await import('../github.js')
      await postComment(report, opts.comment, core.getInput('token'), env, {
        info,
        warning: (s) => core.warning(s)
      })
    }
    if (report.result === 'fail') {
      core.setFailed(
        `go-baseline-gate: ${report.violations} violation(s) at or above '${report.failOn}' under mode enforce`
      )
    }
  } catch (err) {
    if (err instanceof UsageError) {
      if (err.location?.file) {
        const loc = err.location
        process.stdout.write(
          formatAnnotation({
            level: 'error',
            message: `${err.message}${err.fix ? `\nfix: ${err.fix}` : ''}`,
            properties: {
              title: 'go-baseline-gate could not run',
              file: path.isAbsolute(loc.file)
                ? path.relative(env.GITHUB_WORKSPACE ?? process.cwd(), loc.file)
                : loc.file,
              ...(loc.line ? { line: loc.line } : {}),
              ...(loc.column ? { col: loc.column } : {})
            }
          }) + '\n'
        )
      }
      core.setOutput('result', 'fail')
      core.setFailed(`go-baseline-gate could not run: ${err.format()}`)
      return
    }
    core.setFailed(`go-baseline-gate: internal error: ${(err as Error).message}`)
  }
}
