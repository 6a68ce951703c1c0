/** Build constraints and import parsing for the go.sum check (pure logic of src/facts/imports.ts). */
import { describe, expect, it } from '@jest/globals'
import { buildTags, evalGoBuild, fileImports, nameMatches } from '../../src/facts/imports.js'

const tags = buildTags({ GOOS: 'linux', GOARCH: 'amd64', CGO_ENABLED: '1', GOVERSION: 'go1.26.8' })

describe('build tags', () => {
  it('has GOOS, GOARCH, unix, gc, cgo and go1.1 to the running minor, plus -tags from GOFLAGS', () => {
    for (const t of ['linux', 'amd64', 'unix', 'gc', 'cgo', 'go1.1', 'go1.26']) {
      expect(tags.has(t)).toBe(true)
    }
    expect(tags.has('go1.27')).toBe(false)
    expect(tags.has('windows')).toBe(false)
    const withFlags = buildTags({ GOOS: 'linux', GOARCH: 'arm64', GOFLAGS: '-tags=sonic,avx' })
    expect(['sonic', 'avx', 'arm64'].every((t) => withFlags.has(t))).toBe(true)
    expect(withFlags.has('cgo')).toBe(false)
  })
})

describe('file names', () => {
  it.each([
    ['x.go', true],
    ['linux.go', true],
    ['x_linux.go', true],
    ['x_windows.go', false],
    ['x_linux_amd64.go', true],
    ['x_linux_arm64_test.go', false],
    ['x_arm64.go', false],
    ['x_amd64_test.go', true],
    ['x_foo.go', true],
    ['x_windows_foo.go', true]
  ])('%s -> %s', (name, want) => {
    expect(nameMatches(name, tags)).toBe(want)
  })
})

describe('//go:build', () => {
  it.each([
    ['linux', true],
    ['!linux', false],
    ['sonic', false],
    ['!sonic', true],
    ['linux && (amd64 || arm64)', true],
    ['linux && !cgo', false],
    ['go1.21 && !go1.99', true],
    ['(linux', undefined],
    ['linux &&', undefined]
  ])('%s -> %s', (expr, want) => {
    expect(evalGoBuild(expr, tags)).toBe(want)
  })
})

describe('imports of one file', () => {
  it('reads single, grouped, aliased, blank and dot imports, skipping comments and "C"', () => {
    const src = [
      '// Copyright',
      '',
      '// Package x does things.',
      'package x',
      '',
      'import "fmt"',
      '/* import "not/this" */',
      'import (',
      '\t// "nor/this"',
      '\talias "example.com/a/pkg"',
      '\t_ "example.com/b"',
      '\t. `example.com/c`',
      '\t"C"',
      ')',
      '',
      'import "example.com/after"',
      '',
      'func f() { _ = "import \\"no\\"" }'
    ].join('\n')
    expect(fileImports(src, tags)).toEqual([
      'fmt',
      'example.com/a/pkg',
      'example.com/b',
      'example.com/c',
      'example.com/after'
    ])
  })
  it('a file its constraint excludes, or one it cannot read, contributes nothing', () => {
    const body = 'package x\n\nimport "example.com/tagged"\n'
    expect(fileImports(`//go:build sonic\n\n${body}`, tags)).toBeUndefined()
    expect(fileImports(`// +build ignore\n\n${body}`, tags)).toBeUndefined()
    expect(fileImports(`//go:build (linux\n\n${body}`, tags)).toBeUndefined()
    expect(fileImports(`// +build linux,amd64 windows\n\n${body}`, tags)).toEqual([
      'example.com/tagged'
    ])
    expect(fileImports(`//go:build linux\n\n${body}`, tags)).toEqual(['example.com/tagged'])
  })
})
