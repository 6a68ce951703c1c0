import { describe, expect, it } from '@jest/globals'
import { mkdirSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { checkCacheRoot } from '../../src/gocache/safety.js'
import { tempDir } from './helpers.js'

const base = tempDir('safety')
const home = path.join(base, 'home')
const goroot = path.join(base, 'go')
const workspace = path.join(home, 'work', 'repo')
const places = { homes: [home], goroot, workspace }
for (const d of [home, goroot, workspace]) mkdirSync(d, { recursive: true })

describe('checkCacheRoot', () => {
  it('accepts a dedicated directory, and one inside the workspace', () => {
    const cache = path.join(home, '.cache', 'go-build')
    expect(checkCacheRoot(cache, places)).toBe(cache)
    expect(checkCacheRoot(path.join(workspace, '.gocache'), places)).toBe(
      path.join(workspace, '.gocache')
    )
  })

  it.each([
    ['/', /it is the file-system root/],
    [home, /it is a home directory/],
    [goroot, /it is GOROOT/],
    [workspace, /it is the workspace/],
    [path.join(home, 'work'), /it is an ancestor of a home directory|an ancestor of the workspace/],
    [base, /an ancestor of a home directory/]
  ])('refuses %s', (root, why) => {
    expect(() => checkCacheRoot(root, places)).toThrow(why)
  })

  it('refuses a symlink whose target is protected, and off / relative roots', () => {
    const link = path.join(base, 'innocent-looking')
    symlinkSync(home, link)
    expect(() => checkCacheRoot(link, places)).toThrow(/home directory/)
    expect(() => checkCacheRoot('off', places)).toThrow(/GOCACHE=off/)
    expect(() => checkCacheRoot('cache', places)).toThrow(/not an absolute path/)
  })
})
