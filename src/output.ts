import { mkdtempSync } from 'node:fs'
import { mkdir, open } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { jsonDocument, renderJson } from './report/json.js'
import { jsonPieces, jsonText } from './report/json-text.js'
import type { SarifContext } from './report/sarif.js'
import type { GateReport } from './report/types.js'
import { ruleById } from './rules.js'
import { VERSION } from './version.js'

/**
 * Where the action writes the files nobody asked a path for (the JSON report, a recorded
 * baseline): `$RUNNER_TEMP/go-baseline-gate`, else a fresh private directory under the OS temp
 * directory. Never the workspace, so a run leaves `git status` clean.
 */
export function defaultOutputDir(env: Record<string, string | undefined>): string {
  if (env.RUNNER_TEMP) return path.join(env.RUNNER_TEMP, 'go-baseline-gate')
  return mkdtempSync(path.join(os.tmpdir(), 'go-baseline-gate-'))
}

export function jsonReport(report: GateReport): string {
  return renderJson(report, (id) => ruleById(id)?.name)
}

export async function sarifReport(report: GateReport, context: SarifContext = {}): Promise<string> {
  const { sarifDocument } = await import('./report/sarif.js')
  return jsonText(sarifDocument(report, VERSION, context))
}

/** Writes text pieces to a new file, one piece at a time (a large report is never one string). */
async function writePieces(file: string, pieces: Iterable<string>): Promise<void> {
  const handle = await open(file, 'w')
  try {
    for (const piece of pieces) await handle.write(piece)
  } finally {
    await handle.close()
  }
}

/** Writes the `report` (JSON) and `sarif` files when asked; paths are relative to the root. Returns absolute paths. */
export async function writeReportFiles(
  report: GateReport,
  files: { report?: string; sarif?: string },
  context: SarifContext = {}
): Promise<{ report?: string; sarif?: string }> {
  const written: { report?: string; sarif?: string } = {}
  for (const [kind, document] of [
    ['report', async () => jsonDocument(report, (id) => ruleById(id)?.name)],
    [
      'sarif',
      async () => (await import('./report/sarif.js')).sarifDocument(report, VERSION, context)
    ]
  ] as const) {
    const target = files[kind]
    if (!target) continue
    const abs = path.resolve(report.root, target)
    await mkdir(path.dirname(abs), { recursive: true })
    await writePieces(abs, jsonPieces(await document()))
    written[kind] = abs
  }
  return written
}
