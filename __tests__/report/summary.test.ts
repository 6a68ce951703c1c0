import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { finding, gateReport, manyFindings } from '../../__fixtures__/gate-report.js'
import { htmlText, renderMarkdown, tableRows } from '../../__fixtures__/markdown.js'
import type { CacheFacts } from '../../src/gocache/types.js'
import { DOCS_BASE_URL } from '../../src/project.js'
import { breakable, linkContextFromEnv, runUrl, shortWhere } from '../../src/report/markdown.js'
import { renderSummary, SUMMARY_LIMIT } from '../../src/report/summary.js'

const FINDING_CELLS = 4
const SHA = '0123456789abcdef0123456789abcdef01234567'
const LINKS = { serverUrl: 'https://github.com', repository: 'acme/svc', sha: SHA }

const CACHE: CacheFacts = {
  root: '/home/runner/.cache/go-build',
  verify: 'full',
  scannedAt: 0,
  durationMs: 1234.4,
  stats: {
    entries: 1500,
    outputs: 1490,
    orphanOutputs: 3,
    bytes: 3 * 1024 * 1024 + 512 * 1024,
    fuzzFiles: 2,
    fuzzBytes: 100,
    ages: { day: 1000, week: 400, older: 100 }
  },
  trim: { state: 'stale', lastTrim: 1700000000, ageSeconds: 1 },
  problems: [
    { kind: 'output-size', path: '/c/ab/x-d', detail: 'short' },
    { kind: 'output-size', path: '/c/ab/y-d', detail: 'short' },
    { kind: 'symlink', path: '/c/ab/z-d', detail: 'link' }
  ],
  maxAgeSeconds: 432000,
  bytesAfter: 2048,
  staleAfter: 0,
  prune: {
    mode: 'corrupt',
    entries: 3,
    bytes: 1536,
    corrupt: 3,
    stale: 0,
    overBudget: 0,
    trimWritten: false,
    failed: []
  }
}

function findingRows(md: string): string[][] {
  return tableRows(renderMarkdown(md)).filter((r) => r.length === FINDING_CELLS)
}

/** Lines a reader sees with every <details> closed: the summary line of each, nothing inside. */
function visibleLines(md: string): string[] {
  const closed = md.replace(
    /<details><summary>([\s\S]*?)<\/summary>[\s\S]*?<\/details>/g,
    (_, summary: string) => `▶ ${summary}`
  )
  return htmlText(renderMarkdown(closed))
    .split('\n')
    .filter((l) => l.trim() !== '')
}

describe('renderSummary', () => {
  it('lists all 30 findings (10 open, 20 folded) and says how many missed an annotation', () => {
    const report = gateReport(manyFindings(30))
    const md = renderSummary(report, { annotationsDropped: 20 })
    const rows = findingRows(md)
    expect(rows).toHaveLength(30)
    expect(rows.map((r) => htmlText(r[3] ?? ''))).toEqual(report.findings.map((f) => f.message))
    expect(md).toContain('<details><summary>20 more findings</summary>')
    expect(md).toContain('20 findings did not get an annotation')
    expect(md).toContain('all 30 are in this table.')
  })

  it('starts with the verdict line, then the settings, then the findings table', () => {
    const f = finding({ source: 'GOENV file ~/.config/go/env line 2' })
    const md = renderSummary(gateReport([f]))
    const lines = md.split('\n')
    expect(lines[0]).toBe('## ❌ go-baseline-gate: fail — 1 violation')
    expect(lines[2]).toBe(
      '1 error, 0 warnings, 0 notices · mode `enforce` · fail-on `error` · `go1.26.8`'
    )
    expect(lines[4]).toBe('| Severity | Rule | Location | Message |')
    const [row] = findingRows(md)
    expect(row?.map(htmlText)).toEqual(['❌\u00a0error', 'GBG101', 'go.mod:3:1', f.message])
  })

  it('shortens a long place to 40 characters, keeping its end, and lets long words in messages wrap', () => {
    const hash = 'abcdef0123456789'.repeat(4)
    const cacheFile = { file: `/home/runner/.cache/go-build/ab/${hash}-a` }
    const short = shortWhere(cacheFile) ?? ''
    expect(short).toBe('…/abcdef0123456789ab…9abcdef0123456789-a')
    expect(short.length).toBeLessThanOrEqual(40)
    expect(
      shortWhere({ file: 'services/ledger/internal/storage/postgres/migrations/go.mod', line: 12 })
    ).toBe('…l/storage/postgres/migrations/go.mod:12')
    expect(shortWhere({ file: 'go.mod', line: 3, column: 1 })).toBe('go.mod:3:1')
    // the message keeps every character; only zero-width spaces are added to long words
    const message = `entry ${cacheFile.file} is malformed`
    const [row] = findingRows(
      renderSummary(gateReport([finding({ message, location: cacheFile })]))
    )
    const shown = htmlText(row?.[3] ?? '')
    expect(shown.replace(/\u200b/g, '')).toBe(message)
    expect(shown.split(/[\s\u200b]/).every((w) => w.length <= 24)).toBe(true)
    expect(breakable('go env -u GOFLAGS')).toBe('go env -u GOFLAGS')
  })

  it('breaks the same long words as a run of 25 non-spaces found anywhere would', () => {
    // The reference: every run of 25 or more non-space characters, wherever a search finds it.
    const reference = (s: string) =>
      s.replace(/[^\s]{25,}/g, (w) =>
        w.replace(/\//g, '/\u200b').replace(/[^/\u200b]{24}(?=[^/\u200b])/g, '$&\u200b')
      )
    const long = 'x'.repeat(30)
    for (const s of [
      '',
      long,
      `${'a'.repeat(24)} ${'b'.repeat(25)}`,
      `\u00a0${long}\u2028${long}\ufeff${long}\t${long}`,
      `/home/runner/work/repo/repo/.cache/go-build/ab/${'f'.repeat(64)}-a is malformed`,
      `(${long}) "${long}",${long}`,
      `${'y'.repeat(24)}\u200b${long}`
    ]) {
      expect(breakable(s)).toBe(reference(s))
    }
  })

  it('names the checked directory when it is not the repository root', () => {
    const md = renderSummary(gateReport([], { dir: '/repo/services/api' }))
    expect(md.split('\n')[2]).toContain('in `services/api`')
  })

  it('sorts nothing itself but keeps the engine order (most severe first)', () => {
    const report = gateReport([
      finding({ severity: 'error', message: 'e' }),
      finding({ severity: 'warning', rule: 'GBG201', message: 'w' }),
      finding({ severity: 'notice', rule: 'GBG301', message: 'n' })
    ])
    expect(findingRows(renderSummary(report)).map((r) => htmlText(r[0] ?? ''))).toEqual([
      '❌\u00a0error',
      '⚠️\u00a0warning',
      'ℹ️\u00a0notice'
    ])
  })

  it('links the rule to its docs anchor and the location to the file and line at the commit', () => {
    const report = gateReport([
      finding({ location: { file: 'services/api (v2)/go.mod', line: 7, column: 2 } }),
      finding({ location: { file: '/home/runner/go/env', line: 1 } }),
      finding({ location: { file: '../outside/go.mod', line: 1 } }),
      finding({ location: undefined })
    ])
    const rows = findingRows(renderSummary(report, { links: LINKS }))
    expect(rows[0]?.[1]).toBe(`<a href="${DOCS_BASE_URL}/rules.md#gbg101">GBG101</a>`)
    expect(rows[0]?.[2]).toBe(
      `<a href="https://github.com/acme/svc/blob/${SHA}/services/api%20%28v2%29/go.mod#L7"><code>services/api (v2)/go.mod:7:2</code></a>`
    )
    // files outside the repository and findings without a place get no link
    expect(rows[1]?.[2]).toBe('<code>/home/runner/go/env:1</code>')
    expect(rows[2]?.[2]).toBe('<code>../outside/go.mod:1</code>')
    expect(rows[3]?.[2]).toBe('')
    // without a link context (the CLI), no file links
    expect(findingRows(renderSummary(report))[0]?.[2]).toBe(
      '<code>services/api (v2)/go.mod:7:2</code>'
    )
  })

  it('links the head commit of a pull request, not the merge commit', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gbg-summary-'))
    const event = path.join(dir, 'event.json')
    writeFileSync(event, JSON.stringify({ pull_request: { number: 3, head: { sha: SHA } } }))
    const env = {
      GITHUB_SERVER_URL: 'https://github.example.com',
      GITHUB_REPOSITORY: 'acme/svc',
      GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff',
      GITHUB_EVENT_PATH: event,
      GITHUB_RUN_ID: '1234',
      GITHUB_RUN_ATTEMPT: '2'
    }
    expect(linkContextFromEnv(env)).toEqual({
      serverUrl: 'https://github.example.com',
      repository: 'acme/svc',
      sha: SHA
    })
    expect(runUrl(env)).toBe('https://github.example.com/acme/svc/actions/runs/1234/attempts/2')
    // a push: the pushed commit
    expect(linkContextFromEnv({ ...env, GITHUB_EVENT_PATH: undefined })?.sha).toBe(env.GITHUB_SHA)
    expect(linkContextFromEnv({ ...env, GITHUB_REPOSITORY: undefined })).toBeUndefined()
    rmSync(dir, { recursive: true, force: true })
  })

  it('fits a passing run in a few visible lines, environment and cache folded', () => {
    const md = renderSummary(gateReport([], { cache: CACHE }))
    const lines = visibleLines(md)
    expect(lines).toEqual([
      '✅ go-baseline-gate: pass — no findings',
      'mode enforce · fail-on error · go1.26.8',
      '▶ Environment',
      '▶ Build cache: 1,500 entries, 3.5 MiB, 3 problems, 1.5 KiB pruned'
    ])
    expect(lines.length).toBeLessThanOrEqual(10)
    expect(md).not.toMatch(/<details open/)
    expect(md).not.toContain('Findings')
  })

  it('lists each distinct fix once as a wrapping list item, naming the rules and places', () => {
    const md = renderSummary(gateReport(manyFindings(6)))
    const fixSection = md.slice(
      md.indexOf('**How to fix**'),
      md.indexOf('<details><summary>Environment')
    )
    // findings 0..5 use fix commands 0,1,2,3,4,0
    expect(fixSection.match(/^- /gm)).toHaveLength(5)
    expect(fixSection).toContain('- fix command 0 — GBG101 `go.mod:1`, GBG301 `go.mod:6`')
    const html = renderMarkdown(fixSection)
    expect(html).not.toContain('<pre>')
  })

  it('shows a one-line command as inline code and `quoted` commands in prose as code', () => {
    const html = renderMarkdown(
      renderSummary(
        gateReport([
          finding({ fix: 'go env -u GOSUMDB' }),
          finding({ rule: 'GBG201', fix: 'Run `go mod tidy` and commit go.sum.' })
        ])
      )
    )
    expect(html).toContain(
      '<li><code>go env -u GOSUMDB</code> — GBG101 <code>go.mod:3:1</code></li>'
    )
    expect(html).toContain(
      '<li>Run <code>go mod tidy</code> and commit go.sum. — GBG201 <code>go.mod:3:1</code></li>'
    )
    expect(html).not.toContain('<pre>')
  })

  it('names at most five places per fix and counts the rest', () => {
    const md = renderSummary(gateReport(manyFindings(50).map((f) => ({ ...f, fix: 'same fix' }))))
    const item = md.split('\n').find((l) => l.startsWith('- ')) ?? ''
    expect(item.match(/`go\.mod:\d+`/g)).toHaveLength(5)
    expect(item).toMatch(/^- same fix — .* and 45 more$/)
  })

  it('keeps a multi-line fix that contains a code fence inside its own block', () => {
    const fix = 'run this\n```\n</details><img src=x>\n```\nthen that'
    const md = renderSummary(gateReport([finding({ fix })]))
    const html = renderMarkdown(md)
    const blocks = [...html.matchAll(/<code class="language-text">([\s\S]*?)<\/code>/g)]
    expect(blocks.map((m) => htmlText(m[1] ?? ''))).toEqual([`${fix}\n`])
    expect(html).not.toContain('<img')
  })

  it('folds a long list of fixes into <details>', () => {
    const findings = Array.from({ length: 12 }, (_, i) => finding({ fix: `distinct fix ${i}` }))
    expect(renderSummary(gateReport(findings))).toContain(
      '<details><summary><strong>How to fix</strong> (12 fixes)</summary>'
    )
  })

  it('shows the go version, binary, baseline and environment facts', () => {
    const md = renderSummary(gateReport([]))
    const rows = tableRows(renderMarkdown(md)).map((r) => r.map(htmlText))
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Go', 'go1.26.8'],
        ['go binary', '/usr/local/go/bin/go'],
        ['Baseline', '/repo/.github/go-baseline.yml'],
        ['GOFLAGS', '-mod=readonly'],
        ['GOTOOLCHAIN', 'local'],
        ['Duration', '42 ms']
      ])
    )
    const builtIn = renderSummary(gateReport([], { baseline: undefined }))
    expect(tableRows(renderMarkdown(builtIn)).map((r) => r.map(htmlText))).toContainEqual([
      'Baseline',
      'built-in policy'
    ])
  })

  it('records where mode record wrote the baseline', () => {
    const md = renderSummary(gateReport([]), { recordedBaseline: '.github/go-baseline.yml' })
    expect(md).toContain('Recorded the baseline to `.github/go-baseline.yml`.')
  })

  it('renders cache statistics when the cache was scanned, and no section otherwise', () => {
    expect(renderSummary(gateReport([]))).not.toContain('Build cache')
    const md = renderSummary(gateReport([], { cache: CACHE }))
    const rows = new Map(
      tableRows(renderMarkdown(md)).map((r) => [htmlText(r[0] ?? ''), htmlText(r[1] ?? '')])
    )
    expect(rows.get('Cache')).toBe('/home/runner/.cache/go-build')
    expect(rows.get('Verified')).toMatch(/^full/)
    expect(rows.get('Action entries')).toBe('1,500')
    expect(rows.get('Outputs')).toBe('1,490 (3 not referenced by any entry)')
    expect(rows.get('Size')).toBe('3.5 MiB')
    expect(rows.get('Problems')).toBe('2 output-size, 1 symlink')
    expect(rows.get('Pruned')).toBe(
      '3 paths, 1.5 KiB (mode corrupt: 3 broken, 0 stale, 0 over the size budget)'
    )
    expect(rows.get('Size after pruning')).toBe('2.0 KiB')
    expect(rows.get('trim.txt')).toBe('stale (last trim 2023-11-14T22:13:20.000Z)')
    expect(rows.get('Scan time')).toBe('1234 ms')
  })

  it('stays under 1 MiB with a huge report, cutting findings from the end with a note', () => {
    // 3-byte characters: the limit is in bytes, not characters.
    const findings = manyFindings(3000, (i) => `${i} ${'€'.repeat(400)}`)
    const md = renderSummary(gateReport(findings))
    const bytes = Buffer.byteLength(md, 'utf8')
    expect(bytes).toBeLessThanOrEqual(SUMMARY_LIMIT)
    expect(bytes).toBeGreaterThan(SUMMARY_LIMIT * 0.9)
    const note = /\*\*Truncated:\*\* (\d+) of 3000 findings are not shown/.exec(md)
    expect(note).not.toBeNull()
    const rows = findingRows(md)
    expect(rows.length + Number(note?.[1])).toBe(3000)
    // The rows that remain are the first ones, in order, intact.
    expect(htmlText(rows[rows.length - 1]?.[3] ?? '').replace(/\u200b/g, '')).toBe(
      findings[rows.length - 1]?.message
    )
  })

  it('cuts a single enormous value instead of the whole summary', () => {
    const md = renderSummary(gateReport([finding({ message: 'x'.repeat(3_000_000) })]))
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThan(20_000)
    expect(htmlText(renderMarkdown(md))).toContain('… (2998000 more characters)')
    expect(findingRows(md)).toHaveLength(1)
  })
})
