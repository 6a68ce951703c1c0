/**
 * FIFOs where the gate reads files: nothing blocks (a FIFO opened for reading waits for a writer
 * forever). Real named pipes made with mkfifo; a hang fails the test by its timeout.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readEvent } from '../../src/event.js'
import { attributeEnvSources } from '../../src/facts/envsource.js'
import { collectModuleFacts } from '../../src/facts/modules.js'
import {
  NotRegularFileError,
  readRegularFile,
  readRegularFileSync
} from '../../src/facts/readfile.js'
import { modfileCommand } from '../../src/modfile/command.js'

let root: string
const fifo = (...parts: string[]): string => {
  const p = path.join(root, ...parts)
  mkdirSync(path.dirname(p), { recursive: true })
  execFileSync('mkfifo', [p])
  return p
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'gbg-fifo-'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('readRegularFile', () => {
  it('refuses a FIFO, a directory and a device before reading, names what it is', async () => {
    const p = fifo('plain.fifo')
    await expect(readRegularFile(p)).rejects.toThrow(
      new NotRegularFileError(p, 'a FIFO (named pipe)')
    )
    expect(() => readRegularFileSync(p)).toThrow(`${p} is a FIFO (named pipe), not a regular file`)
    await expect(readRegularFile(root)).rejects.toMatchObject({ code: 'ENOTREG' })
    expect(() => readRegularFileSync('/dev/null')).toThrow('is a character device')
    writeFileSync(path.join(root, 'ok.txt'), 'hello')
    expect((await readRegularFile(path.join(root, 'ok.txt'))).toString()).toBe('hello')
    await expect(readRegularFile(path.join(root, 'ok.txt'), 4)).rejects.toMatchObject({
      code: 'EFBIG'
    })
  })
})

describe('the gate around FIFOs', () => {
  it('module facts: a FIFO go.sum or vendor/modules.txt is not read', async () => {
    const dir = path.join(root, 'mod')
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'go.mod'), 'module example.com/m\n\ngo 1.22\n')
    fifo('mod', 'go.sum')
    fifo('mod', 'vendor', 'modules.txt')
    const facts = await collectModuleFacts({ root, dir, env: { GOWORK: '' } })
    expect(facts.mods.map((m) => m.file)).toEqual(['mod/go.mod'])
    expect(facts.mods[0]?.goSum).toBeUndefined()
    expect(facts.mods[0]?.vendor).toBeUndefined()
    expect(facts.mods[0]?.hasVendorDir).toBe(true)
  })

  it('module facts: GOWORK naming a FIFO is reported as unreadable', async () => {
    const work = fifo('ws', 'go.work')
    const facts = await collectModuleFacts({ root, dir: root, env: { GOWORK: work } })
    expect(facts.errors).toEqual([
      { file: 'ws/go.work', line: 1, column: 1, message: 'cannot read ws/go.work' }
    ])
  })

  it('go env sources: a FIFO GOENV file is skipped', async () => {
    const goenv = fifo('goenv')
    const sources = await attributeEnvSources(
      { GOENV: goenv, GOFLAGS: '-mod=mod' },
      { PATH: '/bin' }
    )
    expect(sources.GOFLAGS).toEqual({ kind: 'default' })
  })

  it('the event payload: a FIFO reads as no event', () => {
    expect(readEvent({ GITHUB_EVENT_PATH: fifo('event.json') })).toEqual({})
  })

  it('modfile --json on a FIFO: exit 2 with a message', async () => {
    const err: string[] = []
    const code = await modfileCommand(['--json', fifo('x', 'go.mod')], {
      stdout: () => undefined,
      stderr: (s: string) => err.push(s)
    })
    expect(code).toBe(2)
    expect(err.join('')).toMatch(/^modfile: cannot read .*x\/go\.mod: ENOTREG\n$/)
  })
})
