import { describe, expect, it } from '@jest/globals'
import type { Baseline } from '../../src/baseline/types.js'
import type { CacheFacts, CacheProblem } from '../../src/gocache/types.js'
import { cacheChecks, SAMPLE_PATHS } from '../../src/checks/cache.js'
import type { Facts } from '../../src/facts/types.js'

const NOW = Date.UTC(2025, 0, 10) / 1000
const baseline = { builtin: true, version: 1, rules: {}, env: [], go: {}, cache: {} } as Baseline

function cache(over: Partial<CacheFacts> = {}): CacheFacts {
  return {
    root: '/ci/go-build',
    verify: 'quick',
    scannedAt: NOW * 1000,
    durationMs: 5,
    stats: {
      entries: 10,
      outputs: 10,
      orphanOutputs: 0,
      bytes: 1000,
      fuzzFiles: 0,
      fuzzBytes: 0,
      ages: { day: 20, week: 0, older: 0 }
    },
    trim: { state: 'fresh', lastTrim: NOW - 60, ageSeconds: 60 },
    problems: [],
    maxAgeSeconds: 5 * 86400,
    bytesAfter: 1000,
    staleAfter: 0,
    ...over
  }
}

function run(c: CacheFacts | undefined) {
  const facts = { cache: c } as Facts
  return cacheChecks.flatMap((check) => check.run(facts, baseline))
}

const problem = (kind: CacheProblem['kind'], i: number): CacheProblem => ({
  kind,
  path: `/ci/go-build/ab/${i}`,
  detail: `detail ${i}`
})

describe('cacheChecks', () => {
  it('reports nothing for a healthy cache, or when the cache was not checked', () => {
    expect(run(cache())).toEqual([])
    expect(run(undefined)).toEqual([])
  })

  it('declares GBG3xx cache rules with a fix', () => {
    const rules = cacheChecks.flatMap((c) => c.rules)
    expect(rules.length).toBeGreaterThan(10)
    for (const r of rules) {
      expect(r.id).toMatch(/^GBG3\d\d$/)
      expect(r.area).toBe('cache')
      expect(r.fix.length).toBeGreaterThan(10)
    }
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length)
  })

  it.each([
    ['action-malformed', 'GBG301', 'warning'],
    ['output-missing', 'GBG302', 'warning'],
    ['output-size', 'GBG303', 'warning'],
    ['output-hash', 'GBG304', 'error'],
    ['symlink', 'GBG305', 'error'],
    ['not-a-file', 'GBG306', 'error'],
    ['world-writable', 'GBG307', 'error'],
    ['hardlink', 'GBG308', 'warning'],
    ['foreign', 'GBG309', 'warning'],
    ['unreadable', 'GBG310', 'error']
  ] as const)(
    'one %s finding (%s) per kind, with a count and a few sample paths',
    (kind, rule, severity) => {
      const problems = Array.from({ length: 7 }, (_, i) => problem(kind, i))
      const findings = run(cache({ problems }))
      expect(findings).toHaveLength(1)
      expect(findings[0]).toMatchObject({
        rule,
        severity,
        actual: '7',
        location: { file: '/ci/go-build/ab/0' }
      })
      expect(findings[0]!.message).toContain(
        `7 cache paths with ${kind}: /ci/go-build/ab/0 (detail 0)`
      )
      expect(findings[0]!.message).toContain(`and ${7 - SAMPLE_PATHS} more`)
      expect(findings[0]!.message).not.toContain('/ci/go-build/ab/3')
    }
  )

  it('problems pruned away become part of the GBG340 notice; failures stay as GBG341', () => {
    const problems = [problem('output-hash', 1), problem('symlink', 2), problem('foreign', 3)]
    const prune = {
      mode: 'corrupt' as const,
      entries: 3,
      bytes: 500,
      corrupt: 3,
      stale: 0,
      overBudget: 0,
      trimWritten: false,
      failed: [{ ...problem('unreadable', 2), detail: 'could not remove: EACCES' }]
    }
    const findings = run(cache({ problems, prune }))
    expect(findings.map((f) => f.rule)).toEqual(['GBG305', 'GBG309', 'GBG340', 'GBG341'])
    expect(findings[2]!.message).toBe(
      'prune: corrupt removed 3 cache entries (500 B): 3 broken (1 output-hash), 0 stale, 0 over the size budget; trim.txt unchanged.'
    )
    expect(findings[2]!.severity).toBe('notice')
  })

  it.each([
    [
      { state: 'stale', lastTrim: NOW - 3 * 86400, ageSeconds: 3 * 86400 },
      'GBG320',
      'Go last trimmed /ci/go-build 3.0d ago.'
    ],
    [
      { state: 'future', lastTrim: NOW + 7200, ageSeconds: -7200 },
      'GBG321',
      'trim.txt is 2.0h in the future.'
    ],
    [
      { state: 'unparsable', raw: 'yesterday' },
      'GBG322',
      'trim.txt holds "yesterday", not a Unix time.'
    ]
  ] as const)('trim.txt %j -> %s', (trim, rule, message) => {
    expect(run(cache({ trim }))).toEqual([
      expect.objectContaining({ rule, message, location: { file: '/ci/go-build/trim.txt' } })
    ])
    expect(
      run(
        cache({
          trim,
          prune: {
            mode: 'stale',
            entries: 0,
            bytes: 0,
            corrupt: 0,
            stale: 0,
            overBudget: 0,
            trimWritten: true,
            failed: []
          }
        })
      ).map((f) => f.rule)
    ).toEqual(['GBG340'])
  })

  it('GBG323: a fresh trim.txt with stale entries left means Go is not trimming', () => {
    const f = run(cache({ staleAfter: 4 }))
    expect(f.map((x) => x.rule)).toEqual(['GBG323'])
    expect(f[0]!.message).toBe(
      'trim.txt says Go trimmed 1m ago, yet 4 entries are unused for longer than 5.0d.'
    )
    expect(run(cache({ staleAfter: 0 }))).toEqual([])
  })

  it('GBG330: over the size budget after pruning, and not under it', () => {
    expect(run(cache({ maxSizeBytes: 999, bytesAfter: 1000 }))).toEqual([
      expect.objectContaining({ rule: 'GBG330', expected: '<= 999 B', actual: '1000 B' })
    ])
    expect(run(cache({ maxSizeBytes: 1000, bytesAfter: 1000 }))).toEqual([])
  })
})
