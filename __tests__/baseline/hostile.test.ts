/** Hostile and broken baseline files: each is a clear UsageError (exit 2), found quickly. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { BASELINE_LIMITS } from '../../src/baseline/source.js'
import { loadBaseline, MAX_BASELINE_BYTES } from '../../src/baseline/load.js'
import { matchEnvValue } from '../../src/baseline/env.js'
import { UsageError } from '../../src/errors.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'gbg-hostile-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const target = { goos: 'linux', goarch: 'amd64', runnerOs: 'Linux' }

function loadPath(file: string) {
  return loadBaseline({ path: file, root: dir, defaultPath: 'x', ...target })
}

async function errorOf(p: Promise<unknown>): Promise<UsageError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(UsageError)
  return err as UsageError
}

let n = 0
function write(text: string): string {
  const file = path.join(dir, `b${n++}.yml`)
  writeFileSync(file, text)
  return file
}

describe('only a regular file is read', () => {
  it('a FIFO at the baseline path is refused without blocking', async () => {
    const fifo = path.join(dir, 'fifo.yml')
    execFileSync('mkfifo', [fifo])
    const err = await errorOf(loadPath(fifo))
    expect(err.message).toBe('the baseline fifo.yml is a FIFO (named pipe), not a regular file')
    expect(err.location).toEqual({ file: 'fifo.yml' })
  })

  it('a directory and a character device are refused', async () => {
    mkdirSync(path.join(dir, 'adir'))
    expect((await errorOf(loadPath(path.join(dir, 'adir')))).message).toContain(
      'is a directory, not a regular file'
    )
    expect((await errorOf(loadPath('/dev/zero'))).message).toContain(
      'is a character device, not a regular file'
    )
  })

  it(`a file over ${MAX_BASELINE_BYTES} bytes is refused before parsing; one at the limit loads`, async () => {
    const head = 'version: 1\n'
    const filler = (bytes: number) => `#${'x'.repeat(bytes - 2)}\n`
    const atLimit = write(head + filler(MAX_BASELINE_BYTES - head.length))
    await expect(loadPath(atLimit)).resolves.toMatchObject({ builtin: false })
    const over = write(head + filler(MAX_BASELINE_BYTES - head.length + 1))
    const err = await errorOf(loadPath(over))
    expect(err.message).toMatch(/is 1048577 bytes; at most 1048576 bytes \(1 MiB\) are read$/)
    expect(err.location).toMatchObject({ line: 1, column: 1 })
  })
})

describe('aliases, depth and duplicates', () => {
  it('a billion-laughs file stops at the alias that expands too far, with its position', async () => {
    const lines = ['version: 1', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (const [name, prev] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
      ['g', 'f'],
      ['h', 'g'],
      ['i', 'h']
    ])
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`)
    const err = await errorOf(loadPath(write(lines.join('\n') + '\n')))
    expect(err.message).toBe(
      `the aliases in the baseline expand to more than ${BASELINE_LIMITS.aliasedValues} values (at this alias)`
    )
    // d (9*9*9 values per alias) is the first line whose aliases cross the limit together.
    expect(err.location).toMatchObject({ line: 6 })
    expect(err.location?.column).toBeGreaterThan(1)
  })

  it('an anchor used many times is fine (no arbitrary alias count)', async () => {
    const uses = Array.from({ length: 150 }, (_, i) => `  - when: { goos: os${i} }\n    env: *e`)
    const text = `version: 1\nenv: &e\n  CGO_ENABLED: "0"\noverrides:\n${uses.join('\n')}\n`
    const b = await loadPath(write(text))
    expect(b.env.map((e) => e.key)).toEqual(['CGO_ENABLED'])
  })

  it(`nesting deeper than ${BASELINE_LIMITS.depth} levels is refused where it happens`, async () => {
    const deep = (levels: number) => `version: 1\nx: ${'['.repeat(levels)}${']'.repeat(levels)}\n`
    const err = await errorOf(loadPath(write(deep(BASELINE_LIMITS.depth + 5))))
    expect(err.message).toBe(
      `the baseline nests values more than ${BASELINE_LIMITS.depth} levels deep here`
    )
    expect(err.location).toMatchObject({ line: 2, column: 3 + BASELINE_LIMITS.depth })
    // Deep enough to exhaust the parser's stack: still a placed message, not a crash.
    const deeper = await errorOf(loadPath(write(deep(5000))))
    expect(deeper.message).toBe('the baseline nests values too deeply to be read')
    expect(deeper.location).toMatchObject({ line: 2 })
    // An alias that refers to its own anchor is infinitely deep.
    const self = await errorOf(loadPath(write('version: 1\nx: &a [1, *a]\n')))
    expect(self.message).toMatch(/levels deep here \(through this alias\)$/)
    expect(self.location).toMatchObject({ line: 2, column: 11 })
  })

  it('thousands of duplicate keys: the first duplicate is reported', async () => {
    const text = `version: 1\nenv:\n${'  GOFLAGS: x\n'.repeat(50_000)}`
    const err = await errorOf(loadPath(write(text)))
    expect(err.message).toBe('duplicate key "GOFLAGS" (first at line 3)')
    expect(err.location).toMatchObject({ line: 4, column: 3 })
  })

  it('thousands of bad keys: the message lists the first twenty and counts the rest', async () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `  NOTAKEY${i}: x\n`).join('')
    const err = await errorOf(loadPath(write(`version: 1\nenv:\n${keys}`)))
    expect(err.location).toMatchObject({ line: 3, column: 3 })
    expect(err.message.split('\n')).toHaveLength(21)
    expect(err.message).toMatch(/\n {2}\.\.\. and 29980 more$/)
  })
})

describe('regular expressions run in linear time', () => {
  it('a catastrophic pattern for a backtracking engine answers at once', async () => {
    const b = await loadPath(write('version: 1\nenv:\n  GOFLAGS: { regex: "(a+)+$" }\n'))
    const [exp] = b.env
    expect(exp?.matcher).toEqual({ kind: 'regex', pattern: '(a+)+$' })
    const ctx = { os: 'linux' as const, placeholders: {} }
    // 2^33 steps for a backtracking engine; RE2 is linear in the value.
    expect(matchEnvValue('GOFLAGS', `${'a'.repeat(33)}!`, exp!.matcher, ctx).ok).toBe(false)
    expect(matchEnvValue('GOFLAGS', 'a'.repeat(33), exp!.matcher, ctx).ok).toBe(true)
  })

  it('backreferences and lookaround are refused at load, with their position', async () => {
    for (const [pattern, why] of [
      ['(a)\\\\1', 'invalid escape sequence: `\\1`'],
      ['(?=a)a', 'invalid or unsupported Perl syntax: `(?=`']
    ]) {
      const err = await errorOf(
        loadPath(write(`version: 1\nenv:\n  GOFLAGS: { regex: "${pattern}" }\n`))
      )
      expect(err.message).toBe(`invalid baseline: invalid regular expression for GOFLAGS: ${why}`)
      expect(err.location).toMatchObject({ line: 3, column: 21 })
    }
  })
})

describe('suggestions stay cheap', () => {
  it('an unknown key of 500,000 characters is reported (without a suggestion)', async () => {
    const key = `GO${'X'.repeat(500_000)}`
    // An explicit key (`? `): YAML limits implicit keys to 1024 characters.
    const err = await errorOf(loadPath(write(`version: 1\nenv:\n  ? ${key}\n  : x\n`)))
    const expected = `invalid baseline: unknown go env key "${key}" in env`
    expect(err.message.length).toBe(expected.length)
    expect(err.message === expected).toBe(true)
    expect(err.location).toMatchObject({ line: 3, column: 5 })
  })
})
