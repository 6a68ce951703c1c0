/**
 * Pruning, decided from a scan (and its problems) and carried out by the Remover:
 *  - corrupt: broken entries and outputs, and the action entries pointing at removed outputs;
 *  - stale:   also entries unused for longer than maxAge (mtime, Go's semantics), then the least
 *             recently used down to maxSize; trim.txt is rewritten when the trim was at least as
 *             strict as Go's own;
 *  - all:     what `go clean -cache` removes (everything in 00..ff, log.txt); fuzz/ only if asked.
 */
import { existsSync, lstatSync } from 'node:fs'
import path from 'node:path'
import { MTIME_INTERVAL_S, SUBDIRS, TRIM_LIMIT_S } from './entry.js'
import { ProgressMeter } from './progress.js'
import { outputPath, writtenAfter } from './recheck.js'
import { Remover } from './remove.js'
import type { Scan } from './scan.js'
import type { ScannedAction, ScannedOutput } from './scan-dir.js'
import type { CacheProblem, CacheProblemKind, CacheProgress, PruneFacts } from './types.js'

/**
 * `stale` never removes an entry used (or written) within this long before the scan started:
 * Go's own mtime resolution, and time for a concurrent `go` to finish writing what it started.
 */
export const STALE_GRACE_S = MTIME_INTERVAL_S

export interface PruneOptions {
  mode: PruneFacts['mode']
  /** Entries unused for longer are stale (stale mode). */
  maxAgeSeconds: number
  /** Budget after pruning, bytes (stale mode; undefined: no budget). */
  maxSizeBytes?: number
  /** Also empty fuzz/ (all mode only). */
  fuzz?: boolean
  now: number
  onProgress?: (p: CacheProgress) => void
}

/** Problems whose path is removed by `corrupt` (unreadable and foreign paths are only reported). */
const REMOVABLE: ReadonlySet<CacheProblemKind> = new Set([
  'action-malformed',
  'output-missing',
  'output-size',
  'output-hash',
  'symlink',
  'not-a-file',
  'world-writable',
  'hardlink'
])

/** The live cache while pruning: what is left, and what removing an entry entails. */
class Plan {
  readonly actions: Map<string, ScannedAction>
  readonly outputs: Map<string, ScannedOutput>
  readonly byFile = new Map<string, string>()
  readonly root: string
  /** Outputs this prune removed: entries pointing at them can only miss now. */
  private readonly removedOutputs = new Set<string>()
  bytes = 0

  constructor(
    scan: Scan,
    private readonly remover: Remover,
    private readonly meter: ProgressMeter
  ) {
    this.root = scan.root
    this.actions = new Map(scan.actions)
    this.outputs = new Map(scan.outputs)
    for (const [id, o] of this.outputs) {
      this.byFile.set(o.file, id)
      this.bytes += o.size
    }
    for (const a of this.actions.values()) this.bytes += a.size
  }

  removeAction(id: string): void {
    const a = this.actions.get(id)
    if (!a) return
    this.actions.delete(id)
    this.bytes -= a.size
    this.remover.unlinkKnown(a.path, a.size)
    this.meter.add(1, a.size)
    const out = a.entry && this.outputs.get(a.entry.outputId)
    if (out) out.refs--
  }

  removeOutput(id: string): void {
    const o = this.outputs.get(id)
    if (!o) return
    this.outputs.delete(id)
    this.removedOutputs.add(id)
    this.bytes -= o.size
    if (o.path === o.file) this.remover.unlinkKnown(o.path, o.size)
    else this.remover.remove(o.path)
    this.meter.add(1, o.size)
  }

  /** An output removed outside the plan (it was never a valid output). */
  outputGone(id: string): void {
    this.removedOutputs.add(id)
  }

  /**
   * Action entries whose output this prune removed can only miss: remove them. (An entry whose
   * output the scan did not see is an `output-missing` problem, removed only once confirmed.)
   */
  dropDangling(): void {
    if (this.removedOutputs.size === 0) return
    for (const [id, a] of this.actions)
      if (a.entry && this.removedOutputs.has(a.entry.outputId)) this.removeAction(id)
  }
}

/** A problem inside an executable entry (`xx/<id>-d/<name>`) takes the whole entry with it. */
function entryPath(root: string, p: string): string {
  return path.relative(root, p).split(path.sep).length === 3 ? path.dirname(p) : p
}

/**
 * True when a concurrent `go` touched the problem since the scan started: the path was written
 * since, or the missing output has appeared. Such a path is left alone.
 */
function rewritten(p: CacheProblem, plan: Plan, scannedAt: number): boolean {
  try {
    if (writtenAfter(lstatSync(p.path), scannedAt)) return true
    if (p.kind !== 'output-missing') return false
    const a = plan.actions.get(path.basename(p.path).slice(0, 64))
    return !!a?.entry && existsSync(outputPath(plan.root, a.entry.outputId))
  } catch {
    return false // gone, or unreadable: removal will say so
  }
}

function pruneCorrupt(
  plan: Plan,
  problems: CacheProblem[],
  scannedAt: number,
  remover: Remover
): number {
  const before = remover.entries
  for (const p of problems) {
    if (!REMOVABLE.has(p.kind) || rewritten(p, plan, scannedAt)) continue
    const outId = plan.byFile.get(p.path)
    if (outId) plan.removeOutput(outId)
    else if (p.kind === 'action-malformed' || p.kind === 'output-missing')
      plan.removeAction(path.basename(p.path).slice(0, 64))
    else {
      const entry = entryPath(plan.root, p.path)
      remover.remove(entry)
      // A broken output (a link, a bad executable directory): its entries can only miss now.
      if (entry.endsWith('-d')) plan.outputGone(path.basename(entry).slice(0, 64))
    }
  }
  plan.dropDangling()
  return remover.entries - before
}

function pruneByAge(plan: Plan, opts: PruneOptions, remover: Remover): number {
  const before = remover.entries
  const cutoff = opts.now - (opts.maxAgeSeconds + MTIME_INTERVAL_S) * 1000
  for (const [id, a] of plan.actions) if (a.mtimeMs < cutoff) plan.removeAction(id)
  plan.dropDangling()
  // Outputs no entry refers to are unreachable; spare the last hour's (a `go` may be writing them).
  const settled = opts.now - STALE_GRACE_S * 1000
  for (const [id, o] of plan.outputs) if (o.refs <= 0 && o.mtimeMs < settled) plan.removeOutput(id)
  return remover.entries - before
}

/**
 * Least recently used first until the cache fits; entries used within the grace period before
 * the scan (or written since) are kept even when the budget is not reached then.
 */
function pruneToBudget(plan: Plan, maxSize: number, now: number, remover: Remover): number {
  const before = remover.entries
  if (plan.bytes <= maxSize) return 0
  const settled = now - STALE_GRACE_S * 1000
  const lastUse = (a: ScannedAction): number => {
    const o = a.entry && plan.outputs.get(a.entry.outputId)
    return Math.max(a.mtimeMs, o?.mtimeMs ?? 0)
  }
  const lru = [...plan.actions]
    .map(([id, a]) => ({ id, a, t: lastUse(a) }))
    .sort((x, y) => x.t - y.t)
  for (const { id, a, t } of lru) {
    if (plan.bytes <= maxSize || t >= settled) break
    plan.removeAction(id)
    const outId = a.entry?.outputId
    const o = outId ? plan.outputs.get(outId) : undefined
    if (outId && o && o.refs <= 0) plan.removeOutput(outId)
  }
  return remover.entries - before
}

function pruneAll(fuzz: boolean, remover: Remover, meter: ProgressMeter): void {
  let bytes = remover.bytes
  const after = (): void => {
    meter.add(1, remover.bytes - bytes)
    bytes = remover.bytes
  }
  for (const sub of SUBDIRS) remover.clearSubdir(sub, after)
  remover.remove(path.join(remover.rootPath, 'log.txt'))
  if (fuzz) remover.remove(path.join(remover.rootPath, 'fuzz'))
  after()
}

export interface PruneResult {
  facts: PruneFacts
  /** What is left in the cache (empty after `all`). */
  actions: Map<string, ScannedAction>
  outputs: Map<string, ScannedOutput>
}

/** Prunes the cache scanned in `scan`; `problems` are the scan's plus full verification's. */
export function pruneCache(scan: Scan, problems: CacheProblem[], opts: PruneOptions): PruneResult {
  const remover = new Remover(scan.root)
  try {
    return prune(scan, problems, opts, remover)
  } finally {
    remover.close()
  }
}

function prune(
  scan: Scan,
  problems: CacheProblem[],
  opts: PruneOptions,
  remover: Remover
): PruneResult {
  const meter = new ProgressMeter('prune', opts.onProgress)
  const facts: PruneFacts = {
    mode: opts.mode,
    entries: 0,
    bytes: 0,
    corrupt: 0,
    stale: 0,
    overBudget: 0,
    trimWritten: false,
    failed: remover.failed
  }
  const plan = new Plan(scan, remover, meter)
  if (opts.mode === 'all') {
    pruneAll(opts.fuzz ?? false, remover, meter)
    plan.actions.clear()
    plan.outputs.clear()
  } else {
    facts.corrupt = pruneCorrupt(plan, problems, scan.scannedAt, remover)
    if (opts.mode === 'stale') {
      facts.stale = pruneByAge(plan, opts, remover)
      if (opts.maxSizeBytes !== undefined)
        facts.overBudget = pruneToBudget(plan, opts.maxSizeBytes, opts.now, remover)
      if (opts.maxAgeSeconds <= TRIM_LIMIT_S) facts.trimWritten = remover.writeTrim(opts.now)
    }
  }
  meter.finish()
  facts.entries = remover.entries
  facts.bytes = remover.bytes
  return { facts, actions: plan.actions, outputs: plan.outputs }
}
