/**
 * GBG241 against the real go: go reads a checksum only for what the build loads. A line for a
 * module the module's own packages import is needed (go fails: an error); a line go may never
 * read (an import only under another build tag) is a warning, because go builds.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { modfileChecks } from '../../../src/checks/modfile.js'
import { runGo } from '../../modfile/gotool.js'
import { factsFor, runChecks, tree } from './harness.js'
import { fileProxy } from './proxy.js'

const PLATFORM = { GOOS: 'linux', GOARCH: 'amd64', GOVERSION: 'go1.26.8', CGO_ENABLED: '0' }
const sev = (fs: { rule: string; severity: string; location?: { line?: number } }[]) =>
  fs.filter((f) => f.rule === 'GBG241').map((f) => `${f.severity} go.mod:${f.location?.line}`)

describe('GBG241: checksums the build needs', () => {
  const proxy = fileProxy()
  for (const name of ['dep', 'tagged']) {
    proxy.publish(`example.com/${name}`, 'v1.0.0', {
      'go.mod': `module example.com/${name}\n\ngo 1.16\n`,
      [`${name}.go`]: `package ${name}\n`
    })
  }
  /** A module requiring dep and tagged, its go.sum filled by go, then `drop` lines removed. */
  async function module(goLine: string, files: Record<string, string>, drop: RegExp) {
    const root = tree({
      'go.mod': `module example.com/app\n\ngo ${goLine}\n\nrequire (\n\texample.com/dep v1.0.0\n\texample.com/tagged v1.0.0\n)\n`,
      'go.sum': '',
      ...files
    })
    const dl = await runGo(
      ['mod', 'download', 'example.com/dep', 'example.com/tagged'],
      root,
      proxy.env()
    )
    expect(dl.code).toBe(0)
    // go mod download may raise the go line; the case is about the one written above.
    expect(readFileSync(`${root}/go.mod`, 'utf8')).toContain(`go ${goLine}\n`)
    const sum = readFileSync(`${root}/go.sum`, 'utf8').split('\n')
    expect(sum.filter((l) => l.startsWith('example.com/'))).toHaveLength(4)
    writeFileSync(`${root}/go.sum`, sum.filter((l) => !drop.test(l)).join('\n'))
    return root
  }
  const linuxImportsDep = 'package main\n\nimport _ "example.com/dep"\n\nfunc main() {}\n'
  const onlyTagged = {
    'main.go': linuxImportsDep,
    'sonic.go': '//go:build sonic\n\npackage main\n\nimport _ "example.com/tagged"\n',
    'w_windows.go': 'package main\n\nimport _ "example.com/tagged"\n'
  }

  it('a zip line of a module a package imports: go fails, an error at its require line', async () => {
    const root = await module(
      '1.22',
      { 'main.go': linuxImportsDep },
      /^example\.com\/dep v1\.0\.0 h1:/
    )
    const go = await runGo(['list', '-deps', '-test', './...'], root, proxy.env({ GOOS: 'linux' }))
    expect(go.code).not.toBe(0)
    expect(go.stderr).toContain('missing go.sum entry for module providing package example.com/dep')
    expect(sev(runChecks(modfileChecks, await factsFor(root, PLATFORM)))).toEqual([
      'error go.mod:6'
    ])
  })

  it('a zip line of a module imported only under another tag or GOOS: go builds, a warning', async () => {
    const root = await module('1.22', onlyTagged, /^example\.com\/tagged v1\.0\.0 h1:/)
    const go = await runGo(['list', '-deps', '-test', './...'], root, proxy.env({ GOOS: 'linux' }))
    expect(go).toMatchObject({ code: 0 })
    const f = runChecks(modfileChecks, await factsFor(root, PLATFORM)).filter(
      (x) => x.rule === 'GBG241'
    )
    expect(sev(f)).toEqual(['warning go.mod:7'])
    expect(f[0]?.message).toContain('No package of example.com/app imports it for linux/amd64')
    // For windows the same import is loaded: go fails there, and the gate says error.
    const win = await runGo(
      ['list', '-deps', '-test', './...'],
      root,
      proxy.env({ GOOS: 'windows' })
    )
    expect(win.code).not.toBe(0)
    expect(win.stderr).toContain(
      'missing go.sum entry for module providing package example.com/tagged'
    )
    const onWindows = { ...PLATFORM, GOOS: 'windows' }
    expect(sev(runChecks(modfileChecks, await factsFor(root, onWindows)))).toEqual([
      'error go.mod:7'
    ])
  })

  it('a go.mod line below go 1.17 (the whole graph is loaded): go fails even unimported, an error', async () => {
    const root = await module('1.16', onlyTagged, /^example\.com\/tagged v1\.0\.0\/go\.mod /)
    const go = await runGo(['list', '-deps', '-test', './...'], root, proxy.env({ GOOS: 'linux' }))
    expect(go.code).not.toBe(0)
    expect(go.stderr).toContain('example.com/tagged@v1.0.0: missing go.sum entry for go.mod file')
    expect(sev(runChecks(modfileChecks, await factsFor(root, PLATFORM)))).toEqual([
      'error go.mod:7'
    ])
  })
})
