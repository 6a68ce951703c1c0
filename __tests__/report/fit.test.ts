import { describe, expect, it } from '@jest/globals'
import { finding } from '../../__fixtures__/gate-report.js'
import {
  chars,
  docSize,
  docText,
  FindingCells,
  findingsTable,
  fitFindings,
  joinDoc,
  utf8Bytes
} from '../../src/report/markdown.js'

/** The plain binary search fitFindings did before it used row sizes: the reference. */
function reference(
  total: number,
  limit: number,
  render: (k: number) => string,
  upper = total
): string | undefined {
  const most = Math.min(total, upper)
  const first = render(most)
  if (first.length <= limit) return first
  let lo = 0
  let hi = most - 1
  let best = render(0)
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const doc = render(mid)
    if (doc.length <= limit) {
      best = doc
      lo = mid + 1
    } else hi = mid - 1
  }
  return best.length <= limit ? best : undefined
}

/** A document like the summary: a head, a note when cut, k rows, and a fix list growing with k. */
function documents(sizes: number[]) {
  const rows = sizes.map((n, i) => `${i}:${'x'.repeat(n)}`)
  let renders = 0
  const render = (k: number): string => {
    renders++
    const note = k < rows.length ? `> Truncated: ${rows.length - k} not shown.\n` : ''
    const fixes = `fixes for ${Math.min(k, 5)} places and ${Math.max(0, k - 5)} more\n`
    return `# head\n${note}${rows.slice(0, k).join('\n')}\n${fixes}`
  }
  return {
    rows,
    render,
    rowSize: (i: number) => (rows[i] as string).length + 1,
    count: () => renders
  }
}

/** A document whose every row also adds a fix line (the summary's fix list): bytes per row vary. */
function documentsWithFixes(sizes: number[]) {
  const d = documents(sizes)
  let renders = 0
  const render = (k: number): string => {
    renders++
    const fixes = d.rows.slice(0, k).map((r) => `- fix ${r.slice(0, 20)}`)
    return `${d.render(k)}${fixes.join('\n')}\n`
  }
  return { ...d, render, count: () => renders }
}

describe('fitFindings', () => {
  it('finds the same number of findings as a binary search, in a few renders', () => {
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (const n of [1, 2, 10, 100, 1000, 10_000]) {
      for (const limit of [60, 500, 5_000, 50_000, 200_000]) {
        const sizes = Array.from({ length: n }, () => Math.floor(random() * 80))
        const d = documents(sizes)
        const expected = reference(n, limit, d.render)
        const before = d.count()
        const got = fitFindings(
          n,
          limit,
          (s) => s.length,
          (k) => [d.render(k)],
          n,
          d.rowSize
        )
        const renders = d.count() - before
        if (expected === undefined) expect(got).toMatch(/cut to fit the size limit/)
        else expect(got).toBe(expected)
        expect(got.length).toBeLessThanOrEqual(limit)
        if (n === 10_000 && expected !== undefined) expect(renders).toBeLessThanOrEqual(6)
      }
    }
  })

  it('needs few renders when rows bring more than their own size (a fix list that grows)', () => {
    let seed = 11
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (const limit of [5_000, 50_000, 200_000]) {
      const d = documentsWithFixes(Array.from({ length: 10_000 }, () => Math.floor(random() * 80)))
      const expected = reference(10_000, limit, d.render)
      const before = d.count()
      const got = fitFindings(
        10_000,
        limit,
        (s) => s.length,
        (k) => [d.render(k)],
        10_000,
        d.rowSize
      )
      expect(got).toBe(expected)
      expect(d.count() - before).toBeLessThanOrEqual(7) // a binary search takes 14 or more
    }
  })
})

describe('Doc', () => {
  // fitFindings trusts docSize: a document's size from its pieces must be its text's size.
  it('measures a document from its pieces as its text measures, in bytes and in characters', () => {
    const messages = [
      'plain',
      '€ three bytes',
      'emoji 😀 and a surrogate pair',
      '`code` | pipe',
      ''
    ]
    const findings = Array.from({ length: 40 }, (_, i) =>
      finding({ message: `${i} ${messages[i % messages.length]}`, fix: `go mod tidy ${i % 3}` })
    )
    const links = { serverUrl: 'https://github.com', repository: 'o/r', sha: 'a'.repeat(40) }
    for (const measure of [utf8Bytes, chars]) {
      const cells = new FindingCells(findings, links, measure)
      for (const [shown, open] of [
        [0, 10],
        [1, 10],
        [10, 10],
        [11, 10],
        [40, 10],
        [40, Infinity],
        [25, 0]
      ] as const) {
        const doc = joinDoc(['# head', findingsTable(cells, shown, open), 'tail ü'], '\n\n')
        const text = docText(doc)
        expect(docSize(doc, measure)).toBe(measure(text))
        // the rows, in order, each once
        const rows = text.split('\n').filter((l) => /^\| (❌|⚠️|ℹ️)/.test(l))
        expect(rows).toEqual(Array.from({ length: shown }, (_, i) => cells.row(i)))
      }
      // rowsWithin: the rows that fit a budget, one newline each (the table of 7 rows without its
      // head row: the 7 rows, a newline before each)
      const head = findingsTable(cells, 0)[0] as string
      const budget = docSize(findingsTable(cells, 7), measure) - measure(head)
      expect(cells.rowsWithin(budget)).toBe(7)
      expect(cells.rowsWithin(budget - 1)).toBe(6)
    }
  })
})
