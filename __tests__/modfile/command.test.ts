import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { modfileCommand } from '../../src/modfile/command.js'

async function run(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await modfileCommand(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s)
  })
  return { code, stdout, stderr }
}

describe('modfile --json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gbg-cmd-'))
  it('prints the go mod edit -json shape plus positions', async () => {
    writeFileSync(join(dir, 'go.mod'), 'module m\n\ngo 1.22\n\nrequire x.y/z v1.0.0 // indirect\n')
    const r = await run(['--json', join(dir, 'go.mod')])
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout)
    expect(json.Module).toEqual({
      Path: 'm',
      Pos: { line: 1, column: 1, endLine: 1, endColumn: 9 }
    })
    expect(json.Go).toBe('1.22')
    expect(json.Require).toEqual([
      {
        Path: 'x.y/z',
        Version: 'v1.0.0',
        Indirect: true,
        Pos: { line: 5, column: 1, endLine: 5, endColumn: 21 }
      }
    ])
    expect(json.Exclude).toBeNull()
  })
  it('parses go.work by name', async () => {
    writeFileSync(join(dir, 'go.work'), 'go 1.22\nuse ./a\n')
    const r = await run(['--json', join(dir, 'go.work')])
    expect(JSON.parse(r.stdout).Use).toEqual([
      { DiskPath: './a', Pos: { line: 2, column: 1, endLine: 2, endColumn: 8 } }
    ])
  })
  it('exits 2 with file:line:col on a parse error, and on bad usage', async () => {
    const bad = join(dir, 'bad.mod')
    writeFileSync(bad, 'module m\n  go 1.2x\n')
    const r = await run(['--json', bad])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`${bad}:2:3: invalid go version '1.2x': must match format 1.23.0`)
    expect((await run([bad])).code).toBe(2)
    expect((await run(['--json', join(dir, 'nope.mod')])).stderr).toContain('cannot read')
  })
})
