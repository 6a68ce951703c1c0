import { mkdtempSync } from 'node:fs'
import { mkdir, writeFile } from './facts/fs-async.js'
import * as os from 'node:os'
import * as path from 'node:path'
import { renderJson } from './report/json.js'
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
  const { renderSarif } = await import('./report/sarif.js')
  return JSON.stringify(renderSarif(report, VERSION, context), null, 2) + '\n'
}

/** Writes the `report` (JSON) and `sarif` files when asked; paths are relative to the root. Returns absolute paths. */
export async function writeReportFiles(
  report: GateReport,
  files: { report?: string; sarif?: string },
  context: SarifContext = {}
): Promise<{ report?: string; sarif?: string }> {
  const written: { report?: string; sarif?: string } = {}
  for (const [kind, render] of [
    ['report', jsonReport],
    ['sarif', (r: GateReport) => sarifReport(r, context)]
  ] as const) {
    const target = files[kind]
    if (!target) continue
    const abs = path.resolve(report.root, target)
    await mkdir(path.dirname(abs), { recursive: true })
    await writeFile(abs, await render(report))
    written[kind] = abs
  }
  return written
}
