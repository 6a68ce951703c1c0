import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { gateReport, manyFindings } from '../__fixtures__/gate-report.js'
import {
  byteBatches,
  jsonReport,
  jsonReportPieces,
  sarifReport,
  sarifReportPieces,
  writeReportFiles
} from '../src/output.js'
import { renderSarif } from '../src/report/sarif.js'
import { VERSION } from '../src/version.js'

describe('report text in pieces', () => {
  const report = gateReport(manyFindings(3000, (i) => `finding number ${i} … [x]`))

  it('the pieces, the whole text and the files are the same JSON report and SARIF log', async () => {
    const json = jsonReport(report)
    expect([...jsonReportPieces(report)].join('')).toBe(json)
    const sarif = await sarifReport(report)
    expect([...(await sarifReportPieces(report))].join('')).toBe(sarif)
    expect(JSON.parse(sarif)).toEqual(JSON.parse(JSON.stringify(renderSarif(report, VERSION))))
    expect(JSON.parse(json).findings).toHaveLength(3000)

    const dir = mkdtempSync(path.join(os.tmpdir(), 'gbg-output-'))
    try {
      const written = await writeReportFiles(
        { ...report, root: dir },
        {
          report: 'out/report.json',
          sarif: 'out/gate.sarif'
        }
      )
      expect(readFileSync(written.report as string, 'utf8')).toBe(
        jsonReport({ ...report, root: dir })
      )
      expect(readFileSync(written.sarif as string, 'utf8')).toBe(
        await sarifReport({ ...report, root: dir })
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('one path asked for both files holds the SARIF log, written after the report', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gbg-output-'))
    try {
      const written = await writeReportFiles(
        { ...report, root: dir },
        { report: 'same.json', sarif: 'same.json' }
      )
      expect(written).toEqual({
        report: path.join(dir, 'same.json'),
        sarif: path.join(dir, 'same.json')
      })
      expect(readFileSync(path.join(dir, 'same.json'), 'utf8')).toBe(
        await sarifReport({ ...report, root: dir })
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('byteBatches', () => {
  it('encodes pieces into batches whose bytes are the UTF-8 of the joined text', () => {
    const pieces = [
      'ascii ',
      'é'.repeat(700),
      '😀'.repeat(300),
      'x'.repeat(5000),
      '',
      '€',
      'y'.repeat(1500)
    ]
    for (const size of [16, 1000, 4096, 1 << 20]) {
      const batches = [...byteBatches(pieces, size)]
      expect(Buffer.concat(batches).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true)
      // Only a piece too large for a batch makes a larger buffer, and only of its own bytes.
      for (const b of batches) {
        if (b.length > size) expect(pieces.map((p) => Buffer.byteLength(p))).toContain(b.length)
      }
      expect(batches.every((b) => b.length > 0)).toBe(true)
    }
  })

  it('hands out a new buffer each time (a writer may still hold the last one)', () => {
    const batches = [...byteBatches(['a'.repeat(600), 'b'.repeat(600), 'c'.repeat(600)], 2000)]
    expect(batches.map((b) => b.toString())).toEqual([
      'a'.repeat(600),
      'b'.repeat(600),
      'c'.repeat(600)
    ])
    expect(new Set(batches.map((b) => b.buffer)).size).toBe(3)
  })
})
