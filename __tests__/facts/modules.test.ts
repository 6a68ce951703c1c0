import { describe, expect, it } from '@jest/globals'
import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { collectModuleFacts } from '../../src/facts/modules.js'
import { tree } from '../checks/modfile/harness.js'

const mod = (path: string) => `module ${path}\n\ngo 1.22\n`

describe('collectModuleFacts', () => {
  const root = tree({
    'go.mod': mod('example.com/root'),
    'go.sum': 'example.com/x v1.0.0/go.mod h1:a=\n',
    'sub/go.mod': mod('example.com/root/sub'),
    'vendor/x/go.mod': mod('vendored'),
    'testdata/t/go.mod': mod('testdata'),
    'node_modules/n/go.mod': mod('node'),
    '.hidden/go.mod': mod('hidden'),
    'broken/go.mod': 'module example.com/broken\nrequire (\n',
    'ws/go.work': 'go 1.22\n\nuse ./a\nuse ./gone\n',
    'ws/a/go.mod': mod('example.com/a'),
    'ws/go.mod.off': ''
  })

  it('finds every go.mod under the directory, skipping vendor, testdata, node_modules and dot dirs', async () => {
    const facts = await collectModuleFacts({ root, dir: root, env: { GOWORK: '' } })
    expect(facts.work).toBeUndefined()
    expect(facts.mods.map((m) => [m.file, m.main])).toEqual([
      ['go.mod', true],
      ['sub/go.mod', false],
      ['ws/a/go.mod', false]
    ])
    expect(facts.mods[0]?.goSum?.entries.has('example.com/x v1.0.0/go.mod')).toBe(true)
    expect(facts.mods[1]?.goSum).toBeUndefined()
  })

  it('records parse errors instead of throwing', async () => {
    const facts = await collectModuleFacts({ root, dir: root, env: { GOWORK: '' } })
    expect(facts.errors).toEqual([
      {
        file: 'broken/go.mod',
        line: 3,
        column: 1,
        message: 'syntax error (unterminated block started at broken/go.mod:2:1)'
      }
    ])
  })

  it('uses the go.work GOWORK names, with its use directories', async () => {
    const facts = await collectModuleFacts({
      root,
      dir: join(root, 'ws'),
      env: { GOWORK: join(root, 'ws/go.work') }
    })
    expect(facts.work?.file).toBe('ws/go.work')
    expect(facts.work?.uses?.map((u) => [u.use.path, u.exists, u.hasGoMod])).toEqual([
      ['./a', true, true],
      ['./gone', false, false]
    ])
    expect(facts.mods.map((m) => [m.file, m.main])).toEqual([['ws/a/go.mod', true]])
  })

  it('searches upward for go.work when GOWORK is not given, and GOWORK=off disables it', async () => {
    const found = await collectModuleFacts({ root, dir: join(root, 'ws/a'), env: {} })
    expect(found.work?.file).toBe('ws/go.work')
    const off = await collectModuleFacts({ root, dir: join(root, 'ws/a'), env: { GOWORK: 'off' } })
    expect(off.work).toBeUndefined()
    expect(off.gowork).toBe('off')
    expect(off.mods.map((m) => [m.file, m.main])).toEqual([['ws/a/go.mod', true]])
  })

  it('uses the go.mod governing the directory when the directory has none', async () => {
    const facts = await collectModuleFacts({ root, dir: join(root, 'vendor'), env: { GOWORK: '' } })
    expect(facts.mods.map((m) => [m.file, m.main])).toEqual([
      ['go.mod', true],
      ['vendor/x/go.mod', false]
    ])
  })
})

describe('replacement directories', () => {
  it('tells each kind of target apart, each directory asked once however many lines name it', async () => {
    const root = tree({
      'go.mod':
        'module example.com/app\n\ngo 1.22\n\nreplace (\n' +
        '\texample.com/a => ./a\n' +
        '\texample.com/a2 => ./a/\n' +
        '\texample.com/b => ./b\n' +
        '\texample.com/file => ./afile\n' +
        '\texample.com/gone => ./gone/deeper/x\n' +
        '\texample.com/nogo => ./b/nogo\n' +
        '\texample.com/link => ./link\n' +
        ')\n',
      'a/go.mod': 'module example.com/a\n\ngo 1.21\n',
      'b/readme.txt': 'no go.mod here\n',
      afile: 'a file, not a directory\n'
    })
    symlinkSync(join(root, 'a'), join(root, 'link'))
    const facts = await collectModuleFacts({ root, dir: root, env: { GOWORK: '' } })
    const dirs = facts.mods[0]?.replaceDirs ?? []
    expect(dirs.map((d) => [d.replace.old.path, d.exists, d.hasGoMod, d.go])).toEqual([
      ['example.com/a', true, true, '1.21'],
      ['example.com/a2', true, true, '1.21'],
      ['example.com/b', true, false, undefined],
      ['example.com/file', false, false, undefined],
      ['example.com/gone', false, false, undefined],
      ['example.com/nogo', false, false, undefined],
      ['example.com/link', true, true, '1.21']
    ])
  })

  it('10,000 replacements under one missing directory: all reported missing', async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `\texample.com/m${i} => ./gone/m${i}\n`)
    const root = tree({
      'go.mod': `module example.com/big\n\ngo 1.22\n\nreplace (\n${lines.join('')})\n`
    })
    const facts = await collectModuleFacts({ root, dir: root, env: { GOWORK: '' } })
    const dirs = facts.mods[0]?.replaceDirs ?? []
    expect(dirs).toHaveLength(10_000)
    expect(dirs.every((d) => !d.exists && !d.hasGoMod)).toBe(true)
    expect(dirs[9_999]?.dir).toBe(join(root, 'gone', 'm9999'))
  })
})
