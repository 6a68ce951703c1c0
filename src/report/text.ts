import type { Severity } from '../types.js'
import { formatAnnotation, type AnnotationSelection } from './annotations.js'
import { escapeCommandData, escapeTerminal } from './escape.js'
import type { GateReport } from './types.js'
import { logText } from '../log.js'
import { ruleById } from '../rules.js'
import * as path from 'node:path'

const COLORS = { red: 31, yellow: 33, cyan: 36, green: 32, dim: 2, bold: 1 } as const
type Color = keyof typeof COLORS

function paint(on: boolean): (c: Color, s: string) => string {
  return (c, s) => (on ? `\u001b[${COLORS[c]}m${s}\u001b[0m` : s)
}

const LEVEL_COLOR: Record<Severity, Color> = { error: 'red', warning: 'yellow', notice: 'cyan' }

/** Human output for a terminal: one block per finding, a verdict line last. Colour only when asked. */
export function renderText(report: GateReport, opts: { color: boolean }): string {
  return [...textPieces(report, opts)].join('')
}

/** Findings per piece of `textPieces`. */
const TEXT_FINDINGS = 64

/**
 * The text of `renderText` in pieces of TEXT_FINDINGS findings (some tens of kilobytes), for a
 * writer that takes them one at a time: a large report is never one string.
 */
export function* textPieces(report: GateReport, opts: { color: boolean }): Generator<string> {
  const c = paint(opts.color)
  let lines: string[] = []
  // The first line's parts made once: per severity and rule, and per file (escaping works
  // character by character; the numbers need none).
  const heads = new Map<string, string>()
  const files = new Map<string, string>()
  let inPiece = 0
  for (const f of report.findings) {
    const loc = f.location
    const key = `${f.severity} ${f.rule}`
    let head = heads.get(key)
    if (head === undefined) {
      const name = ruleById(f.rule)?.name
      head = `${c(LEVEL_COLOR[f.severity], f.severity.padEnd(7))} ${c('bold', f.rule)}${name ? c('dim', ` ${name}`) : ''}`
      heads.set(key, head)
    }
    let where = ''
    if (loc) {
      let file = files.get(loc.file)
      if (file === undefined) files.set(loc.file, (file = escapeTerminal(loc.file)))
      where = `${file}${loc.line ? `:${loc.line}` : ''}${loc.line && loc.column ? `:${loc.column}` : ''}`
    }
    lines.push(where ? `${head}  ${where}` : head)
    lines.push(`        ${escapeTerminal(f.message)}`)
    if (f.expected !== undefined || f.actual !== undefined) {
      lines.push(
        c(
          'dim',
          `        expected: ${escapeTerminal(f.expected ?? '-')}; actual: ${escapeTerminal(f.actual ?? '-')}`
        )
      )
    }
    if (f.fix) lines.push(`        ${c('green', 'fix:')} ${escapeTerminal(f.fix)}`)
    if (++inPiece === TEXT_FINDINGS) {
      // Each line ends with its newline: the pieces joined are the lines joined.
      lines.push('')
      yield lines.join('\n')
      lines = []
      inPiece = 0
    }
  }
  const { errors, warnings, notices } = report.counts
  const verdict = { pass: c('green', 'PASS'), warn: c('yellow', 'WARN'), fail: c('red', 'FAIL') }[
    report.result
  ]
  const baseline = report.baseline
    ? `baseline ${escapeTerminal(path.relative(report.root, report.baseline) || report.baseline)}`
    : 'built-in policy'
  if (report.findings.length > 0) lines.push('')
  lines.push(
    `${verdict} ${errors} error(s), ${warnings} warning(s), ${notices} notice(s) · mode ${report.mode}, fail-on ${report.failOn} · ${escapeTerminal(report.goVersion ?? 'go ?')} · ${baseline}`
  )
  lines.push('')
  yield lines.join('\n')
}

/**
 * The Actions log of a run: each finding once, as a collapsed `::group::` whose title names it
 * (severity, rule, place); inside, its annotation when it got one (message and fix), else the
 * message and fix as text, then expected, actual and source. Untrusted text reaches the log only
 * through `protect` (which must keep it from being read as a workflow command) or as command data
 * escaped on one line. Ends with the note on held-back annotations and the verdict line.
 *
 * Each call of `command` and `protect` is a write to the log: consecutive command lines go out
 * in one call (the `::endgroup::` of a finding with the `::group::` of the next), and with
 * `write` (a raw writer for the log) the whole log goes out in batches of about 64 KiB, its
 * untrusted text protected here by `logText`, as `protect` would do.
 */
export function writeActionLog(
  report: GateReport,
  selection: Pick<AnnotationSelection, 'byFinding' | 'dropped'>,
  out: {
    command: (line: string) => void
    protect: (text: string) => void
    write?: (s: string) => void
  }
): void {
  const log = actionLogWriter(out)
  // Group titles escaped by parts (both escapes work character by character): the severity and
  // rule once per pair, each file name once, the numbers need none.
  const files = new Map<string, string>()
  const titles = new Map<string, string>()
  const escaped = (text: string): string => escapeCommandData(escapeTerminal(text))
  for (const f of report.findings) {
    const loc = f.location
    const lineCol = loc?.line ? `:${loc.line}${loc.column ? `:${loc.column}` : ''}` : ''
    const at =
      loc && (loc.file !== '' || lineCol !== '')
        ? ` at ${files.get(loc.file) ?? memo(files, loc.file, escaped(loc.file))}${lineCol}`
        : ''
    const pair = `${f.severity} ${f.rule}`
    let title = titles.get(pair)
    if (title === undefined) {
      const name = ruleById(f.rule)?.name
      title = memo(titles, pair, escaped(`${pair}${name ? ` ${name}` : ''}`))
    }
    log.command(`::group::${title}${at}`)
    const annotation = selection.byFinding.get(f)
    const details: string[] = []
    if (annotation) log.command(formatAnnotation(annotation))
    else details.push(f.message)
    if (f.expected !== undefined) details.push(`expected: ${f.expected}`)
    if (f.actual !== undefined) details.push(`actual:   ${f.actual}`)
    if (f.source !== undefined) details.push(`source:   ${f.source}`)
    if (!annotation && f.fix) details.push(`fix:      ${f.fix}`)
    if (details.length > 0) log.protect(terminalLines(details))
    log.command('::endgroup::')
  }
  if (selection.dropped > 0) {
    log.protect(
      `${selection.dropped} more finding(s) were not annotated (GitHub shows 10 per level per step, the step's own messages included); all are in the job summary.`
    )
  }
  log.protect(renderText({ ...report, findings: [] }, { color: false }))
  log.end()
}

// eslint-disable-next-line no-control-regex
const CONTROL_BUT_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f\u009b]/

/**
 * Lines joined by newlines, each escaped by `escapeTerminal`: the joined text tested once in the
 * common case (no control character but the newlines that join them).
 */
export function terminalLines(lines: string[]): string {
  const text = lines.join('\n')
  let newlines = 0
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines++
  if (newlines === lines.length - 1 && !CONTROL_BUT_NEWLINE.test(text)) return text
  return lines.map(escapeTerminal).join('\n')
}

/** Output a batch is flushed at (characters). */
const LOG_BATCH = 64 * 1024

/** The writes of `writeActionLog`, gathered into as few calls as the writer allows. */
function actionLogWriter(out: {
  command: (line: string) => void
  protect: (text: string) => void
  write?: (s: string) => void
}): { command: (line: string) => void; protect: (text: string) => void; end: () => void } {
  const { write } = out
  if (write) {
    let batch: string[] = []
    let size = 0
    const add = (s: string): void => {
      batch.push(s)
      size += s.length
      if (size >= LOG_BATCH) flush()
    }
    const flush = (): void => {
      if (batch.length > 0) write(batch.join(''))
      batch = []
      size = 0
    }
    return {
      command: (line) => add(`${line}\n`),
      protect: (text) => logText(text, add),
      end: flush
    }
  }
  // Command lines wait for the next text (or the end) and go out together.
  let lines: string[] = []
  const flush = (): void => {
    if (lines.length > 0) out.command(lines.join('\n'))
    lines = []
  }
  return {
    command: (line) => lines.push(line),
    protect: (text) => {
      flush()
      out.protect(text)
    },
    end: flush
  }
}

/** Stores `value` under `key` and returns it. */
function memo(map: Map<string, string>, key: string, value: string): string {
  map.set(key, value)
  return value
}
