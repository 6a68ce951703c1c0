/**
 * Build-cache checks (GBG3xx): turn CacheFacts (src/gocache) into findings. One finding per
 * problem kind with a count and a few sample paths, never one per file. Problems the gate's
 * prune removed are not reported as problems but summarised in the prune notice.
 */
import { formatBytes, formatDuration } from '../gocache/format.js'
import type { CacheFacts, CacheProblem, CacheProblemKind } from '../gocache/types.js'
import type { Finding, RuleMeta } from '../types.js'
import { defineRule, type Check } from './types.js'

const rule = defineRule('cache')

const PRUNE_FIX =
  'Run the gate with `prune: corrupt` (or `go-baseline-gate cache prune`) before `go build`.'

/** Rules for each problem kind, with whether `prune: corrupt` removes it. */
const PROBLEM_RULES: Record<CacheProblemKind, { meta: RuleMeta; removable: boolean }> = {
  'action-malformed': {
    removable: true,
    meta: rule(
      'GBG301',
      'cache-entry-malformed',
      'warning',
      'A cache action entry is not the single 175-byte line Go writes; Go ignores it.',
      PRUNE_FIX
    )
  },
  'output-missing': {
    removable: true,
    meta: rule(
      'GBG302',
      'cache-output-missing',
      'warning',
      'A cache action entry points at an output that does not exist (an incomplete restore).',
      PRUNE_FIX
    )
  },
  'output-size': {
    removable: true,
    meta: rule(
      'GBG303',
      'cache-output-truncated',
      'warning',
      'A cache output is not the size its action entry declares (truncated by an interrupted restore).',
      PRUNE_FIX
    )
  },
  'output-hash': {
    removable: true,
    meta: rule(
      'GBG304',
      'cache-output-corrupt',
      'error',
      'A cache output’s SHA-256 differs from its name: `go build` would link the corrupted bytes.',
      PRUNE_FIX + ' Use `cache-verify: full` to detect it.'
    )
  },
  symlink: {
    removable: true,
    meta: rule(
      'GBG305',
      'cache-symlink',
      'error',
      'The cache contains a symbolic link; Go never writes one, and would read whatever it points to.',
      PRUNE_FIX + ' Find out what planted it.'
    )
  },
  'not-a-file': {
    removable: true,
    meta: rule(
      'GBG306',
      'cache-not-a-file',
      'error',
      'A directory or special file sits where Go writes a regular file; `go build` can fail on it.',
      PRUNE_FIX
    )
  },
  'world-writable': {
    removable: true,
    meta: rule(
      'GBG307',
      'cache-world-writable',
      'error',
      'A cache entry is writable by any user, so its content cannot be trusted.',
      PRUNE_FIX + ' Run `go` with a umask that removes o+w (022).'
    )
  },
  hardlink: {
    removable: true,
    meta: rule(
      'GBG308',
      'cache-hardlink',
      'warning',
      'A cache file has several hard links and can be changed through a path outside the cache.',
      PRUNE_FIX
    )
  },
  foreign: {
    removable: false,
    meta: rule(
      'GBG309',
      'cache-foreign-file',
      'warning',
      'The cache holds a file Go does not write (something else stores files in GOCACHE).',
      'Move the file out of GOCACHE, or point the other tool at its own directory.'
    )
  },
  unreadable: {
    removable: false,
    meta: rule(
      'GBG310',
      'cache-unreadable',
      'error',
      'The gate could not read a cache entry (permissions or I/O error).',
      'Fix the ownership and permissions of GOCACHE (e.g. `chown -R "$USER" "$(go env GOCACHE)"`), or clear it with `go clean -cache`.'
    )
  }
}

const TRIM_STALE = rule(
  'GBG320',
  'cache-trim-stale',
  'notice',
  'trim.txt says Go last trimmed the cache more than a day ago; the next `go` command trims it.',
  'Nothing is broken; use `prune: stale` to trim before the build instead of during it.'
)
const TRIM_FUTURE = rule(
  'GBG321',
  'cache-trim-future',
  'warning',
  'trim.txt is more than an hour in the future (clock skew or a cache from another machine).',
  'Use `prune: stale`, which rewrites trim.txt with the current time, or delete trim.txt.'
)
const TRIM_UNPARSABLE = rule(
  'GBG322',
  'cache-trim-unparsable',
  'warning',
  'trim.txt is not a Unix time in seconds as Go writes it.',
  'Use `prune: stale`, which rewrites trim.txt, or delete trim.txt.'
)
const TRIM_INEFFECTIVE = rule(
  'GBG323',
  'cache-trim-ineffective',
  'warning',
  'trim.txt claims a recent trim, yet entries unused for longer than the age limit remain: a restored trim.txt is keeping Go from trimming.',
  'Use `prune: stale` (it trims by last use and rewrites trim.txt honestly), or exclude trim.txt from the CI cache.'
)
const OVER_BUDGET = rule(
  'GBG330',
  'cache-over-budget',
  'warning',
  'The build cache is larger than the `max-cache-size` budget.',
  'Use `prune: stale` with `max-cache-size`, or raise the budget in the baseline `cache:` section.'
)
const PRUNED = rule(
  'GBG340',
  'cache-pruned',
  'notice',
  'The gate pruned the build cache before the build (what and how much).',
  'Nothing to do; this records what was removed.'
)
const PRUNE_FAILED = rule(
  'GBG341',
  'cache-prune-failed',
  'error',
  'Some cache paths could not be removed; the broken entries are still there.',
  'Fix the permissions of GOCACHE, or clear it with `go clean -cache`.'
)

/** At most this many paths are named in a finding. */
export const SAMPLE_PATHS = 3

function samples(list: CacheProblem[]): string {
  const shown = list.slice(0, SAMPLE_PATHS).map((p) => `${p.path} (${p.detail})`)
  const more = list.length > SAMPLE_PATHS ? `; and ${list.length - SAMPLE_PATHS} more` : ''
  return shown.join('; ') + more
}

function groupByKind(problems: CacheProblem[]): Map<CacheProblemKind, CacheProblem[]> {
  const by = new Map<CacheProblemKind, CacheProblem[]>()
  for (const p of problems) {
    const list = by.get(p.kind)
    if (list) list.push(p)
    else by.set(p.kind, [p])
  }
  return by
}

function finding(meta: RuleMeta, message: string, extra: Partial<Finding> = {}): Finding {
  return {
    rule: meta.id,
    severity: meta.defaultSeverity,
    message,
    fix: meta.fix,
    source: 'GOCACHE',
    ...extra
  }
}

/**
 * Whether each problem is healed: prune removes its kind and did not fail on its path. One set of
 * failed paths for all problems, so this stays linear in problems + failures.
 */
function healedTest(c: CacheFacts): (p: CacheProblem) => boolean {
  const prune = c.prune
  if (!prune) return () => false
  const failed = new Set(prune.failed.map((f) => f.path))
  return (p) => PROBLEM_RULES[p.kind].removable && (prune.mode === 'all' || !failed.has(p.path))
}

function problemFindings(c: CacheFacts): Finding[] {
  const out: Finding[] = []
  const healed = healedTest(c)
  for (const [kind, list] of groupByKind(c.problems.filter((p) => !healed(p)))) {
    const { meta } = PROBLEM_RULES[kind]
    out.push(
      finding(
        meta,
        `${list.length} cache ${list.length === 1 ? 'path' : 'paths'} with ${kind}: ${samples(list)}`,
        {
          location: { file: list[0]!.path },
          actual: `${list.length}`,
          expected: '0'
        }
      )
    )
  }
  return out
}

function trimFindings(c: CacheFacts): Finding[] {
  if (c.prune?.trimWritten || c.prune?.mode === 'all') return []
  const t = c.trim
  const file = { location: { file: `${c.root}/trim.txt` } }
  switch (t.state) {
    case 'stale':
      return [
        finding(
          TRIM_STALE,
          `Go last trimmed ${c.root} ${formatDuration(t.ageSeconds ?? 0)} ago.`,
          file
        )
      ]
    case 'future':
      return [
        finding(
          TRIM_FUTURE,
          `trim.txt is ${formatDuration(-(t.ageSeconds ?? 0))} in the future.`,
          file
        )
      ]
    case 'unparsable':
      return [
        finding(
          TRIM_UNPARSABLE,
          `trim.txt holds ${JSON.stringify(t.raw ?? '')}, not a Unix time.`,
          file
        )
      ]
    case 'fresh':
      return c.staleAfter > 0
        ? [
            finding(
              TRIM_INEFFECTIVE,
              `trim.txt says Go trimmed ${formatDuration(t.ageSeconds ?? 0)} ago, yet ${c.staleAfter} entries are unused for longer than ${formatDuration(c.maxAgeSeconds)}.`,
              file
            )
          ]
        : []
    default:
      return []
  }
}

function budgetFindings(c: CacheFacts): Finding[] {
  if (c.maxSizeBytes === undefined || c.bytesAfter <= c.maxSizeBytes) return []
  return [
    finding(
      OVER_BUDGET,
      `The build cache holds ${formatBytes(c.bytesAfter)}, over the budget of ${formatBytes(c.maxSizeBytes)}.`,
      {
        location: { file: c.root },
        expected: `<= ${formatBytes(c.maxSizeBytes)}`,
        actual: formatBytes(c.bytesAfter)
      }
    )
  ]
}

function pruneFindings(c: CacheFacts): Finding[] {
  const p = c.prune
  if (!p) return []
  const out: Finding[] = []
  const healed = healedTest(c)
  const healedKinds = [...groupByKind(c.problems.filter((x) => healed(x)))]
    .map(([kind, list]) => `${list.length} ${kind}`)
    .join(', ')
  out.push(
    finding(
      PRUNED,
      `prune: ${p.mode} removed ${p.entries} cache entries (${formatBytes(p.bytes)}): ${p.corrupt} broken${healedKinds ? ` (${healedKinds})` : ''}, ${p.stale} stale, ${p.overBudget} over the size budget; trim.txt ${p.trimWritten ? 'rewritten' : 'unchanged'}.`,
      { location: { file: c.root }, actual: String(p.bytes) }
    )
  )
  if (p.failed.length > 0)
    out.push(
      finding(
        PRUNE_FAILED,
        `${p.failed.length} cache paths could not be removed: ${samples(p.failed)}`,
        { location: { file: p.failed[0]!.path } }
      )
    )
  return out
}

export const cacheChecks: Check[] = [
  {
    rules: [
      ...Object.values(PROBLEM_RULES).map((r) => r.meta),
      TRIM_STALE,
      TRIM_FUTURE,
      TRIM_UNPARSABLE,
      TRIM_INEFFECTIVE,
      OVER_BUDGET,
      PRUNED,
      PRUNE_FAILED
    ],
    run(facts) {
      const c = facts.cache
      if (!c) return []
      return [...problemFindings(c), ...trimFindings(c), ...budgetFindings(c), ...pruneFindings(c)]
    }
  }
]
