import { describe, expect, it } from '@jest/globals'
import { UsageError } from '../src/errors.js'
import { DEFAULT_BASELINE, resolveOptions } from '../src/options.js'

describe('resolveOptions', () => {
  it('applies the documented defaults', () => {
    expect(resolveOptions({}, '/repo', '/repo')).toEqual({
      mode: 'warn',
      failOn: 'error',
      baseline: undefined,
      root: '/repo',
      dir: '/repo',
      go: undefined,
      cacheVerify: 'quick',
      prune: 'off',
      maxCacheAge: undefined,
      maxCacheSize: undefined,
      comment: 'off',
      preflight: 'offline',
      report: undefined,
      sarif: undefined
    })
  })

  it('treats the default baseline path (as the runner passes it) as optional', () => {
    expect(resolveOptions({ baseline: DEFAULT_BASELINE }, '/r', '/r').baseline).toBeUndefined()
    expect(resolveOptions({ baseline: 'ci/baseline.yml' }, '/r', '/r').baseline).toBe(
      'ci/baseline.yml'
    )
  })

  it('resolves the working directory against the given directory', () => {
    expect(resolveOptions({ 'working-directory': 'svc/api' }, '/r', '/r').dir).toBe('/r/svc/api')
  })

  it('rejects a bad enum value with the allowed values', () => {
    expect(() => resolveOptions({ prune: 'everything' }, '/r', '/r')).toThrow(UsageError)
    expect(() => resolveOptions({ prune: 'everything' }, '/r', '/r')).toThrow(
      "invalid value 'everything' for prune: expected one of 'off', 'corrupt', 'stale', 'all'"
    )
  })
})
