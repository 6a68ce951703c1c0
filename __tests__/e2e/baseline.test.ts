/** Issue 3's acceptance through the built CLI and action, with the real go. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { cleanGoEnv, REPO, runAction, runCli } from '../../__fixtures__/runner.js'

let tmp: string
let ws: string

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gbg-e2e-baseline-'))
  mkdirSync(path.join(tmp, 'home'), { recursive: true })
  ws = path.join(tmp, 'ws')
  cpSync(path.join(REPO, 'examples', 'hello'), ws, { recursive: true })
  mkdirSync(path.join(ws, '.git'))
})

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('record, then check', () => {
  it('passes in the same environment and fails on one changed key with one finding at its line', async () => {
    const env = cleanGoEnv(tmp)
    const rec = await runCli(['record'], ws, env)
    expect(rec.stderr).toContain('wrote')
    expect(rec.code).toBe(0)
    const file = path.join(ws, '.github', 'go-baseline.yml')
    const text = readFileSync(file, 'utf8')
    expect(text).toMatch(/^# yaml-language-server: \$schema=/)

    const again = await runCli(['record'], ws, env)
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('--force')

    const same = await runCli(
      ['check', '--mode', 'enforce', '--cache-verify', 'off', '--format', 'json'],
      ws,
      env
    )
    expect(same.code).toBe(0)
    expect(JSON.parse(same.stdout).findings).toEqual([])

    const changed = await runCli(
      ['check', '--mode', 'enforce', '--cache-verify', 'off', '--format', 'json'],
      ws,
      { ...env, CGO_ENABLED: text.includes('CGO_ENABLED: "1"') ? '0' : '1' }
    )
    expect(changed.code).toBe(1)
    const findings = JSON.parse(changed.stdout).findings as Array<{
      rule: string
      file: string
      line: number
    }>
    expect(findings).toHaveLength(1)
    const line = text.split('\n').findIndex((l) => l.trimStart().startsWith('CGO_ENABLED:')) + 1
    expect(findings[0]).toMatchObject({ rule: 'GBG110', file: '.github/go-baseline.yml', line })
  })
})

describe('a broken baseline', () => {
  it('exits 2 from the CLI naming file:line:column, and fails the action with an annotation there', async () => {
    const bad = path.join(tmp, 'bad')
    cpSync(ws, bad, { recursive: true })
    writeFileSync(
      path.join(bad, '.github', 'go-baseline.yml'),
      'version: 1\nenv:\n  CGO_ENABLED: "0"\n  GOFLAG: { not-contains: [-mod=mod] }\n'
    )
    const cli = await runCli(['check', '--cache-verify', 'off'], bad, cleanGoEnv(tmp))
    expect(cli.code).toBe(2)
    expect(cli.stderr).toMatch(/\.github\/go-baseline\.yml:4:3: .*GOFLAG.*did you mean "GOFLAGS"/)
    expect(cli.stderr).not.toMatch(/\n\s+at /)

    const action = await runAction({
      workspace: bad,
      inputs: { 'cache-verify': 'off' },
      env: cleanGoEnv(tmp)
    })
    expect(action.code).toBe(1)
    const annotation = action.commands.find((c) => c.command === 'error' && c.properties.file)
    expect(annotation?.properties).toMatchObject({
      file: '.github/go-baseline.yml',
      line: '4',
      col: '3'
    })
  })
})

describe('mode: record in the action', () => {
  it('puts the recorded baseline in the job summary and a file, and the file then passes', async () => {
    const env = cleanGoEnv(tmp)
    const fresh = path.join(tmp, 'rec')
    cpSync(path.join(REPO, 'examples', 'hello'), fresh, { recursive: true })
    const r = await runAction({ workspace: fresh, inputs: { mode: 'record' }, env })
    expect(r.code).toBe(0)
    const recorded = readFileSync(r.outputs['recorded-baseline'] ?? '', 'utf8')
    expect(r.summary).toContain('version: 1')
    expect(r.summary).toContain(
      recorded.split('\n').find((l) => l.startsWith('  GOSUMDB')) ?? 'GOSUMDB'
    )
    mkdirSync(path.join(fresh, '.github'))
    writeFileSync(path.join(fresh, '.github', 'go-baseline.yml'), recorded)
    const check = await runAction({
      workspace: fresh,
      inputs: { mode: 'enforce', 'cache-verify': 'off' },
      env
    })
    expect(check.outputs.result).toBe('pass')
  })
})

describe('what the check asks go env', () => {
  const goEnvJson = (env: Record<string, string>, keys: string[] = []): Record<string, string> =>
    JSON.parse(
      execFileSync('go', ['env', '-json', ...keys], { cwd: tmp, env, encoding: 'utf8' })
    ) as Record<string, string>

  it('with a baseline, all of them: the C toolchain keys (which make go open the build cache and run the C compiler) and keys go does not print (GBG111)', async () => {
    const env = cleanGoEnv(tmp)
    const expected = goEnvJson(env, ['CGO_CFLAGS']).CGO_CFLAGS // go's own value: the oracle
    expect(expected).not.toBe('')
    const dir = mkdtempSync(path.join(tmp, 'cgo-'))
    cpSync(path.join(REPO, 'examples', 'hello'), dir, { recursive: true })
    mkdirSync(path.join(dir, '.git'))
    const baseline = path.join(dir, 'baseline.yml')
    writeFileSync(baseline, `version: 1\nenv:\n  CGO_CFLAGS: { exact: "-O3 -fwrong" }\n`)
    const args = ['check', '--cache-verify', 'off', '--format', 'json', '--baseline', baseline]
    const r = await runCli(args, dir, env)
    const drift = (
      JSON.parse(r.stdout).findings as Array<{ rule: string; actual?: string }>
    ).filter((f) => f.actual !== undefined && /CGO_CFLAGS/.test(JSON.stringify(f)))
    expect(drift).toHaveLength(1)
    expect(drift[0]?.actual).toBe(expected)
    writeFileSync(
      baseline,
      `version: 1\nenv:\n  CGO_CFLAGS: { exact: ${JSON.stringify(expected)} }\n`
    )
    expect(JSON.parse((await runCli(args, dir, env)).stdout).findings).toEqual([])
    // A key of another GOARCH: go prints it empty when asked by name, and not at all in full.
    const goarch = goEnvJson(env, ['GOARCH']).GOARCH
    const other = goarch === 'arm' ? 'GOAMD64' : 'GOARM'
    expect(Object.keys(goEnvJson(env))).not.toContain(other)
    expect(goEnvJson(env, [other])[other]).toBe('')
    writeFileSync(baseline, `version: 1\nenv:\n  ${other}: { exact: "7" }\n`)
    const found = JSON.parse((await runCli(args, dir, env)).stdout).findings as Array<{
      rule: string
    }>
    expect(found.map((f) => f.rule)).toEqual(['GBG111'])
  })

  // The preflight's `go list` opens the cache like any go command; the gate's own probe does not.
  it('leaves an existing, empty GOCACHE as it is without the preflight (the full go env -json fills it with 00..ff)', async () => {
    const full = mkdtempSync(path.join(tmp, 'full-cache-'))
    goEnvJson(cleanGoEnv(tmp, { GOCACHE: full }))
    expect(readdirSync(full)).toContain('ff') // what the gate no longer causes
    const empty = mkdtempSync(path.join(tmp, 'empty-cache-'))
    const dir = mkdtempSync(path.join(tmp, 'no-baseline-')) // the built-in policy
    cpSync(path.join(REPO, 'examples', 'hello'), dir, { recursive: true })
    mkdirSync(path.join(dir, '.git'))
    const r = await runCli(
      ['check', '--cache-verify', 'off', '--preflight', 'off', '--format', 'json'],
      dir,
      cleanGoEnv(tmp, { GOCACHE: empty })
    )
    expect(r.code).toBe(0)
    expect(readdirSync(empty)).toEqual([])
  })
})
