import { describe, expect, it } from '@jest/globals'
import {
  ModfileSyntaxError,
  parseGoMod,
  parseGoWork,
  parseSyntax
} from '../../src/modfile/index.js'

const MOD = `// Deprecated: use example.com/new.
module example.com/m

go 1.22 // lang

toolchain go1.23.1

require (
\texample.com/a v1.2 // indirect
\t"example.com/é" v0.1.0
)

replace example.com/a v1.2.0 => ../a

retract (
\t// broken build
\t[v1.0.0, v1.0.5]
)
`

describe('parseGoMod', () => {
  const f = parseGoMod(MOD, 'go.mod')
  it('keeps the position of every semantic node (1-based, end column exclusive)', () => {
    expect(f.module).toEqual({
      path: 'example.com/m',
      deprecated: 'use example.com/new.',
      pos: { line: 2, column: 1, endLine: 2, endColumn: 21 }
    })
    expect(f.go).toEqual({ version: '1.22', pos: { line: 4, column: 1, endLine: 4, endColumn: 8 } })
    expect(f.toolchain?.pos.line).toBe(6)
    expect(f.require).toEqual([
      {
        path: 'example.com/a',
        version: 'v1.2.0',
        indirect: true,
        pos: { line: 9, column: 2, endLine: 9, endColumn: 20 }
      },
      {
        path: 'example.com/é',
        version: 'v0.1.0',
        indirect: false,
        pos: { line: 10, column: 2, endLine: 10, endColumn: 24 }
      }
    ])
    expect(f.replace[0]).toMatchObject({
      old: { path: 'example.com/a', version: 'v1.2.0' },
      new: { path: '../a' },
      newPos: { line: 13, column: 33, endColumn: 37 }
    })
    expect(f.retract).toEqual([
      {
        low: 'v1.0.0',
        high: 'v1.0.5',
        rationale: 'broken build',
        pos: { line: 17, column: 2, endLine: 17, endColumn: 18 }
      }
    ])
  })

  it('exposes the syntax layer: blocks, lines and attached comments', () => {
    const syntax = parseSyntax(MOD, 'go.mod')
    const kinds = syntax.stmts.map((s) => s.type)
    expect(kinds).toEqual(['line', 'line', 'line', 'block', 'line', 'block'])
    const go = syntax.stmts[1]
    expect(go?.type === 'line' && go.comments.suffix.map((c) => c.token)).toEqual(['// lang'])
    expect(syntax.stmts[0]?.comments.before.map((c) => c.token)).toEqual([
      '// Deprecated: use example.com/new.'
    ])
  })

  it('throws ModfileSyntaxError with every error, line and column like Go', () => {
    let err: unknown
    try {
      parseGoMod('module m\nfoo\nrequire (\n  x/v2 v1.0.0\n)\n', 'go.mod')
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(ModfileSyntaxError)
    const e = err as ModfileSyntaxError
    expect(e.file).toBe('go.mod')
    expect(e.errors).toEqual([
      { line: 2, column: 1, message: 'unknown directive: foo' },
      {
        line: 4,
        column: 3,
        message: 'require x/v2: version "v1.0.0" invalid: should be v2, not v1'
      }
    ])
    expect(e.message).toBe(
      'go.mod:2: unknown directive: foo\ngo.mod:4:3: require x/v2: version "v1.0.0" invalid: should be v2, not v1'
    )
  })

  it('stops at the first syntax error, at the lexer position', () => {
    expect(() => parseGoMod('module m\nrequire (\n', 'go.mod')).toThrow(
      'go.mod:3: syntax error (unterminated block started at go.mod:2:1)'
    )
    expect(() => parseGoMod('module "m\n', 'go.mod')).toThrow(
      'go.mod:1:10: unexpected newline in string'
    )
  })

  it('parses lax (dependency) files ignoring main-module-only directives', () => {
    const lax = parseGoMod('module m\ngo 1.21.x\nreplace a => b\nfuture x\n', 'go.mod', {
      lax: true
    })
    expect(lax.go?.version).toBe('1.21')
    expect(lax.replace).toEqual([])
  })
})

describe('parseGoWork', () => {
  it('parses go, toolchain, godebug, use and replace with positions', () => {
    const w = parseGoWork(
      'go 1.23\ntoolchain go1.23.2\ngodebug x=1\nuse (\n\t./a\n\t../b\n)\nreplace x => ./x\n',
      'go.work'
    )
    expect(w.go?.version).toBe('1.23')
    expect(w.toolchain?.name).toBe('go1.23.2')
    expect(w.godebug).toEqual([
      { key: 'x', value: '1', pos: { line: 3, column: 1, endLine: 3, endColumn: 12 } }
    ])
    expect(w.use.map((u) => [u.path, u.pos.line, u.pos.column])).toEqual([
      ['./a', 5, 2],
      ['../b', 6, 2]
    ])
    expect(w.replace[0]?.new).toEqual({ path: './x' })
  })
  it('rejects go.mod-only directives', () => {
    expect(() => parseGoWork('go 1.22\nmodule x\n', 'go.work')).toThrow(
      'go.work:2: unknown directive: module'
    )
  })
})
