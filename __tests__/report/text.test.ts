import { describe, expect, it } from '@jest/globals'
import { finding, gateReport } from '../../__fixtures__/gate-report.js'
import { parseCommands } from '../../__fixtures__/runner.js'
import { logText } from '../../src/log.js'
import { selectAnnotations } from '../../src/report/annotations.js'
import { escapeTerminal } from '../../src/report/escape.js'
import { renderText, terminalLines, textPieces, writeActionLog } from '../../src/report/text.js'

function actionLog(findings: ReturnType<typeof finding>[], reserved = {}): string {
  const report = gateReport(findings)
  let out = ''
  writeActionLog(report, selectAnnotations(report.findings, reserved), {
    command: (line) => (out += line + '\n'),
    protect: (text) => logText(text, (s) => (out += s))
  })
  return out
}

const HOSTILE = [
  '::error::pwned',
  '::error file=x,line=1::fake',
  'crlf\r\n::warning::second line',
  '  ::group::indented',
  '::endgroup::',
  '::stop-commands::abc',
  '\u001b[31mred\u001b[0m',
  'value%0Ainjected %25'
]

describe('writeActionLog', () => {
  it('prints each finding once, in its own group, with its annotation inside', () => {
    const fs = [
      finding({ message: 'first problem' }),
      finding({ message: 'second problem', location: { file: 'a/go.mod', line: 9 } })
    ]
    const out = actionLog(fs)
    const commands = parseCommands(out)
    expect(commands.map((c) => c.command)).toEqual([
      'group',
      'error',
      'endgroup',
      'group',
      'error',
      'endgroup'
    ])
    expect(commands[0]?.message).toBe('error GBG101 checksum-db-disabled at go.mod:3:1')
    expect(commands[3]?.message).toBe('error GBG101 checksum-db-disabled at a/go.mod:9')
    expect(out.split('first problem')).toHaveLength(2)
    expect(out.split('second problem')).toHaveLength(2)
    expect(out).toContain('expected: sum.golang.org')
    expect(out).toMatch(/FAIL 2 error\(s\)/)
  })

  it('prints a finding without annotation as text in its group, and says how many were held back', () => {
    const fs = Array.from({ length: 12 }, (_, i) => finding({ message: `problem ${i}` }))
    const out = actionLog(fs, { error: 1 })
    const commands = parseCommands(out)
    expect(commands.filter((c) => c.command === 'error')).toHaveLength(9)
    expect(commands.filter((c) => c.command === 'group')).toHaveLength(12)
    expect(out).toContain('problem 11\n')
    expect(out).toContain('fix:      go env -u GOSUMDB')
    expect(out).toContain('3 more finding(s) were not annotated')
  })

  it.each(HOSTILE)('hostile text %j never becomes a workflow command', (text) => {
    const fs = [
      finding({ message: text, expected: text, actual: text, source: text, fix: text }),
      finding({ message: text, location: { file: text, line: 1 }, expected: text }),
      ...Array.from({ length: 10 }, () => finding({ message: text, actual: text, fix: text }))
    ]
    const commands = parseCommands(actionLog(fs))
    // Only the gate's own commands: a group, maybe an annotation, an endgroup per finding.
    expect(new Set(commands.map((c) => c.command))).toEqual(new Set(['group', 'error', 'endgroup']))
    expect(commands.filter((c) => c.command === 'group')).toHaveLength(fs.length)
    expect(commands.filter((c) => c.command === 'endgroup')).toHaveLength(fs.length)
    expect(commands.filter((c) => c.command === 'error')).toHaveLength(10)
    for (const c of commands.filter((c) => c.command === 'error')) {
      expect(c.message.startsWith(text)).toBe(true)
    }
  })
})

describe('writeActionLog in batches', () => {
  /** The log with a stop-commands token made recognisable: it is random per protected block. */
  const sameTokens = (log: string) =>
    log.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'TOKEN')

  function logs(findings: ReturnType<typeof finding>[]) {
    const report = gateReport(findings)
    const selection = selectAnnotations(report.findings)
    let separate = ''
    let calls = 0
    writeActionLog(report, selection, {
      command: (line) => {
        calls++
        separate += line + '\n'
      },
      protect: (text) => {
        calls++
        logText(text, (s) => (separate += s))
      }
    })
    let batched = ''
    let writes = 0
    writeActionLog(report, selection, {
      command: () => {
        throw new Error('a writer was given')
      },
      protect: () => {
        throw new Error('a writer was given')
      },
      write: (s) => {
        writes++
        batched += s
      }
    })
    return { separate, batched, calls, writes }
  }

  it('writes the same log with a writer as through command and protect, hostile text included', () => {
    const fs = [
      ...HOSTILE.map((text) => finding({ message: text, expected: text, source: text, fix: text })),
      ...Array.from({ length: 30 }, (_, i) => finding({ message: `problem ${i}` }))
    ]
    const { separate, batched } = logs(fs)
    expect(sameTokens(batched)).toBe(sameTokens(separate))
    const commands = parseCommands(batched)
    expect(commands.filter((c) => c.command === 'group')).toHaveLength(fs.length)
    expect(new Set(commands.map((c) => c.command))).toEqual(new Set(['group', 'error', 'endgroup']))
  })

  it('makes few writes for many findings: one per batch, two calls per finding without a writer', () => {
    const fs = Array.from({ length: 5000 }, (_, i) => finding({ message: `problem ${i}` }))
    const { separate, batched, calls, writes } = logs(fs)
    expect(sameTokens(batched)).toBe(sameTokens(separate))
    expect(writes).toBeLessThanOrEqual(Math.ceil(batched.length / (64 * 1024)) + 1)
    // the endgroup of a finding and the group of the next are one call
    expect(calls).toBeLessThanOrEqual(2 * fs.length + 3)
  })
})

describe('renderText', () => {
  it('shows control characters instead of running them', () => {
    const out = renderText(gateReport([finding({ message: '\u001b[31mred\nnext' })]), {
      color: false
    })
    expect(out).toContain('\\x1b[31mred\\x0anext')
  })

  it('in pieces of 64 findings: each block once, one blank line before the verdict, one newline at the end', () => {
    for (const n of [0, 1, 63, 64, 65, 128, 129]) {
      const report = gateReport(
        Array.from({ length: n }, (_, i) => finding({ message: `problem ${i}` }))
      )
      const pieces = [...textPieces(report, { color: false })]
      expect(pieces).toHaveLength(Math.floor(n / 64) + 1)
      const text = renderText(report, { color: false })
      expect(pieces.join('')).toBe(text)
      const lines = text.split('\n')
      // A finding here is four lines (place, message, expected/actual, fix).
      expect(lines).toHaveLength(4 * n + (n > 0 ? 1 : 0) + 2)
      expect(lines.at(-1)).toBe('')
      expect(lines.at(-2)).toMatch(/^(FAIL|WARN|PASS) /)
      expect(lines.filter((l) => l === '')).toHaveLength(n > 0 ? 2 : 1)
      for (let i = 0; i < n; i++) expect(lines[4 * i + 1]).toBe(`        problem ${i}`)
    }
  })
})

describe('markdownCode at scale', () => {
  it('fences a value with 300,000 backtick runs without overflowing the stack', async () => {
    const { markdownCode } = await import('../../src/report/escape.js')
    const value = 'a`'.repeat(300_000) + '```'
    const code = markdownCode(value)
    expect(code.startsWith('````')).toBe(true)
    expect(code.endsWith('````')).toBe(true)
  })
})

describe('terminalLines', () => {
  it('is each line escaped for a terminal, joined by newlines', () => {
    const cases: string[][] = [
      ['plain', 'expected: x', 'actual:   y'],
      ['one line'],
      ['', ''],
      ['tab\tstays', 'x'],
      ['a line\nthat breaks', 'next'],
      ['cr\rhere'],
      ['\u001b[31mred\u001b[0m', 'bell\u0007'],
      ['csi\u009bx', 'del\u007f'],
      ['trailing newline\n'],
      ...HOSTILE.map((t) => [t, `expected: ${t}`])
    ]
    for (const lines of cases) {
      expect(terminalLines(lines)).toBe(lines.map(escapeTerminal).join('\n'))
    }
  })
})
