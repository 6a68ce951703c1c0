import { describe, expect, it } from '@jest/globals'
import { logText } from '../src/log.js'
import { parseCommands } from '../__fixtures__/runner.js'

function capture(text: string): string {
  let out = ''
  logText(text, (s) => (out += s))
  return out
}

describe('logText', () => {
  it('writes plain text as it is', () => {
    expect(capture('hello\nworld')).toBe('hello\nworld\n')
  })

  it('keeps hostile lines, even indented ones, from running as commands', () => {
    const out = capture('ok\n        ::error file=x::pwned\n::set-output name=a::b')
    expect(parseCommands(out)).toEqual([])
    expect(out).toContain('::error file=x::pwned')
    expect(parseCommands('  ::error file=x::pwned')).toHaveLength(1)
  })

  it('uses a fresh token each time', () => {
    const a = /stop-commands::(.+)/.exec(capture('::x'))?.[1]
    const b = /stop-commands::(.+)/.exec(capture('::x'))?.[1]
    expect(a).toBeDefined()
    expect(a).not.toBe(b)
  })
})
