import { beforeAll, describe, expect, it } from '@jest/globals'
import {
  compareGoVersions,
  goVersionInRange,
  goVersionToSemver,
  isValidGoRange,
  loadSemver,
  parseGoVersion
} from '../src/goversion.js'

describe('parseGoVersion', () => {
  it('accepts language versions, releases, prereleases and toolchain names', () => {
    expect(parseGoVersion('1.21')).toEqual({ major: 1, minor: 21, patch: -1, kind: '', pre: 0 })
    expect(parseGoVersion('go1.22.3')).toEqual({ major: 1, minor: 22, patch: 3, kind: '', pre: 0 })
    expect(parseGoVersion('1.21rc2')).toEqual({
      major: 1,
      minor: 21,
      patch: -1,
      kind: 'rc',
      pre: 2
    })
  })
  it('rejects malformed versions', () => {
    for (const bad of [
      '',
      'go',
      '1.',
      '1.21.',
      '01.2',
      '1.02',
      'v1.21',
      '1.21-rc1',
      '1.21.0rc1',
      '2'
    ])
      expect(parseGoVersion(bad)).toBeUndefined()
  })
})

describe('compareGoVersions', () => {
  it('orders as Go does: 1.21 < 1.21rc1 < 1.21.0 < 1.21.1 < 1.22', () => {
    const sorted = ['1.22', '1.21.1', '1.21.0', '1.21rc1', '1.21', '1.21beta1'].sort(
      compareGoVersions
    )
    expect(sorted).toEqual(['1.21', '1.21beta1', '1.21rc1', '1.21.0', '1.21.1', '1.22'])
  })
  it('treats the go prefix as the same version', () => {
    expect(compareGoVersions('go1.22.3', '1.22.3')).toBe(0)
  })
})

describe('ranges', () => {
  beforeAll(loadSemver)

  it('matches Go versions against semver ranges', () => {
    expect(goVersionToSemver('1.21rc2')).toBe('1.21.0-rc.2')
    expect(goVersionInRange('go1.23.4', '>=1.22.0 <1.24')).toBe(true)
    expect(goVersionInRange('go1.24.0', '>=1.22.0 <1.24')).toBe(false)
    expect(goVersionInRange('1.22', '>=1.22.0')).toBe(true)
    expect(goVersionInRange('devel', '>=1.22.0')).toBeUndefined()
  })
  it('validates ranges', () => {
    expect(isValidGoRange('>=1.22.0 <1.24')).toBe(true)
    expect(isValidGoRange('>=banana')).toBe(false)
  })
})
