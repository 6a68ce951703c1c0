import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { readEvent } from '../src/event.js'

describe('readEvent', () => {
  it('reads the payload, and is {} when it is missing, unreadable or not an object', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gbg-event-'))
    const file = (name: string, text: string) => {
      writeFileSync(path.join(dir, name), text)
      return path.join(dir, name)
    }
    expect(
      readEvent({ GITHUB_EVENT_PATH: file('pr.json', '{"pull_request":{"number":7}}') })
    ).toEqual({
      pull_request: { number: 7 }
    })
    expect(readEvent({})).toEqual({})
    expect(readEvent({ GITHUB_EVENT_PATH: path.join(dir, 'missing.json') })).toEqual({})
    expect(readEvent({ GITHUB_EVENT_PATH: file('bad.json', '{not json') })).toEqual({})
    expect(readEvent({ GITHUB_EVENT_PATH: file('null.json', 'null') })).toEqual({})
  })
})
