/**
 * Directory handles: exact (through /proc/self/fd) on Linux, path-checked elsewhere. Both remove
 * the same things; the path-checked form refuses a directory replaced since it was opened.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import { DirHandle } from '../../src/gocache/handles.js'
import { Remover } from '../../src/gocache/remove.js'
import { tempDir } from './helpers.js'

const ID = 'ab' + '3'.repeat(62)

afterEach(() => {
  delete process.env.GBG_CACHE_HANDLES
})

function fixture(): { root: string; outside: string } {
  const base = tempDir('handles')
  const root = path.join(base, 'cache')
  const outside = path.join(base, 'outside')
  mkdirSync(path.join(root, 'ab', `${ID}-d`), { recursive: true })
  mkdirSync(outside)
  writeFileSync(path.join(outside, 'precious'), 'keep me\n')
  writeFileSync(path.join(root, 'ab', `${ID}-d`, 'a'), 'a')
  symlinkSync(outside, path.join(root, 'ab', `${ID}-d`, 'link'))
  return { root, outside }
}

describe.each([
  ['exact', undefined, process.platform === 'linux'],
  ['path-checked', 'paths', false]
])('%s handles', (_name, mode, exact) => {
  it('remove a tree holding a link to the outside without following it', () => {
    if (mode) process.env.GBG_CACHE_HANDLES = mode
    const { root, outside } = fixture()
    const r = new Remover(root)
    expect(r.exact).toBe(exact)
    r.remove(path.join(root, 'ab', `${ID}-d`))
    r.close()
    expect(r.failed).toEqual([])
    expect(r.entries).toBe(1)
    expect(existsSync(path.join(root, 'ab', `${ID}-d`))).toBe(false)
    expect(readFileSync(path.join(outside, 'precious'), 'utf8')).toBe('keep me\n')
  })

  it('refuse names that are not a single component, and paths outside the root', () => {
    if (mode) process.env.GBG_CACHE_HANDLES = mode
    const { root, outside } = fixture()
    const r = new Remover(root)
    expect(() => r.remove(path.join(root, 'ab', '..', '..', 'outside', 'precious'))).toThrow(
      /refusing to remove/
    )
    expect(() => r.remove(outside)).toThrow(/refusing to remove/)
    r.close()
    expect(existsSync(path.join(outside, 'precious'))).toBe(true)
  })

  it('a directory renamed away after it was opened', () => {
    if (mode) process.env.GBG_CACHE_HANDLES = mode
    const { root } = fixture()
    const h = DirHandle.openRoot(root)
    const sub = h.openChild('ab', h.dev)
    renameSync(path.join(root, 'ab'), path.join(root, 'moved'))
    mkdirSync(path.join(root, 'ab'))
    if (exact) {
      // The descriptor still names the directory it opened, wherever it went.
      expect(sub.list()).toEqual([`${ID}-d`])
    } else {
      // The path now names another directory: refused.
      expect(() => sub.list()).toThrow(/was replaced since it was opened/)
    }
    sub.close()
    h.close()
  })
})
