/**
 * One pass over a Go build cache: the top level here, the 256 subdirectories spread over threads
 * (scan-dir.ts, threads.ts), then every action entry cross-checked against its output (that is
 * quick verification; full verification hashes each output while its directory is scanned).
 */
import { closeSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { MTIME_INTERVAL_S, parseTrim, SUBDIRS, TOP_LEVEL_FILES, TRIM_INTERVAL_S } from './entry.js'
import { errText, lstatOrGone, openRegular, vanished } from './fsutil.js'
import { recheckProblems } from './recheck.js'
import type { ScannedAction, ScannedOutput } from './scan-dir.js'
import { scanSubdirs, type ThreadOptions } from './threads.js'
import type { CacheProblem, TrimFacts } from './types.js'

export interface Scan {
  root: string
  /** Keyed by action ID. */
  actions: Map<string, ScannedAction>
  /** Keyed by output ID. */
  outputs: Map<string, ScannedOutput>
  problems: CacheProblem[]
  fuzz: { files: number; bytes: number }
  trim: TrimFacts
  scannedAt: number
  /** Problems the re-check after the scan dropped (written, healed or gone meanwhile). */
  cleared: number
  /** Action entries whose output could not be looked at (unreadable): not checked. */
  notChecked: number
}

export interface ScanOptions extends ThreadOptions {
  /** The clock, Unix milliseconds (tests). */
  now?: number
}

class Scanner {
  readonly actions = new Map<string, ScannedAction>()
  readonly outputs = new Map<string, ScannedOutput>()
  readonly problems: CacheProblem[] = []

  constructor(readonly root: string) {}

  problem(kind: CacheProblem['kind'], p: string, detail: string): void {
    this.problems.push({ kind, path: p, detail })
  }

  /** Every parsed entry must point at an output of the declared size. */
  crossCheck(): void {
    const badOutputs = new Set<string>()
    for (const action of this.actions.values()) {
      const e = action.entry
      if (!e) continue
      const out = this.outputs.get(e.outputId)
      if (!out) {
        this.problem(
          'output-missing',
          action.path,
          `its output ${e.outputId.slice(0, 12)}…-d does not exist`
        )
        continue
      }
      out.refs++
      if (out.size !== e.size && !badOutputs.has(e.outputId)) {
        badOutputs.add(e.outputId)
        this.problem(
          'output-size',
          out.file,
          `${out.size} bytes, but action entry ${path.basename(action.path)} declares ${e.size}`
        )
      }
    }
  }

  scanTop(): { fuzz: { files: number; bytes: number } } {
    const fuzz = { files: 0, bytes: 0 }
    const subdirs = new Set(SUBDIRS)
    let names: string[]
    try {
      names = readdirSync(this.root)
    } catch (err) {
      if (vanished(err)) return { fuzz }
      throw err
    }
    for (const name of names) {
      if (subdirs.has(name)) continue
      const p = path.join(this.root, name)
      const st = lstatOrGone(p)
      if (!st) continue
      if (st.isSymbolicLink()) this.problem('symlink', p, 'Go never writes symbolic links')
      else if (name === 'fuzz' && st.isDirectory()) this.sizeTree(p, fuzz)
      else if (!TOP_LEVEL_FILES.has(name))
        this.problem('foreign', p, 'not a file Go keeps in its cache')
      else if (!st.isFile()) this.problem('not-a-file', p, 'expected a regular file')
    }
    return { fuzz }
  }

  /** Counts a tree's files and bytes without following links (fuzz corpus: counted, not checked). */
  private sizeTree(dir: string, acc: { files: number; bytes: number }): void {
    let names: string[]
    try {
      names = readdirSync(dir)
    } catch {
      return
    }
    for (const name of names) {
      const p = path.join(dir, name)
      const st = lstatOrGone(p)
      if (!st) continue
      if (st.isDirectory()) this.sizeTree(p, acc)
      else if (st.isFile()) {
        acc.files++
        acc.bytes += st.size
      }
    }
  }
}

/** Reads trim.txt like Go's Trim does and classifies it against Go's trimInterval. */
export function readTrim(root: string, nowMs: number): TrimFacts {
  let text: string
  try {
    const fd = openRegular(path.join(root, 'trim.txt'))
    try {
      text = readFileSync(fd, 'latin1')
    } finally {
      closeSync(fd)
    }
  } catch (err) {
    if (vanished(err)) return { state: 'missing' }
    return { state: 'unparsable', raw: errText(err).slice(0, 64) }
  }
  const parsed = parseTrim(text)
  if (!parsed.ok) return { state: 'unparsable', raw: text.slice(0, 64) }
  const ageSeconds = Math.floor(nowMs / 1000) - parsed.seconds
  const state =
    ageSeconds <= -MTIME_INTERVAL_S ? 'future' : ageSeconds >= TRIM_INTERVAL_S ? 'stale' : 'fresh'
  return { state, lastTrim: parsed.seconds, ageSeconds }
}

/** Scans (and with `hash`, fully verifies) the cache at `root` (checked by checkCacheRoot). */
export async function scanCache(root: string, opts: ScanOptions): Promise<Scan> {
  const scannedAt = opts.now ?? Date.now()
  const s = new Scanner(root)
  const { fuzz } = s.scanTop()
  for (const dir of await scanSubdirs(root, opts)) {
    for (const [id, a] of dir.actions) s.actions.set(id, a)
    for (const [id, o] of dir.outputs) s.outputs.set(id, o)
    for (const p of dir.problems) s.problems.push(p)
  }
  s.crossCheck()
  const checked = await recheckProblems(
    { root, actions: s.actions, outputs: s.outputs, scannedAt },
    s.problems
  )
  return {
    root,
    actions: s.actions,
    outputs: s.outputs,
    problems: checked.problems,
    fuzz,
    trim: readTrim(root, scannedAt),
    scannedAt,
    cleared: checked.cleared,
    notChecked: checked.notChecked
  }
}
