import type { Severity } from '../types.js'
import { escapeTerminal } from './escape.js'
import type { GateReport } from './types.js'
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
  const c = paint(opts.color)
  const lines: string[] = []
  for (const f of report.findings) {
    const loc = f.location
    const where = loc
      ? `${loc.file}${loc.line ? `:${loc.line}` : ''}${loc.line && loc.column ? `:${loc.column}` : ''}`
      : ''
    const name = ruleById(f.rule)?.name
    lines.push(
      `${c(LEVEL_COLOR[f.severity], f.severity.padEnd(7))} ${c('bold', f.rule)}${name ? c('dim', ` ${name}`) : ''}${where ? `  ${escapeTerminal(where)}` : ''}`
    )
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
  }
  const { errors, warnings, notices } = report.counts
  const verdict = { pass: c('green', 'PASS'), warn: c('yellow', 'WARN'), fail: c('red', 'FAIL') }[
    report.result
  ]
  const baseline = report.baseline
    ? `baseline ${escapeTerminal(path.relative(report.root, report.baseline) || report.baseline)}`
    : 'built-in policy'
  if (lines.length > 0) lines.push('')
  lines.push(
    `${verdict} ${errors} error(s), ${warnings} warning(s), ${notices} notice(s) · mode ${report.mode}, fail-on ${report.failOn} · ${escapeTerminal(report.goVersion ?? 'go ?')} · ${baseline}`
  )
  return lines.join('\n') + '\n'
}
