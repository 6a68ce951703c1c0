import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { gateReport, manyFindings } from '../__fixtures__/gate-report.js'
import {
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
})
