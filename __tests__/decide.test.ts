import { describe, expect, it } from '@jest/globals'
import { compareFindings, decide } from '../src/decide.js'
import type { Finding, Severity } from '../src/types.js'

const f = (severity: Severity, file?: string, line?: number): Finding => ({
  rule: 'GBG999',
  severity,
  message: 'm',
  ...(file ? { location: { file, ...(line ? { line } : {}) } } : {})
})

describe('decide', () => {
  it('fails under enforce only for findings at or above fail-on', () => {
    expect(decide([f('error')], 'enforce', 'error')).toMatchObject({
      result: 'fail',
      violations: 1
    })
    expect(decide([f('warning')], 'enforce', 'error')).toMatchObject({
      result: 'warn',
      violations: 0
    })
    expect(decide([f('warning')], 'enforce', 'warning')).toMatchObject({
      result: 'fail',
      violations: 1
    })
    expect(decide([f('notice')], 'enforce', 'warning')).toMatchObject({
      result: 'pass',
      violations: 0
    })
  })

  it('never fails under warn', () => {
    expect(decide([f('error'), f('error')], 'warn', 'error')).toMatchObject({
      result: 'warn',
      violations: 2
    })
    expect(decide([], 'warn', 'error')).toMatchObject({ result: 'pass', violations: 0 })
  })

  it('counts by severity', () => {
    expect(
      decide([f('error'), f('warning'), f('notice'), f('notice')], 'warn', 'error').counts
    ).toEqual({
      errors: 1,
      warnings: 1,
      notices: 2
    })
  })
})

describe('compareFindings', () => {
  it('orders by severity, then file and line', () => {
    const sorted = [
      f('notice', 'a', 1),
      f('error', 'b', 2),
      f('error', 'b', 1),
      f('warning'),
      f('error', 'a', 9)
    ].sort(compareFindings)
    expect(
      sorted.map((x) => `${x.severity}:${x.location?.file ?? '-'}:${x.location?.line ?? '-'}`)
    ).toEqual(['error:a:9', 'error:b:1', 'error:b:2', 'warning:-:-', 'notice:a:1'])
  })
})
