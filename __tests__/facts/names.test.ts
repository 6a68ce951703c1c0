/**
 * go.mod files under directory names that are not valid UTF-8: found with Buffer paths and
 * reported as not checked (GBG200), never skipped silently. Real directories, and the real go
 * for what Go itself does there.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { modfileUncheckedCheck } from '../../src/checks/modfile-unchecked.js'
import type { Facts } from '../../src/facts/types.js'
import { collectModuleFacts } from '../../src/facts/modules.js'
import { displayName } from '../../src/facts/names.js'
import { cleanGoEnv } from '../../__fixtures__/runner.js'

const mod = (p: string) => `module ${p}\n\ngo 1.22\n`
let root: string

/** Writes `text` at root + the byte path `rel` (directories created). */
function put(rel: Buffer, text: string): void {
  const file = Buffer.concat([Buffer.from(`${root}/`), rel])
  mkdirSync(file.subarray(0, file.lastIndexOf(0x2f)), { recursive: true })
  writeFileSync(file, text)
}
const b = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))))

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'gbg-names-'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('displayName', () => {
  it('shows invalid bytes as \\xNN, like Go, and keeps valid UTF-8', () => {
    expect(displayName(b('bad', [0xff]))).toBe('bad\\xff')
    expect(displayName(b('caf', [0xc3, 0xa9], '-', [0xc3]))).toBe('café-\\xc3')
    expect(displayName(b([0xe2, 0x82], 'x'))).toBe('\\xe2\\x82x')
    expect(displayName(b('a', [0x1b], '[31m'))).toBe('a\\x1b[31m')
    expect(displayName(b('日本'))).toBe('日本')
  })
})

describe('the module walk', () => {
  it('reports go.mod files under non-UTF-8 names as not checked, and checks the others', async () => {
    put(b('go.mod'), mod('example.com/root'))
    put(b('ok/go.mod'), mod('example.com/ok'))
    put(b('bad', [0xff], '/go.mod'), mod('example.com/bad'))
    put(b('bad', [0xff], '/deeper/go.mod'), mod('example.com/deeper'))
    put(b('bad', [0xff], '/vendor/v/go.mod'), mod('vendored')) // skipped, as everywhere
    put(b('ok/pkg', [0xfe], '/x/go.mod'), mod('example.com/x'))
    put(b('nomod', [0xfd], '/a.go'), 'package a\n') // no go.mod: nothing to report
    const facts = await collectModuleFacts({ root, dir: root, env: { GOWORK: '' } })
    expect(facts.mods.map((m) => m.file)).toEqual(['go.mod', 'ok/go.mod'])
    expect(facts.unchecked).toEqual([
      { file: 'bad\\xff/deeper/go.mod', reason: 'its path is not valid UTF-8' },
      { file: 'bad\\xff/go.mod', reason: 'its path is not valid UTF-8' },
      { file: 'ok/pkg\\xfe/x/go.mod', reason: 'its path is not valid UTF-8' }
    ])
    const findings = modfileUncheckedCheck.run({ modules: facts } as Facts, {} as never)
    expect(findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ['GBG200', 'warning', 'bad\\xff/deeper/go.mod was not checked: its path is not valid UTF-8'],
      ['GBG200', 'warning', 'bad\\xff/go.mod was not checked: its path is not valid UTF-8'],
      ['GBG200', 'warning', 'ok/pkg\\xfe/x/go.mod was not checked: its path is not valid UTF-8']
    ])
  })

  it('no finding when every name is valid UTF-8', async () => {
    const clean = mkdtempSync(path.join(tmpdir(), 'gbg-names-ok-'))
    try {
      mkdirSync(path.join(clean, 'bad'), { recursive: true })
      writeFileSync(path.join(clean, 'bad', 'go.mod'), mod('example.com/bad'))
      const facts = await collectModuleFacts({ root: clean, dir: clean, env: { GOWORK: '' } })
      expect(facts.mods.map((m) => m.file)).toEqual(['bad/go.mod'])
      expect(facts.unchecked).toBeUndefined()
      expect(modfileUncheckedCheck.run({ modules: facts } as Facts, {} as never)).toEqual([])
    } finally {
      rmSync(clean, { recursive: true, force: true })
    }
  })
})

describe('what the real go does with such names', () => {
  it('builds a nested module inside a non-UTF-8 directory, but rejects such a package of the root', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gbg-names-go-'))
    const env = cleanGoEnv(dir, { GOPROXY: 'off' })
    const at = (rel: Buffer) => Buffer.concat([Buffer.from(`${dir}/`), rel])
    try {
      writeFileSync(path.join(dir, 'go.mod'), mod('example.com/root'))
      writeFileSync(path.join(dir, 'main.go'), 'package main\n\nfunc main() {}\n')
      mkdirSync(at(b('bad', [0xff])))
      writeFileSync(at(b('bad', [0xff], '/go.mod')), mod('example.com/nested'))
      writeFileSync(at(b('bad', [0xff], '/n.go')), 'package nested\n')
      // spawn's cwd is a string (UTF-8); enter the directory through a shell with its byte name.
      const inside = spawnSync(
        'sh',
        ['-c', `cd "$(printf 'bad\\377')" && go build ./... && go list -m`],
        {
          cwd: dir,
          env,
          encoding: 'utf8'
        }
      )
      expect(inside.stderr).toBe('')
      expect(inside.stdout.trim()).toBe('example.com/nested')
      expect(inside.status).toBe(0)

      mkdirSync(at(b('pkg', [0xfe])))
      writeFileSync(at(b('pkg', [0xfe], '/p.go')), 'package pkg\n')
      const fromRoot = spawnSync('go', ['build', './...'], { cwd: dir, env, encoding: 'utf8' })
      expect(fromRoot.status).not.toBe(0)
      expect(fromRoot.stderr).toContain(
        'malformed import path "example.com/root/pkg\\xfe": invalid UTF-8'
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})
