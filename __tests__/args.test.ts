import { describe, expect, it } from '@jest/globals'
import { parseFlags } from '../src/args.js'
import { UsageError } from '../src/errors.js'

const OPTIONS = { 'cache-verify': { type: 'string' }, force: { type: 'boolean' } } as const

function error(fn: () => unknown): UsageError {
  try {
    fn()
  } catch (e) {
    if (e instanceof UsageError) return e
  }
  throw new Error('expected a UsageError')
}

describe('parseFlags', () => {
  it('parses flags and up to the allowed positionals', () => {
    const r = parseFlags(
      'cache',
      ['stats', '--cache-verify', 'full', '--force'],
      OPTIONS,
      'usage',
      1
    )
    expect(r.values).toEqual({ 'cache-verify': 'full', force: true })
    expect(r.positionals).toEqual(['stats'])
  })

  it('names the command and suggests the flag for a typo', () => {
    expect(error(() => parseFlags('check', ['--cache-verfy', 'x'], OPTIONS, 'usage')).message).toBe(
      `unknown argument '--cache-verfy' for check (did you mean "--cache-verify"?)`
    )
  })

  it('rejects a missing value and an unexpected argument, with the usage as the fix', () => {
    expect(error(() => parseFlags('check', ['--cache-verify'], OPTIONS, 'the usage')).fix).toBe(
      'the usage'
    )
    expect(error(() => parseFlags('check', ['extra'], OPTIONS, 'usage')).message).toBe(
      "unexpected argument 'extra' for check"
    )
  })
})
