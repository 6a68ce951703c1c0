import { mkdtempSync } from 'node:fs'
import { close, mkdir, open, write } from './facts/fs-async.js'
import * as os from 'node:os'
import * as path from 'node:path'
import { jsonDocument, renderJson } from './report/json.js'
import { jsonPieces, jsonText } from './report/json-text.js'
import type { SarifContext } from './report/sarif.js'
import type { GateReport } from './report/types.js'
import type { Finding } from './types.js'
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

/**
 * The JSON report's text in pieces (see report/json-text.ts): for a writer that can take them
 * one at a time, so a large report is never one string.
 */
export function jsonReportPieces(report: GateReport): Iterable<string> {
  return jsonPieces(jsonDocument(report, (id) => ruleById(id)?.name))
}

/**
 * SARIF is read by tools (code scanning, viewers that indent it themselves): written compact, it
 * is a third smaller (GitHub takes at most 10 MB gzipped per upload) and quicker to make. The
 * JSON report stays indented for people reading it.
 */
const SARIF_COMPACT = true

export async function sarifReport(report: GateReport, context: SarifContext = {}): Promise<string> {
  const { sarifDocument } = await import('./report/sarif.js')
  return jsonText(sarifDocument(report, VERSION, context), SARIF_COMPACT)
}

/** The SARIF log's text in pieces (see `jsonReportPieces`). */
export async function sarifReportPieces(
  report: GateReport,
  context: SarifContext = {}
): Promise<Iterable<string>> {
  const { sarifDocument } = await import('./report/sarif.js')
  return jsonPieces(sarifDocument(report, VERSION, context), SARIF_COMPACT)
}

/**
 * The SARIF log's per-finding work (its fingerprints), done while go list runs: the entries pass
 * it as GateHooks.whileGoLoads when a SARIF log will be written.
 */
export async function prepareSarif(
  findings: readonly Finding[],
  root: string,
  baseline: string | undefined
): Promise<void> {
  ;(await import('./report/sarif.js')).prepareFingerprints(findings, root, baseline)
}

/** Bytes gathered before one write call: few calls, and no large string or buffer. */
const WRITE_BATCH = 1024 * 1024

/**
 * Text pieces as UTF-8 in buffers of about `size` bytes, each piece encoded straight into its
 * place (no joined string, no buffer per piece to copy again). A piece too large for a batch
 * goes out as a buffer of its own. Each buffer is new: a writer may still hold the last one.
 */
export function* byteBatches(pieces: Iterable<string>, size = WRITE_BATCH): Generator<Buffer> {
  let batch = Buffer.allocUnsafeSlow(size)
  let used = 0
  for (const piece of pieces) {
    // At most 3 bytes of UTF-8 per UTF-16 unit (a surrogate pair, 4 bytes, is two units).
    if (3 * piece.length > size - used) {
      if (used > 0) {
        yield batch.subarray(0, used)
        batch = Buffer.allocUnsafeSlow(size)
        used = 0
      }
      if (3 * piece.length > size) {
        yield Buffer.from(piece, 'utf8')
        continue
      }
    }
    used += batch.write(piece, used, 'utf8')
  }
  if (used > 0) yield batch.subarray(0, used)
}

/**
 * Writes text pieces to a new file, a batch of pieces per call (a large report is never one
 * string or one buffer). One batch is written while the next is made, so the disk and the
 * making of the text overlap.
 */
async function writePieces(file: string, pieces: Iterable<string>): Promise<void> {
  const fd = await open(file, 'w')
  try {
    await writeInOrder(fd, byteBatches(pieces))
  } finally {
    await close(fd)
  }
}

/**
 * Writes buffers to `fd` in their order, each batch written while the next is made, so the disk
 * and the making of the text overlap. Returns once every byte is written (or the first failure).
 */
export async function writeInOrder(fd: number, batches: Iterable<Uint8Array>): Promise<void> {
  let writing: Promise<void> = Promise.resolve()
  try {
    for (const ready of batches) {
      await writing
      writing = writeAll(fd, ready)
      writing.catch(() => {}) // handled by the next await; never an unhandled rejection
    }
    await writing
  } finally {
    // A failed write must not leave the other one running on a handle the caller closes.
    await writing.catch(() => {})
  }
}

/** Writes every byte (a write may take fewer than it was given). */
async function writeAll(fd: number, bytes: Uint8Array): Promise<void> {
  for (let done = 0; done < bytes.length;) {
    done += (await write(fd, bytes, done, bytes.length - done)).bytesWritten
  }
}

/**
 * Writes the `report` (JSON) and `sarif` files when asked; paths are relative to the root.
 * Returns absolute paths. Two files are written at the same time (the text of one is made while
 * the system writes the other's), unless both are one path.
 */
export async function writeReportFiles(
  report: GateReport,
  files: { report?: string; sarif?: string },
  context: SarifContext = {}
): Promise<{ report?: string; sarif?: string }> {
  const written: { report?: string; sarif?: string } = {}
  const jobs: Array<{
    kind: 'report' | 'sarif'
    abs: string
    pieces: () => Promise<Iterable<string>>
  }> = []
  for (const [kind, pieces] of [
    ['report', async () => jsonReportPieces(report)],
    ['sarif', () => sarifReportPieces(report, context)]
  ] as const) {
    const target = files[kind]
    if (target) jobs.push({ kind, abs: path.resolve(report.root, target), pieces })
  }
  const write = async (job: (typeof jobs)[number]): Promise<void> => {
    await mkdir(path.dirname(job.abs), { recursive: true })
    await writePieces(job.abs, await job.pieces())
  }
  if (jobs.length === 2 && jobs[0]?.abs !== jobs[1]?.abs) await Promise.all(jobs.map(write))
  else for (const job of jobs) await write(job)
  for (const job of jobs) written[job.kind] = job.abs
  return written
}
