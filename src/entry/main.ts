import * as core from '@actions/core'
import * as path from 'node:path'
import { runGate } from '../engine.js'
import { actionStore } from '../actions-cache/action.js'
import { abandonedCalls } from '../actions-cache/deadline.js'
import { UsageError } from '../errors.js'
import { resolveOptions, type RawOptions } from '../options.js'
import {
  ANNOTATIONS_PER_LEVEL,
  formatAnnotation,
  selectAnnotations
} from '../report/annotations.js'
import { linkContextFromEnv } from '../report/markdown.js'
import { renderSummary } from '../report/summary.js'
import { writeActionLog } from '../report/text.js'
import { defaultOutputDir, prepareSarif, writeReportFiles } from '../output.js'
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
    opts.report ??= path.join(defaultOutputDir(env), 'report.json')

    const store = actionStore(env, info) // Actions cache transport: undefined unless `cache: true`
    const { report, facts, baseline } = await runGate(opts, {
      env,
      log: info,
      restore: store?.restore,
      ...(opts.sarif ? { whileGoLoads: prepareSarif } : {})
    })
    store?.finish(facts, baseline, opts) // Actions cache transport: output cache-hit, state for the post step

    // GitHub keeps 10 annotations per level per step, the step's own ones included: the failure
    // message (an ::error) and a warning from the PR comment get their slots first.
    const selection = selectAnnotations(report.findings, {
      error: report.result === 'fail' ? 1 : 0,
      warning: opts.comment !== 'off' ? 1 : 0
    })
    const { dropped } = selection
    let warningsLeft = ANNOTATIONS_PER_LEVEL - selection.used.warning
    writeActionLog(report, selection, {
      command: (line) => process.stdout.write(line + '\n'),
      protect: info,
      write: (text) => process.stdout.write(text)
    })

    const written = await writeReportFiles(report, opts, { env, matrix: core.getInput('matrix') })
    core.setOutput('result', report.result)
    core.setOutput('violations', String(report.violations))
    core.setOutput('errors', String(report.counts.errors))
    core.setOutput('warnings', String(report.counts.warnings))
    core.setOutput('go-version', report.goVersion ?? '')
    core.setOutput('report', written.report ?? '')
    core.setOutput('sarif', written.sarif ?? '')
    if (report.cache?.prune) core.setOutput('pruned-bytes', String(report.cache.prune.bytes))

    if (env.GITHUB_STEP_SUMMARY) {
      const links = linkContextFromEnv(env)
      await core.summary
        .addRaw(renderSummary(report, { annotationsDropped: dropped, links }))
        .write()
    }
    if (opts.comment !== 'off') {
      const { postComment } = await import('../github.js')
      await postComment(
        report,
        opts.comment,
        core.getInput('token'),
        env,
        { info, warning: (s) => (warningsLeft-- > 0 ? core.warning(s) : info(`warning: ${s}`)) },
        { matrix: core.getInput('matrix'), commentKey: core.getInput('comment-key') }
      )
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
  } finally {
    // A cache service call given up at its deadline may still hold a socket: end the step.
    if (abandonedCalls() > 0) process.exit()
  }
}
