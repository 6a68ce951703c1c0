/**
 * The job summary (GITHUB_STEP_SUMMARY): verdict, every finding, the fixes, the environment and
 * the cache statistics. Markdown that also reads well as plain text; at most 1 MiB (GitHub's limit
 * per step), cutting findings from the end with a note when a report is larger.
 */
import { compareStrings } from '../decide.js'
import { cacheRows } from './cache-stats.js'
import {
  code,
  details,
  findingsTable,
  fitFindings,
  fixItems,
  plural,
  table,
  utf8Bytes,
  verdict
} from './markdown.js'
import type { GateReport } from './types.js'

/** GitHub's limit for one step's summary, in bytes. */
export const SUMMARY_LIMIT = 1024 * 1024

/** Findings shown before the rest fold into `<details>`. */
const OPEN_ROWS = 10

export interface SummaryOptions {
  /** Path of the baseline written by `mode: record`. */
  recordedBaseline?: string
  /** Findings that did not become annotations because of GitHub's per-step limits. */
  annotationsDropped?: number
}

export function renderSummary(report: GateReport, opts: SummaryOptions = {}): string {
  const total = report.findings.length
  return fitFindings(total, SUMMARY_LIMIT, utf8Bytes, (shown) => render(report, opts, shown))
}

function render(report: GateReport, opts: SummaryOptions, shown: number): string {
  const total = report.findings.length
  const findings = report.findings.slice(0, shown)
  const parts = [verdict(report, '##')]

  if (opts.recordedBaseline) parts.push(`Recorded the baseline to ${code(opts.recordedBaseline)}.`)
  if (opts.annotationsDropped) {
    parts.push(
      `> ${plural(opts.annotationsDropped, 'finding')} did not get an annotation: GitHub shows at most 10 error, 10 warning and 10 notice annotations per step. All ${total} are listed below.`
    )
  }
  if (shown < total) {
    parts.push(
      `> **Truncated:** ${total - shown} of ${plural(total, 'finding')} are not shown, to keep this summary under GitHub's 1 MiB limit. The JSON report (\`--format json\`) lists all of them.`
    )
  }

  if (total === 0) {
    parts.push('No findings.')
  } else {
    parts.push(`### Findings (${total})`, findingsTable(findings, OPEN_ROWS))
    const fixes = fixItems(findings)
    if (fixes.length > OPEN_ROWS)
      parts.push('### How to fix', details(`${fixes.length} fixes`, fixes.join('\n')))
    else if (fixes.length > 0) parts.push('### How to fix', fixes.join('\n'))
  }

  parts.push('### Environment', table(['Fact', 'Value'], environmentRows(report)))
  const cache = cacheRows(report.cache)
  if (cache.length > 0) parts.push('### Build cache', table(['Statistic', 'Value'], cache))

  return parts.join('\n\n') + '\n'
}

function environmentRows(report: GateReport): string[][] {
  const facts: [string, string | undefined][] = [
    ['Go', report.goVersion],
    ['go binary', report.goBinary],
    ['Baseline', report.baseline ?? 'built-in policy'],
    ['Repository root', report.root],
    ['Checked directory', report.dir]
  ]
  const env = Object.entries(report.environment)
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([k, v]) => [code(k), code(v)])
  return [
    ...facts.filter(([, v]) => v !== undefined).map(([k, v]) => [k, code(v)]),
    ...env,
    ['Duration', `${Math.round(report.durationMs)} ms`]
  ]
}
