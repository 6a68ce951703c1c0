/**
 * Hostile text through the escaping helpers and through every sink this area owns (job summary,
 * PR comment, SARIF): it must come out as the same text, never as markup or a workflow command.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { finding, gateReport } from '../../__fixtures__/gate-report.js'
import { validateSarif } from '../../__fixtures__/sarif/validate.js'
import { startGitHubApi, type GitHubApi } from '../../__fixtures__/github-api.js'
import { elements, htmlText, renderMarkdown, tableRows } from '../../__fixtures__/markdown.js'
import { upsertComment } from '../../src/report/comment.js'
import {
  escapeCommandData,
  escapeCommandProperty,
  escapeHtml,
  escapeMarkdown,
  escapeTerminal,
  markdownCode
} from '../../src/report/escape.js'
import { shortWhere } from '../../src/report/markdown.js'
import { renderSarif, sarifText } from '../../src/report/sarif.js'
import { renderSummary } from '../../src/report/summary.js'
import type { Finding } from '../../src/types.js'

const HOSTILE = [
  '::error::pwned',
  '::error file=x,line=1::fake',
  'value%0Ainjected %25 %0D',
  'line one\nline two',
  'crlf\r\n::warning::second line',
  'lone\rreturn',
  'a | b || c',
  'back`tick ``double`` ```',
  '`leading and trailing`',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '</td></tr></table><b>escaped</b>',
  '<!-- open comment',
  '<details open><summary>x</summary>',
  'it\'s "quoted" & <b>bold</b> &amp; &#39;',
  '[link](javascript:alert(1)) ![img](http://x/y.png)',
  '**bold** _it_ # not a heading ~~strike~~',
  'C:\\Users\\runner\\go\\pkg \\* \\|',
  '@octocat and @acme/team'
]

/** Tags the rendered report may contain by itself: anything else came from the hostile text. */
const OWN_TAGS = new Set([
  'h2',
  'h3',
  'p',
  'strong',
  'em',
  'code',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'br',
  'details',
  'summary',
  'ul',
  'li',
  'blockquote',
  'sub',
  'a'
])

/** What a reader sees for a value shown as prose: newlines kept, mention-breaking spaces ignored. */
const asText = (s: string): string => s.replace(/\r\n?/g, '\n')
const asCode = (s: string): string => s.replace(/\r\n?|\n/g, ' ')
const seen = (cellHtml: string): string => htmlText(cellHtml).replace(/\u200b/g, '')

function hostileFinding(s: string): Finding {
  return finding({
    message: s,
    expected: s,
    actual: s,
    source: s,
    fix: s,
    location: { file: s, line: 2 }
  })
}

/** The cells of the one findings row (4 columns) and the fix, checked against the hostile value. */
function expectRowIsText(markdown: string, s: string): void {
  const html = renderMarkdown(markdown)
  expect([...elements(html)].filter((t) => !OWN_TAGS.has(t))).toEqual([])
  // the only links are the ones the report makes (rule docs), never one from the hostile text
  for (const m of html.matchAll(/<a\b[^>]*>/g)) {
    expect(m[0]).toMatch(/^<a href="https:\/\/github\.com\/[^"]+\/docs\/rules\.md#gbg101">$/)
  }
  const rows = tableRows(html).filter((r) => r.length === 4)
  expect(rows).toHaveLength(1)
  const [severity, rule, where, message] = rows[0] ?? []
  expect(htmlText(severity ?? '')).toBe('❌\u00a0error')
  expect(htmlText(rule ?? '')).toBe('GBG101')
  // a long place is shortened (its end kept), the same in every sink
  expect(htmlText(where ?? '')).toBe(asCode(shortWhere({ file: s, line: 2 }) ?? ''))
  if (s.length < 30) expect(htmlText(where ?? '')).toBe(asCode(`${s}:2`))
  expect(seen(message ?? '')).toBe(asText(s))
  if (/[\r\n]/.test(s)) {
    // a multi-line fix is shown verbatim in a code block of its own
    const blocks = [...html.matchAll(/<code class="language-text">([\s\S]*?)<\/code>/g)].map((m) =>
      htmlText(m[1] ?? '')
    )
    expect(blocks).toContain(`${asText(s)}\n`)
  } else {
    // a one-line fix is prose with its `quoted` parts as code: the same characters, except the
    // backticks that quote and the spaces a code span trims
    const item = [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1] ?? '')
    expect(item).toHaveLength(1)
    const fixHtml = (item[0] ?? '').slice(0, (item[0] ?? '').lastIndexOf(' — GBG101 <code>'))
    const squash = (t: string): string => t.replace(/[`\s\u200b]/g, '')
    expect(squash(htmlText(fixHtml))).toBe(squash(s))
  }
}

describe('escaping helpers with hostile text', () => {
  /** How the runner reads a workflow command back (actions/runner: %0D, %0A, %3A, %2C, then %25). */
  const unescape = (v: string): string =>
    v
      .replace(/%0D/g, '\r')
      .replace(/%0A/g, '\n')
      .replace(/%3A/g, ':')
      .replace(/%2C/g, ',')
      .replace(/%25/g, '%')

  it.each(HOSTILE)('workflow command data and properties round-trip: %j', (s) => {
    const line = `::error title=${escapeCommandProperty(s)},file=${escapeCommandProperty(s)}::${escapeCommandData(s)}`
    expect(line).not.toMatch(/[\r\n]/)
    const m = /^::error ([^:]*)::(.*)$/.exec(line)
    expect(m).not.toBeNull()
    const props = Object.fromEntries(
      (m?.[1] ?? '')
        .split(',')
        .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)])
    )
    expect(Object.keys(props)).toEqual(['title', 'file'])
    expect(unescape(props.title ?? '')).toBe(s)
    expect(unescape(props.file ?? '')).toBe(s)
    expect(unescape(m?.[2] ?? '')).toBe(s)
  })

  it.each(HOSTILE)('HTML: no tag survives, the text does: %j', (s) => {
    const out = escapeHtml(s)
    expect(out).not.toMatch(/[<>]/)
    expect(htmlText(out)).toBe(s)
  })

  it.each(HOSTILE)('Markdown text in a table cell and inline renders as the same text: %j', (s) => {
    const cell = tableRows(renderMarkdown(`| a |\n| --- |\n| ${escapeMarkdown(s)} |\n`))
    expect(cell).toHaveLength(1)
    expect(cell[0]).toHaveLength(1)
    expect(htmlText(cell[0]?.[0] ?? '')).toBe(asText(s))
    const inline = renderMarkdown(`Value: ${escapeMarkdown(s)}`)
    expect([...elements(inline)].sort()).toEqual(/[\r\n]/.test(s) ? ['br', 'p'] : ['p'])
    expect(htmlText(inline).trim()).toBe(`Value: ${asText(s)}`.trim())
  })

  it.each(HOSTILE)('Markdown code in a table cell shows the exact text: %j', (s) => {
    const cell = tableRows(renderMarkdown(`| a |\n| --- |\n| ${markdownCode(s)} |\n`))
    expect(cell[0]).toHaveLength(1)
    expect(cell[0]?.[0]).toMatch(/^<code>[\s\S]*<\/code>$/)
    expect(htmlText(cell[0]?.[0] ?? '')).toBe(asCode(s))
  })

  it('terminal output shows control characters instead of running them', () => {
    const out = escapeTerminal('\u001b[31mred\u001b[0m\rover\u0007\u009b')
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/)
    expect(out).toBe('\\x1b[31mred\\x1b[0m\\x0dover\\x07\\x9b')
  })
})

describe('sinks with hostile text', () => {
  let api: GitHubApi
  beforeAll(async () => {
    api = await startGitHubApi()
  })
  afterAll(async () => {
    await api.close()
  })

  it.each(HOSTILE)('job summary: %j', (s) => {
    expectRowIsText(
      renderSummary(gateReport([hostileFinding(s)], { environment: { GOFLAGS: s } })),
      s
    )
  })

  it.each(HOSTILE)('PR comment: %j', async (s) => {
    const issueNumber = HOSTILE.indexOf(s) + 1
    const out = await upsertComment({
      report: gateReport([hostileFinding(s)]),
      mode: 'always',
      token: 't',
      context: { repo: { owner: 'o', repo: 'r' }, issueNumber, job: s, workflow: s },
      apiUrl: api.url,
      log: { info: () => undefined, warning: (w) => expect(w).toBeUndefined() }
    })
    expect(out.action).toBe('created')
    const body = api.state.comments.find((c) => c.issue === issueNumber)?.body ?? ''
    expectRowIsText(body, s)
    // the hidden marker stays one HTML comment on the first line
    expect(body.split('\n')[0]).toMatch(/^<!-- go-baseline-gate id=[0-9a-f]{20} -->$/)
  })

  it('PR comment: @mentions in values cannot notify anyone', () => {
    const html = renderMarkdown(
      renderSummary(gateReport([finding({ message: 'ping @octocat, @acme/team' })]))
    )
    expect(html).toContain('ping @\u200boctocat, @\u200bacme/team')
  })

  it.each(HOSTILE)('SARIF keeps the text as JSON data: %j', (s) => {
    const log = JSON.parse(JSON.stringify(renderSarif(gateReport([hostileFinding(s)]), '0.1.0')))
    expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([])
    const result = log.runs[0].results[0]
    expect(result.message.text).toBe(sarifText(`${s}\nFix: ${s}`))
    // the file name (relative, so inside the repository) becomes one percent-encoded URI reference
    const uri: string = result.locations[0].physicalLocation.artifactLocation.uri
    expect(uri).not.toMatch(/[\s<>"`|\\^{}]/)
    expect(decodeURIComponent(uri)).toBe(
      s
        .split(/[\\/]+/)
        .filter(Boolean)
        .join('/')
    )
    expect(result.properties).toEqual({ expected: s, actual: s, source: s })
  })
})
