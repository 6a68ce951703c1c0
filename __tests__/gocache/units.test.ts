import { describe, expect, it } from '@jest/globals'
import { parseDuration, parseSize, spannedDuration } from '../../src/gocache/units.js'
import { UsageError } from '../../src/errors.js'

describe('parseDuration', () => {
  it.each([
    ['5d', 432000],
    ['36h', 129600],
    ['1d12h', 129600],
    ['90m', 5400],
    ['2w', 1209600],
    ['1.5h', 5400]
  ])('%s', (text, seconds) => expect(parseDuration(text, 'max-cache-age')).toBe(seconds))

  it.each(['', '5', 'five days', '5x', '0d', '-1d'])('rejects %j with a usage error', (text) => {
    expect(() => parseDuration(text, 'max-cache-age')).toThrow(UsageError)
  })

  it('points at the baseline line and says how to write it', () => {
    const location = { file: '.github/go-baseline.yml', line: 7, column: 12 }
    try {
      spannedDuration({ value: '5 days', location }, 'max-cache-age')
      throw new Error('no error')
    } catch (err) {
      expect(err).toBeInstanceOf(UsageError)
      expect((err as UsageError).format()).toBe(
        '.github/go-baseline.yml:7:12: invalid max-cache-age "5 days"\n  fix: write a duration such as 5d, 36h, 1d12h or 90m (units: s, m, h, d, w)'
      )
    }
  })
})

describe('parseSize', () => {
  it.each([
    ['2GiB', 2 * 1024 ** 3],
    ['500MB', 500e6],
    ['1.5G', 1.5 * 1024 ** 3],
    ['1048576', 1048576],
    ['10 kib', 10240]
  ])('%s', (text, bytes) => expect(parseSize(text, 'max-cache-size')).toBe(bytes))

  it.each(['', 'GiB', '2 parsecs', '-1MB'])('rejects %j', (text) => {
    expect(() => parseSize(text, 'max-cache-size')).toThrow(/invalid max-cache-size/)
  })
})
