/** Build-cache statistics as summary table rows (statistic, value), from the cache scan facts. */
import type { CacheFacts, CacheProblemKind } from '../gocache/types.js'
import { code, plural } from './markdown.js'

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB']

export function formatBytes(n: number): string {
  let v = n
  let u = 0
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024
    u++
  }
  return u === 0 ? `${n} B` : `${v.toFixed(1)} ${UNITS[u]}`
}

const count = (n: number): string => n.toLocaleString('en-US')

const VERIFY: Record<CacheFacts['verify'], string> = {
  full: 'full (entry format, output sizes and SHA-256 of every output)',
  quick: 'quick (entry format and output sizes)',
  off: 'off'
}

export function cacheRows(cache: CacheFacts | undefined): string[][] {
  if (!cache) return []
  const s = cache.stats
  const rows: [string, string][] = [
    ['Cache', code(cache.root)],
    ['Verified', VERIFY[cache.verify]],
    ['Action entries', count(s.entries)],
    ['Outputs', `${count(s.outputs)} (${count(s.orphanOutputs)} not referenced by any entry)`],
    ['Size', formatBytes(s.bytes)],
    [
      'Last use',
      `${count(s.ages.day)} within a day, ${count(s.ages.week)} within 5 days, ${count(s.ages.older)} older`
    ],
    ['Fuzz corpus', `${plural(s.fuzzFiles, 'file')}, ${formatBytes(s.fuzzBytes)}`],
    ['trim.txt', trim(cache)],
    ['Problems', problems(cache)]
  ]
  const p = cache.prune
  rows.push([
    'Pruned',
    p
      ? `${plural(p.entries, 'path')}, ${formatBytes(p.bytes)} (mode ${code(p.mode)}: ${count(p.corrupt)} broken, ${count(p.stale)} stale, ${count(p.overBudget)} over the size budget)` +
        (p.failed.length ? `; ${count(p.failed.length)} could not be removed` : '')
      : 'nothing'
  ])
  rows.push(['Size after pruning', formatBytes(cache.bytesAfter)])
  rows.push(['Stale entries left', count(cache.staleAfter)])
  rows.push(['Scan time', `${Math.round(cache.durationMs)} ms`])
  return rows
}

/** One line for the folded cache section: entries, size, problems and what was pruned. */
export function cacheSummary(cache: CacheFacts): string {
  const s = cache.stats
  const parts = [`${count(s.entries)} entries`, formatBytes(s.bytes)]
  const n = cache.problems.length
  parts.push(n === 0 ? 'no problems' : `${count(n)} problem${n === 1 ? '' : 's'}`)
  if (cache.prune) parts.push(`${formatBytes(cache.prune.bytes)} pruned`)
  return parts.join(', ')
}

function trim(cache: CacheFacts): string {
  const t = cache.trim
  const when =
    t.lastTrim !== undefined ? ` (last trim ${new Date(t.lastTrim * 1000).toISOString()})` : ''
  return `${t.state}${when}`
}

function problems(cache: CacheFacts): string {
  if (cache.problems.length === 0) return 'none'
  const byKind = new Map<CacheProblemKind, number>()
  for (const p of cache.problems) byKind.set(p.kind, (byKind.get(p.kind) ?? 0) + 1)
  return [...byKind].map(([kind, n]) => `${count(n)} ${code(kind)}`).join(', ')
}
