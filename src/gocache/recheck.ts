/**
 * A concurrent `go` writes to the cache while the gate scans it: an output can appear after its
 * directory was scanned, an entry or output can be caught half written, Go's own trim can remove
 * files. So every problem that a writer could cause is looked at once more after the scan, and
 * it stands only if the path is still there, was not written since the scan started (nor
 * changed since the scan looked at it), and the fault is still there. A path the gate cannot
 * read is "not checked", never "missing".
 */
import { lstatSync, type Stats } from 'node:fs'
import path from 'node:path'
import { ENTRY_SIZE, parseActionEntry } from './entry.js'
import { readHead, vanished } from './fsutil.js'
import { hashFile } from './hash.js'
import type { ScannedAction, ScannedOutput } from './scan-dir.js'
import type { CacheProblem, CacheProblemKind } from './types.js'

/** Problems a concurrent writer (or Go's trim) can cause; only these are re-checked. */
const TRANSIENT: ReadonlySet<CacheProblemKind> = new Set([
  'action-malformed',
  'output-missing',
  'output-size',
  'output-hash'
])

export interface Recheck {
  /** The problems that still stand, in their original order. */
  problems: CacheProblem[]
  /** Problems dropped because the path changed, vanished or healed since the scan. */
  cleared: number
  /** Action entries whose output could not be looked at (an unreadable directory). */
  notChecked: number
}

interface Scanned {
  root: string
  actions: Map<string, ScannedAction>
  outputs: Map<string, ScannedOutput>
  scannedAt: number
}

type Look = { st: Stats } | { gone: true } | { unreadable: true }

function look(p: string): Look {
  try {
    return { st: lstatSync(p) }
  } catch (err) {
    return vanished(err) ? { gone: true } : { unreadable: true }
  }
}

/** The action or output ID a cache path belongs to (`xx/<id>-a`, `xx/<id>-d`, `xx/<id>-d/f`). */
function idOf(root: string, p: string): string {
  // root/xx/<id>-a: the 64 characters after "root/xx/".
  const at = root.length + 4
  return p.startsWith(root) ? p.slice(at, at + 64) : ''
}

/**
 * True when a file was modified after `scannedAt` (Unix ms, whole: Date.now()). A modification in
 * that same millisecond is not "after": the clock was read truncated, and file times are coarse.
 */
export function writtenAfter(st: Stats, scannedAt: number): boolean {
  return Math.floor(st.mtimeMs) > scannedAt
}

export function outputPath(root: string, outputId: string): string {
  return path.join(root, outputId.slice(0, 2), `${outputId}-d`)
}

/**
 * keep: the problem stands; young: it stands but the file was modified in the last seconds (look
 * again later); drop: healed, vanished or changed since the scan; unchecked: cannot be read now.
 */
type Verdict = 'keep' | 'young' | 'drop' | 'unchecked'

/** What the scan saw of an output's file (the modification time only for a plain file). */
function fileOf(o: ScannedOutput): { size: number; mtimeMs?: number } {
  return o.path === o.file ? o : { size: o.size }
}

class Checker {
  private buf: Buffer | undefined

  constructor(private readonly s: Scanned) {}

  /** Modified in the last seconds before the scan: a write may still be in flight. */
  private young(st: Stats): boolean {
    return st.mtimeMs >= this.s.scannedAt - YOUNG_MS
  }

  /** 'keep' for a standing problem on a file with status `st`, 'young' when recently written. */
  private stands(st: Stats): Verdict {
    return this.young(st) ? 'young' : 'keep'
  }

  /**
   * True when the file changed since the scan looked at it: written after the scan started, or
   * another size or modification time than the scan saw.
   */
  private changed(st: Stats, scanned: { size: number; mtimeMs?: number }): boolean {
    return (
      writtenAfter(st, this.s.scannedAt) ||
      st.size !== scanned.size ||
      (scanned.mtimeMs !== undefined && st.mtimeMs !== scanned.mtimeMs)
    )
  }

  /** 'keep', 'drop' (healed, vanished or changed) or 'unchecked' (cannot be read now). */
  check(p: CacheProblem): Verdict {
    switch (p.kind) {
      case 'output-missing':
        return this.missing(p.path)
      case 'output-size':
        return this.size(p.path)
      case 'output-hash':
        return this.hash(p.path)
      case 'action-malformed':
        return this.malformed(p.path)
      default:
        return 'keep'
    }
  }

  private missing(actionPath: string): Verdict {
    const a = this.s.actions.get(idOf(this.s.root, actionPath))
    const now = look(actionPath)
    if (!('st' in now) || !a?.entry || this.changed(now.st, a)) return 'drop'
    const out = look(outputPath(this.s.root, a.entry.outputId))
    if ('unreadable' in out) return 'unchecked'
    // Appeared since (Go writes a file, or a directory for an executable); a link or other
    // special file there is a problem of its own, and the entry still has no usable output.
    if ('gone' in out) return this.stands(now.st)
    return out.st.isFile() || out.st.isDirectory() ? 'drop' : this.stands(now.st)
  }

  private size(file: string): Verdict {
    const o = this.s.outputs.get(idOf(this.s.root, file))
    const now = look(file)
    if ('unreadable' in now) return 'unchecked'
    return 'st' in now && o && !this.changed(now.st, fileOf(o)) ? this.stands(now.st) : 'drop'
  }

  private hash(file: string): Verdict {
    const id = idOf(this.s.root, file)
    const o = this.s.outputs.get(id)
    const now = look(file)
    if ('unreadable' in now) return 'unchecked'
    if (!('st' in now) || !o || this.changed(now.st, fileOf(o))) return 'drop'
    // Unchanged and not written lately: the same bytes the scan hashed.
    if (!this.young(now.st)) return 'keep'
    try {
      return hashFile(file, (this.buf ??= Buffer.allocUnsafe(1 << 20))).sha === id
        ? 'drop'
        : 'young'
    } catch (err) {
      return vanished(err) ? 'drop' : 'unchecked'
    }
  }

  private malformed(p: string): Verdict {
    const now = look(p)
    if ('unreadable' in now) return 'unchecked'
    const a = this.s.actions.get(idOf(this.s.root, p))
    if (!('st' in now) || !a || this.changed(now.st, a)) return 'drop'
    if (!this.young(now.st)) return 'keep'
    const buf = Buffer.allocUnsafe(ENTRY_SIZE + 1)
    let n: number
    try {
      n = readHead(p, buf, ENTRY_SIZE + 1)
    } catch (err) {
      return vanished(err) ? 'drop' : 'unchecked'
    }
    return parseActionEntry(buf.subarray(0, n), idOf(this.s.root, p)).ok ? 'drop' : 'young'
  }
}

/** A problem on a file modified this recently may be a write still in progress. */
const YOUNG_MS = 5000
/** How long such a write gets to finish before the problem is looked at once more. */
export const SETTLE_MS = 500

/**
 * Re-checks the problems a concurrent writer could have caused; linear in the problems. A
 * problem that stands but sits on a file written in the last seconds before the scan (a `go`
 * may have been preempted between creating and filling it) is looked at once more after
 * SETTLE_MS (one wait for all of them).
 */
export async function recheckProblems(s: Scanned, problems: CacheProblem[]): Promise<Recheck> {
  const checker = new Checker(s)
  const out: CacheProblem[] = []
  let cleared = 0
  let notChecked = 0
  const verdicts: Verdict[] = problems.map((p) =>
    TRANSIENT.has(p.kind) ? checker.check(p) : 'keep'
  )
  if (verdicts.includes('young')) {
    await new Promise((r) => setTimeout(r, SETTLE_MS))
    problems.forEach((p, i) => {
      if (verdicts[i] === 'young') verdicts[i] = checker.check(p)
    })
  }
  problems.forEach((p, i) => {
    const verdict = verdicts[i]
    if (verdict === 'keep' || verdict === 'young') out.push(p)
    else if (verdict === 'drop') cleared++
    else notChecked++
  })
  return { problems: out, cleared, notChecked }
}
