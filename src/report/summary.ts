/**
 * The job summary (GITHUB_STEP_SUMMARY), laid out for a reviewer's five seconds: the verdict line
 * first, then the findings (most severe first) in a four-column table with the rule linked to its
 * docs and the place linked to the file and line at the commit, then the fixes as a list; the
 * environment and the build-cache statistics are folded into `<details>`, so a passing run shows
 * about five lines. At most 1 MiB (GitHub's limit per step): findings are cut from the end with a
 * note when a report is larger.
 */
import { compareStrings } from '../decide.js'
import { cacheRows, cacheSummary } from './cache-stats.js'
import {
  code,
  details,
  type Doc,
  FindingCells,
  findingsTable,
  fitFindings,
  fixItems,
  joinDoc,
  type LinkContext,
  plural,
  table,
  utf8Bytes,
  verdict
} from './markdown.js'
import type { GateReport } from './types.js'
import { relativeDir } from './where.js'

/** GitHub's limit for one step's summary, in bytes. */
export const SUMMARY_LIMIT = 1024 * 1024

/** Findings shown before the rest fold into `<details>`. */
const OPEN_ROWS = 10

export interface SummaryOptions {
  /** Path of the baseline written by `mode: record`. */
  recordedBaseline?: string
  /** Findings that did not become annotations because of GitHub's per-step limits. */
  annotationsDropped?: number
  /** Where rule and file links point; no file links without it. */
  links?: LinkContext
}

export function renderSummary(report: GateReport, opts: SummaryOptions = {}): string {
  const total = report.findings.length
  const cells = new FindingCells(report.findings, opts.links, utf8Bytes)
  return fitFindings(
    total,
    SUMMARY_LIMIT,
    utf8Bytes,
    (shown) => render(report, opts, cells, shown),
    cells.rowsWithin(SUMMARY_LIMIT),
    (i) => cells.rowSize(i)
  )
}

function render(report: GateReport, opts: SummaryOptions, cells: FindingCells, shown: number): Doc {
  const total = report.findings.length
  const parts: Array<string | Doc> = [verdict(report, '##', relativeDir(report))]

  if (opts.recordedBaseline) parts.push(`Recorded the baseline to ${code(opts.recordedBaseline)}.`)
  if (shown < total) {
    parts.push(
      `> **Truncated:** ${total - shown} of ${plural(total, 'finding')} are not shown, to keep this summary under GitHub's 1 MiB limit. The JSON report (\`report\` output, \`--format json\`) lists all of them.`
    )
  }

  if (total > 0) {
    parts.push(findingsTable(cells, shown, OPEN_ROWS))
    if (opts.annotationsDropped) {
      parts.push(
        `${plural(opts.annotationsDropped, 'finding')} did not get an annotation (GitHub shows at most 10 per level per step); all ${total} are in this table.`
      )
    }
    const fixes = fixItems(cells, shown)
    if (fixes.length > OPEN_ROWS) {
      parts.push(details(`<strong>How to fix</strong> (${fixes.length} fixes)`, fixes.join('\n')))
    } else if (fixes.length > 0) {
      parts.push('**How to fix**', fixes.join('\n'))
    }
  }

  parts.push(details('Environment', table(['Fact', 'Value'], environmentRows(report))))
  const cache = cacheRows(report.cache)
  if (report.cache && cache.length > 0) {
    parts.push(
      details(`Build cache: ${cacheSummary(report.cache)}`, table(['Statistic', 'Value'], cache))
    )
  }

  const doc = joinDoc(parts, '\n\n')
  doc.push('\n')
  return doc
}

function environmentRows(report: GateReport): string[][] {
  const facts: [string, string | undefined][] = [
    ['Go', report.goVersion],
    ['go binary', report.goBinary],
    ['Baseline', report.baseline ?? 'built-in policy'],
    ['Repository root', report.root],
    ['Checked directory', report.dir]
  ]
  const rows: string[][] = []
  for (const [k, v] of facts) if (v !== undefined) rows.push([k, code(v)])
  const env = Object.entries(report.environment).sort(([a], [b]) => compareStrings(a, b))
  for (const [k, v] of env) rows.push([code(k), code(v)])
  rows.push(['Duration', `${Math.round(report.durationMs)} ms`])
  return rows
}
