import { describe, expect, it } from '@jest/globals'
import { limiter } from '../../src/facts/modules.js'

describe('limiter (the DirProbe queue)', () => {
  it('runs every call, at most `limit` at once, in the order asked', async () => {
    const run = limiter(3)
    let active = 0
    let most = 0
    const started: number[] = []
    const calls = Array.from({ length: 1000 }, (_, i) =>
      run(async () => {
        started.push(i)
        active++
        most = Math.max(most, active)
        await new Promise((r) => setImmediate(r))
        active--
        return i * 2
      })
    )
    const results = await Promise.all(calls)
    expect(results).toEqual(Array.from({ length: 1000 }, (_, i) => i * 2))
    expect(most).toBe(3)
    expect(started).toEqual(Array.from({ length: 1000 }, (_, i) => i))
  })

  it('keeps working after its queue drained, and after a call failed', async () => {
    const run = limiter(1)
    await expect(run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(await Promise.all([run(async () => 1), run(async () => 2)])).toEqual([1, 2])
    expect(await run(async () => 3)).toBe(3)
  })
})
