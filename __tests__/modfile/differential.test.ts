/**
 * Differential test: the TypeScript parser against the real `go mod edit -json` /
 * `go work edit -json`, over real go.mod files of well-known modules (fetched through the Go
 * module proxy into __fixtures__/modfile/corpus/real), hand-written edge cases, and generated
 * mutations. Files Go accepts must parse to the same JSON; files Go rejects must be rejected
 * with the same errors (line, column, message).
 *
 * Extra corpora (e.g. a held-back one) can be added with MODFILE_CORPUS=dir1:dir2; files
 * ending in `.work` (or named go.work) are go.work files, everything else go.mod.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import {
  ModfileSyntaxError,
  modFileJSON,
  parseGoMod,
  parseGoWork,
  withoutPositions,
  workFileJSON
} from '../../src/modfile/index.js'
import { goEditJSON, pool } from './gotool.js'
import { mutate } from './mutate.js'

const CORPUS = join(process.cwd(), '__fixtures__/modfile/corpus')

interface Case {
  name: string
  text: string
  work: boolean
}

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? filesIn(p) : [p]
  })
}

function casesFrom(dir: string): Case[] {
  return filesIn(dir)
    .sort()
    .map((p) => ({
      name: p,
      text: readFileSync(p, 'utf8'),
      work: p.endsWith('.work') || basename(p) === 'go.work'
    }))
}

type Outcome = { ok: true; json: unknown } | { ok: false; errors: string[] }

function ours(c: Case): Outcome {
  const file = c.work ? 'go.work' : 'go.mod'
  try {
    const json = c.work
      ? workFileJSON(parseGoWork(c.text, file))
      : modFileJSON(parseGoMod(c.text, file))
    const goShape = withoutPositions(json) as Record<string, unknown>
    if (c.work) {
      // go work edit -json does not print these two.
      delete goShape.Toolchain
      delete goShape.GoDebug
    }
    return { ok: true, json: goShape }
  } catch (e) {
    if (!(e instanceof ModfileSyntaxError)) throw e
    return {
      ok: false,
      errors: e.errors.map((x) => `${x.line}:${x.column}: ${x.message.split('\n')[0]}`)
    }
  }
}

let counter = 0
const scratch = mkdtempSync(join(tmpdir(), 'gbg-diff-'))

async function theirs(c: Case): Promise<Outcome> {
  const dir = join(scratch, String(counter++))
  mkdirSync(dir)
  const name = c.work ? 'go.work' : 'go.mod'
  writeFileSync(join(dir, name), c.text)
  const r = await goEditJSON(dir, name, c.work)
  if (r.ok) return { ok: true, json: r.json }
  if (r.errors.length === 0)
    throw new Error(`go failed without parse errors on ${c.name}: ${r.stderr}`)
  return { ok: false, errors: r.errors.map((x) => `${x.line}:${x.column}: ${x.message}`) }
}

async function mismatches(
  cases: Case[]
): Promise<Array<{ name: string; go: Outcome; ours: Outcome }>> {
  const results = await pool(cases, 2, async (c) => ({
    name: c.name,
    go: await theirs(c),
    ours: ours(c)
  }))
  return results.filter((r) => JSON.stringify(r.go) !== JSON.stringify(r.ours))
}

const real = casesFrom(join(CORPUS, 'real'))
const edge = casesFrom(join(CORPUS, 'edge'))
const extra = (process.env.MODFILE_CORPUS ?? '').split(':').filter(Boolean).flatMap(casesFrom)

describe('parser agrees with the go command', () => {
  it('has a real-world corpus of at least 100 go.mod files', () => {
    expect(real.length).toBeGreaterThanOrEqual(100)
  })

  it('parses real go.mod files of well-known modules exactly as go mod edit -json', async () => {
    expect(await mismatches(real)).toEqual([])
  })

  it('agrees on the grammar edge cases, including the files Go rejects (same line and column)', async () => {
    const results = await mismatches(edge)
    expect(results).toEqual([])
    // The edge corpus exercises both sides: accepted and rejected files.
    const outcomes = edge.map(ours)
    expect(outcomes.filter((o) => o.ok).length).toBeGreaterThan(15)
    expect(outcomes.filter((o) => !o.ok).length).toBeGreaterThan(15)
  })

  it('agrees on generated mutations of real files', async () => {
    const sources = [...real, ...edge.filter((c) => !c.work)]
    const cases = mutate(sources, 160, 20260101)
    expect(await mismatches(cases)).toEqual([])
  })

  it('agrees on the extra corpora given in MODFILE_CORPUS', async () => {
    expect(await mismatches(extra)).toEqual([])
  })
})
