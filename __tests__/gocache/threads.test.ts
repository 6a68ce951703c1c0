/**
 * The default thread count: one worker per core that the load average leaves idle besides the
 * calling thread's, never more than the cores beyond it, never fewer than none.
 */
import { describe, expect, it } from '@jest/globals'
import { idleCores } from '../../src/gocache/threads.js'

describe('idleCores', () => {
  it('starts one worker per further core on an idle machine', () => {
    expect(idleCores(2, 0)).toBe(1)
    expect(idleCores(2, 0.3)).toBe(1)
    expect(idleCores(8, 0)).toBe(7)
  })

  it('counts only the cores other work leaves idle', () => {
    expect(idleCores(4, 1.2)).toBe(2)
    expect(idleCores(4, 2.6)).toBe(0)
    expect(idleCores(2, 0.8)).toBe(0)
  })

  it('starts none on a single core or a busy machine', () => {
    expect(idleCores(1, 0)).toBe(0)
    expect(idleCores(2, 21)).toBe(0)
  })
})
