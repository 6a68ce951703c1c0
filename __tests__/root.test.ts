import { describe, expect, it } from '@jest/globals'
import { displayPath, isInside } from '../src/root.js'

describe('displayPath', () => {
  it('is relative to the root inside it and absolute outside', () => {
    expect(displayPath('/repo/svc/go.mod', '/repo')).toBe('svc/go.mod')
    expect(displayPath('/elsewhere/go.mod', '/repo')).toBe('/elsewhere/go.mod')
    expect(displayPath('/repository/go.mod', '/repo')).toBe('/repository/go.mod')
    expect(displayPath('/repo', '/repo')).toBe('.')
  })
})

describe('isInside', () => {
  it('accepts the directory itself and its descendants only', () => {
    expect(isInside('/repo', '/repo')).toBe(true)
    expect(isInside('/repo/a/b', '/repo')).toBe(true)
    expect(isInside('/repo2', '/repo')).toBe(false)
    expect(isInside('/', '/repo')).toBe(false)
  })
})
