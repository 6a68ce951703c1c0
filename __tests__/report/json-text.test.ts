import { describe, expect, it } from '@jest/globals'
import { jsonPieces, jsonText, LazyArray } from '../../src/report/json-text.js'

const pretty = (v: unknown): string => JSON.stringify(v, null, 2) + '\n'

function items(n: number, make: (i: number) => unknown = (i) => ({ i, s: `item "${i}"\n` })) {
  return Array.from({ length: n }, (_, i) => make(i))
}

describe('jsonText', () => {
  it('is the text of JSON.stringify(value, null, 2) for small values of every kind', () => {
    const values: unknown[] = [
      null,
      0,
      -1.5e300,
      'plain',
      'quote " backslash \\ newline \n tab \t control \u0001',
      true,
      [],
      {},
      [[]],
      { a: {}, b: [], c: [[], {}] },
      { u: undefined, f: () => 1, n: null, nested: { d: new Date(0) } },
      [undefined, () => 1, 3],
      { 1: 'integer keys first', b: 2, a: 1 }
    ]
    for (const v of values) expect(jsonText(v)).toBe(pretty(v))
  })

  it('is the same text for large arrays at any depth, around every group boundary', () => {
    for (const n of [511, 512, 513, 1024, 1025, 3000]) {
      const value = {
        schemaVersion: 1,
        findings: items(n),
        runs: [{ tool: { rules: items(3) }, results: items(n), empty: [] }],
        matrix: [items(n, (i) => [i, null, { k: [i] }])],
        after: 'end'
      }
      expect(jsonText(value)).toBe(pretty(value))
    }
    const top = items(2000, (i) => (i % 7 === 0 ? undefined : i))
    expect(jsonText(top)).toBe(pretty(top))
  })

  it('compact, is the text of JSON.stringify(value): small values, large arrays, lazy ones', () => {
    const compact = (v: unknown): string => JSON.stringify(v) + '\n'
    const small: unknown[] = [
      null,
      'q " \\ \n',
      [],
      {},
      [[]],
      { u: undefined, n: null, a: [1, [2]] }
    ]
    for (const v of small) expect(jsonText(v, true)).toBe(compact(v))
    for (const n of [63, 64, 65, 129, 3000]) {
      const value = {
        findings: items(n),
        runs: [{ results: items(n), empty: [] }],
        matrix: [items(n, (i) => [i, null, { k: [i] }])],
        sparse: items(n, (i) => (i % 7 === 0 ? undefined : i))
      }
      expect(jsonText(value, true)).toBe(compact(value))
      expect([...jsonPieces(value, true)].join('')).toBe(compact(value))
    }
    const lazy = new LazyArray(
      items(700, (i) => i),
      (x) => ({ x })
    )
    expect(jsonText({ r: lazy }, true)).toBe(compact({ r: lazy.toJSON() }))
  })

  it('makes the elements of a LazyArray when written, in order, as the array they stand for', () => {
    const source = items(1500, (i) => i)
    const made: number[] = []
    const lazy = new LazyArray(source, (x, i) => {
      made.push(i)
      return { x, twice: (x as number) * 2 }
    })
    const plain = source.map((x) => ({ x, twice: (x as number) * 2 }))
    const pieces = jsonPieces({ head: 1, results: lazy, tail: [] })
    expect(made).toEqual([]) // nothing made before the text is asked for
    expect([...pieces].join('')).toBe(pretty({ head: 1, results: plain, tail: [] }))
    expect(made).toEqual(source)
    // empty, and small inside a value written whole
    expect(jsonText({ a: new LazyArray([], (x) => x) })).toBe(pretty({ a: [] }))
    expect(jsonText({ a: [new LazyArray([1, 2], (x) => x * 3)] })).toBe(pretty({ a: [[3, 6]] }))
  })

  it('writes characters outside ASCII as \\u escapes: the same JSON value, ASCII text', () => {
    const value = {
      rules: ['module … appears twice', 'é', '\u202e', '😀', '\ud800 lone'],
      findings: items(1000, (i) => ({ message: i === 999 ? `last … ${i}` : `plain ${i}` }))
    }
    const text = jsonText(value)
    expect(JSON.parse(text)).toEqual(JSON.parse(pretty(value)))
    expect(Buffer.byteLength(text, 'utf8')).toBe(text.length)
    expect(text).toContain('"module \\u2026 appears twice"')
    expect(text).toContain('"\\ud83d\\ude00"')
    expect(text).toContain('"last \\u2026 999"')
  })

  it('never holds a whole large array in one piece', () => {
    const value = { findings: items(10_000) }
    const pieces = [...jsonPieces(value)]
    expect(pieces.length).toBeGreaterThan(10)
    const longest = Math.max(...pieces.map((p) => p.length))
    expect(longest).toBeLessThan(pieces.join('').length / 10)
  })
})
