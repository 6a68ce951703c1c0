import { describe, expect, it, jest } from '@jest/globals'
import * as core from '@actions/core'
import { formatAnnotation, selectAnnotations } from '../../src/report/annotations.js'
import type { Finding, Severity } from '../../src/types.js'

function finding(i: number, severity: Severity): Finding {
  return {
    rule: 'GBG102',
    severity,
    message: `m${i}`,
    location: { file: 'go.mod', line: i + 1, column: 1 }
  }
}

describe('selectAnnotations', () => {
  it('emits at most 10 per level, most severe first, and counts the rest', () => {
    const findings = [
      ...Array.from({ length: 30 }, (_, i) => finding(i, 'error')),
      ...Array.from({ length: 3 }, (_, i) => finding(i, 'warning'))
    ]
    const { annotations, dropped } = selectAnnotations(findings)
    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(10)
    expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(3)
    expect(dropped).toBe(20)
    expect(annotations[0]?.properties.line).toBe(1)
  })

  it('keeps absolute paths out of the file property (they cannot land in the diff)', () => {
    const { annotations } = selectAnnotations([
      {
        rule: 'GBG102',
        severity: 'error',
        message: 'x',
        location: { file: '/home/u/.config/go/env', line: 2 }
      }
    ])
    expect(annotations[0]?.properties.file).toBeUndefined()
    expect(annotations[0]?.message).toContain('[/home/u/.config/go/env:2]')
  })
})

describe('formatAnnotation', () => {
  it('escapes exactly as @actions/core does, so hostile text cannot start a command', () => {
    const hostile = 'a::error::b%0A\nc\r,d:e'
    const props = { title: 'GBG102 x,y:z', file: 'dir,a/go:mod', line: 3, col: 5 }
    const written: string[] = []
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
      written.push(String(s))
      return true
    })
    try {
      core.error(hostile, { title: props.title, file: props.file, startLine: 3, startColumn: 5 })
    } finally {
      spy.mockRestore()
    }
    const ours = formatAnnotation({ level: 'error', message: hostile, properties: props })
    expect(ours).not.toContain('\n')
    expect(ours.startsWith('::error title=')).toBe(true)
    // Same escaping of data and properties as the official client (property order may differ).
    const theirs = written.join('').trim()
    expect(theirs.slice(theirs.lastIndexOf('::'))).toBe(ours.slice(ours.lastIndexOf('::')))
    for (const p of ['title=GBG102 x%2Cy%3Az', 'file=dir%2Ca/go%3Amod', 'line=3', 'col=5']) {
      expect(theirs).toContain(p)
      expect(ours).toContain(p)
    }
  })
})

describe('selectAnnotations with the step’s own messages', () => {
  it('leaves room for them: 30 errors and a failure message make 9 + 1', () => {
    const findings = Array.from({ length: 30 }, (_, i) => finding(i, 'error'))
    const sel = selectAnnotations(findings, { error: 1 })
    expect(sel.annotations).toHaveLength(9)
    expect(sel.used).toEqual({ error: 9, warning: 0, notice: 0 })
    expect(sel.dropped).toBe(21)
    expect(sel.byFinding.get(findings[0]!)?.properties.line).toBe(1)
    expect(sel.byFinding.has(findings[9]!)).toBe(false)
    expect(selectAnnotations(findings, { error: 12 }).annotations).toHaveLength(0)
  })
})
