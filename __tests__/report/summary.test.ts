import { describe, expect, it } from '@jest/globals'
import { finding, gateReport, manyFindings } from '../../__fixtures__/gate-report.js'
import { htmlText, renderMarkdown, tableRows } from '../../__fixtures__/markdown.js'
import type { CacheFacts } from '../../src/gocache/types.js'
import { renderSummary, SUMMARY_LIMIT } from '../../src/report/summary.js'

const FINDING_CELLS = 7

function findingRows(md: string): string[][] {
  return tableRows(renderMarkdown(md)).filter((r) => r.length === FINDING_CELLS)
}

describe('renderSummary', () => {
  it('lists all 30 findings (10 open, 20 folded) and says how many missed an annotation', () => {
    const report = gateReport(manyFindings(30))
    const md = renderSummary(report, { annotationsDropped: 20 })
    const rows = findingRows(md)
    expect(rows).toHaveLength(30)
    expect(rows.map((r) => htmlText(r[2] ?? ''))).toEqual(report.findings.map((f) => f.message))
    expect(md).toContain('<details><summary>20 more findings</summary>')
    expect(md).toContain('> 20 findings did not get an annotation')
    expect(md).toContain('All 30 are listed below.')
  })

  it('shows the verdict, counts and every column of a finding', () => {
    const f = finding({ source: 'GOENV file ~/.config/go/env line 2' })
    const md = renderSummary(gateReport([f]))
    expect(md.startsWith('## ❌ go-baseline-gate: fail\n')).toBe(true)
    expect(md).toContain('**Result: FAIL**')
    expect(md).toContain('1 error, 0 warnings, 0 notices')
    expect(md).toContain('1 violation')
    const [row] = findingRows(md)
    expect(row?.map(htmlText)).toEqual([
      'error',
      'GBG101',
      f.message,
      'go.mod:3:1',
      'sum.golang.org',
      'off',
      'GOENV file ~/.config/go/env line 2'
    ])
  })

  it('says so when there is nothing to report', () => {
    const md = renderSummary(gateReport([]))
    expect(md).toContain('## ✅ go-baseline-gate: pass')
    expect(md).toContain('No findings.')
    expect(md).not.toContain('### Findings')
    expect(md).not.toContain('### How to fix')
  })

  it('lists each distinct fix once, naming the rules and places it fixes', () => {
    const md = renderSummary(gateReport(manyFindings(6)))
    const fixSection = md.slice(md.indexOf('### How to fix'), md.indexOf('### Environment'))
    // findings 0..5 use fix commands 0,1,2,3,4,0
    expect(fixSection.match(/^ {2}```text$/gm)).toHaveLength(5)
    expect(fixSection).toContain('- GBG101 `go.mod:1`, GBG301 `go.mod:6`:')
    const html = renderMarkdown(fixSection)
    expect(html).toContain('<code class="language-text">fix command 0\n</code>')
  })

  it('keeps a fix that contains a code fence inside its own block', () => {
    const fix = 'run this\n```\n</details><img src=x>\n```\nthen that'
    const md = renderSummary(gateReport([finding({ fix })]))
    const html = renderMarkdown(md)
    const blocks = [...html.matchAll(/<code class="language-text">([\s\S]*?)<\/code>/g)]
    expect(blocks.map((m) => htmlText(m[1] ?? ''))).toEqual([`${fix}\n`])
    expect(html).not.toContain('<img')
  })

  it('folds a long list of fixes into <details>', () => {
    const findings = Array.from({ length: 12 }, (_, i) => finding({ fix: `distinct fix ${i}` }))
    expect(renderSummary(gateReport(findings))).toContain('<details><summary>12 fixes</summary>')
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
    expect(renderSummary(gateReport([]))).not.toContain('### Build cache')
    const cache: CacheFacts = {
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
    const md = renderSummary(gateReport([], { cache }))
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
    expect(htmlText(rows[rows.length - 1]?.[2] ?? '')).toBe(findings[rows.length - 1]?.message)
  })

  it('cuts a single enormous value instead of the whole summary', () => {
    const md = renderSummary(gateReport([finding({ actual: 'x'.repeat(3_000_000) })]))
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThan(20_000)
    expect(md).toContain('… (2998000 more characters)')
    expect(findingRows(md)).toHaveLength(1)
  })
})
