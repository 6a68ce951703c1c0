import { describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { recordCommand } from '../../src/baseline/command.js'
import { loadBaseline } from '../../src/baseline/load.js'
import { renderBaseline, toPlaceholders } from '../../src/baseline/record.js'
import { SCHEMA_URL } from '../../src/baseline/schema.js'
import type { Baseline } from '../../src/baseline/types.js'
import { baselineEnvChecks } from '../../src/checks/baseline-env.js'
import { driftCheck } from '../../src/checks/env/drift.js'
import { makeFacts } from '../../__fixtures__/facts.js'
import type { Facts } from '../../src/facts/types.js'
import { go, OLD_GO, realFacts, sandbox, type Sandbox } from '../checks/env/realgo.js'

function capture() {
  const out = { stdout: '', stderr: '' }
  return {
    out,
    io: {
      stdout: (s: string) => void (out.stdout += s),
      stderr: (s: string) => void (out.stderr += s)
    }
  }
}

/** A sandbox with a repository (a `.git` directory) inside. */
function repoSandbox(): Sandbox & { repo: string } {
  const sb = sandbox()
  const repo = path.join(sb.dir, 'repo')
  mkdirSync(path.join(repo, '.git'), { recursive: true })
  return { ...sb, repo }
}

const target = { goos: process.env.GOOS ?? goosOf(process.platform), goarch: 'amd64' }
function goosOf(p: NodeJS.Platform): string {
  return p === 'win32' ? 'windows' : p
}

function loadFrom(repo: string, file?: string): Promise<Baseline> {
  return loadBaseline({ root: repo, defaultPath: '.github/go-baseline.yml', path: file, ...target })
}

function check(facts: Facts, baseline: Baseline) {
  return baselineEnvChecks.flatMap((c) => c.run(facts, baseline))
}

function lineOf(file: string, key: string): number {
  return (
    readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((l) => l.startsWith(`  ${key}:`)) + 1
  )
}

describe('record then check with the real go', () => {
  it('writes the default baseline, which passes its schema and a check in the same environment', async () => {
    const sb = repoSandbox()
    const env = sb.env()
    const { out, io } = capture()
    expect(await recordCommand(['--dir', sb.repo], io, env)).toBe(0)
    const file = path.join(sb.repo, '.github/go-baseline.yml')
    const text = readFileSync(file, 'utf8')
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA_URL}`)
    expect(out.stderr).toContain(`wrote ${file}`)
    // Volatile keys are left out; machine paths are placeholders.
    expect(text).not.toMatch(/^ {2}(GOGCCFLAGS|GOMOD|GOWORK|GOTELEMETRYDIR|GOENV):/m)
    expect(text).toContain('  GOCACHE: { path: "${HOME}/.cache/go-build" }')
    expect(text).toContain('  GOPATH: { path: "${HOME}/go" }')
    expect(text).not.toContain(sb.home)

    const baseline = await loadFrom(sb.repo)
    expect(baseline.builtin).toBe(false)
    expect(check(await realFacts(env, sb.repo), baseline)).toEqual([])
  })

  it('refuses to overwrite without --force', async () => {
    const sb = repoSandbox()
    const env = sb.env()
    const file = path.join(sb.repo, 'b.yml')
    writeFileSync(file, 'keep me\n')
    const { out, io } = capture()
    expect(await recordCommand(['--out', file, '--dir', sb.repo], io, env)).toBe(2)
    expect(out.stderr).toContain('already exists; record will not overwrite it')
    expect(out.stderr).toContain('fix: pass --force')
    expect(readFileSync(file, 'utf8')).toBe('keep me\n')
    expect(
      await recordCommand(['--out', file, '--dir', sb.repo, '--force'], capture().io, env)
    ).toBe(0)
    expect(readFileSync(file, 'utf8')).toContain('version: 1')
  })

  it('rejects unknown flags with a suggestion', async () => {
    const { out, io } = capture()
    expect(await recordCommand(['--froce'], io)).toBe(2)
    expect(out.stderr).toContain(`unknown argument '--froce' for record (did you mean "--force"?)`)
  })

  it('passes on another machine (other HOME) with the same policy', async () => {
    const a = repoSandbox()
    const b = repoSandbox()
    const file = path.join(a.dir, 'baseline.yml')
    expect(await recordCommand(['--out', file, '--dir', a.repo], capture().io, a.env())).toBe(0)
    const baseline = await loadFrom(b.repo, file)
    expect(check(await realFacts(b.env(), b.repo), baseline)).toEqual([])
  })

  it('one changed key gives exactly one finding, at its line, attributed to the process environment', async () => {
    const sb = repoSandbox()
    const file = path.join(sb.repo, '.github/go-baseline.yml')
    expect(
      await recordCommand(['--dir', sb.repo], capture().io, sb.env({ CGO_ENABLED: '1' }))
    ).toBe(0)
    const facts = await realFacts(sb.env({ CGO_ENABLED: '0' }), sb.repo)
    const findings = check(facts, await loadFrom(sb.repo))
    expect(findings).toHaveLength(1)
    const [f] = findings
    expect(f).toMatchObject({
      rule: 'GBG110',
      severity: 'error',
      expected: '"1"',
      actual: '0',
      source: 'the process environment',
      location: { file: '.github/go-baseline.yml', line: lineOf(file, 'CGO_ENABLED'), column: 3 }
    })
    expect(lineOf(file, 'CGO_ENABLED')).toBeGreaterThan(0)
    expect(f?.fix).toBe('set CGO_ENABLED=1 in the workflow or shell that sets it')
  })

  it('drift written by go env -w names the GOENV file, its line, and `go env -u`', async () => {
    const sb = repoSandbox()
    expect(await recordCommand(['--dir', sb.repo], capture().io, sb.env())).toBe(0)
    await go(['env', '-w', 'GOFLAGS=-mod=mod'], sb.env())
    const findings = check(await realFacts(sb.env(), sb.repo), await loadFrom(sb.repo))
    expect(findings.map((f) => f.rule)).toEqual(['GBG110'])
    expect(findings[0]?.message).toBe(
      `GOFLAGS=-mod=mod but the baseline expects ""; it comes from ${sb.goenv} line 1, written by \`go env -w\`.`
    )
    expect(findings[0]?.fix).toBe('go env -u GOFLAGS')
  })

  it(`checked with ${OLD_GO}: GOVERSION drifts and newer keys are reported as missing, without crashing`, async () => {
    const sb = repoSandbox()
    expect(await recordCommand(['--dir', sb.repo], capture().io, sb.env())).toBe(0)
    const findings = check(
      await realFacts(sb.env({ GOTOOLCHAIN: OLD_GO }), sb.repo),
      await loadFrom(sb.repo)
    )
    const byKey = new Map(findings.map((f) => [f.location?.line, f]))
    const file = path.join(sb.repo, '.github/go-baseline.yml')
    expect(byKey.get(lineOf(file, 'GOVERSION'))).toMatchObject({ rule: 'GBG110', actual: OLD_GO })
    expect(byKey.get(lineOf(file, 'GOFIPS140'))).toMatchObject({
      rule: 'GBG111',
      actual: `(not reported by ${OLD_GO})`
    })
    expect(byKey.get(lineOf(file, 'GOTOOLCHAIN'))).toMatchObject({ rule: 'GBG110', actual: OLD_GO })
    // The toolchain switch itself is explained (GBG150).
    expect(findings.some((f) => f.rule === 'GBG150')).toBe(true)
  })
})

describe('renderBaseline (unit)', () => {
  const goEnv = {
    GOVERSION: 'go1.23.4',
    GOCACHE: 'C:\\Users\\Runner\\AppData\\Local\\go-build',
    GOPATH: 'C:\\Users\\Runner\\go;D:\\a\\repo\\gopath',
    GOROOT: 'C:\\hostedtoolcache\\go\\1.23.4\\x64',
    GOTOOLDIR: 'C:\\hostedtoolcache\\go\\1.23.4\\x64\\pkg\\tool\\windows_amd64',
    GOGCCFLAGS: '-m64 -fmessage-length=0 -ffile-prefix-map=C:\\Temp\\go-build1=/tmp/go-build',
    GOFLAGS: '',
    GONEWTHING: 'x'
  }
  const text = renderBaseline({
    go: { env: goEnv, version: 'go1.23.4', versionLine: 'go version go1.23.4 windows/amd64' },
    processEnv: { USERPROFILE: 'C:\\Users\\runner', GITHUB_WORKSPACE: 'D:\\a\\repo' },
    root: 'D:\\a\\repo',
    platform: 'win32'
  })

  it('turns Windows paths into placeholders, case-insensitively, and keeps list separators', () => {
    expect(text).toContain('  GOCACHE: { path: "${HOME}/AppData\\\\Local\\\\go-build" }')
    expect(text).toContain('  GOPATH: { path: "${HOME}/go;${WORKSPACE}/gopath" }')
  })

  it('records GOVERSION as the same minor release, leaves out volatile and unknown keys', () => {
    expect(text).toContain('  GOVERSION: { semver: "~1.23.4" }')
    expect(text).toContain('  GOFLAGS: ""')
    expect(text).not.toMatch(/^ {2}(GOROOT|GOTOOLDIR|GOGCCFLAGS|GONEWTHING):/m)
    expect(text).toContain('# Left out, not known to this go-baseline-gate: GONEWTHING')
  })

  it('placeholders take the longest matching prefix, at path boundaries only', () => {
    const values = { HOME: '/home/u', WORKSPACE: '/home/u/src/repo' }
    expect(toPlaceholders('/home/u/src/repo/bin', values, 'linux')).toBe('${WORKSPACE}/bin')
    expect(toPlaceholders('/home/user2/go', values, 'linux')).toBe('/home/user2/go')
    expect(toPlaceholders('/Home/U/go', values, 'linux')).toBe('/Home/U/go')
    expect(toPlaceholders('/Users/U/go', { HOME: '/Users/u' }, 'darwin')).toBe('${HOME}/go')
  })

  it('the recorded Windows file loads and matches the machine it came from', async () => {
    const sb = sandbox()
    const file = path.join(sb.dir, 'win.yml')
    writeFileSync(file, text)
    const b = await loadBaseline({
      path: file,
      root: sb.dir,
      defaultPath: 'x',
      goos: 'windows',
      goarch: 'amd64'
    })
    expect(b.env.map((e) => e.key)).toEqual(['GOCACHE', 'GOFLAGS', 'GOPATH', 'GOVERSION'])
    const facts = makeFacts({
      env: goEnv,
      processEnv: { USERPROFILE: 'C:\\Users\\runner', GITHUB_WORKSPACE: 'D:\\a\\repo' }
    })
    expect(driftCheck.run({ ...facts, platform: 'win32' }, b)).toEqual([])
    const moved = makeFacts({
      env: { ...goEnv, GOCACHE: 'C:\\Users\\runner\\cache' },
      processEnv: facts.processEnv
    })
    expect(driftCheck.run({ ...moved, platform: 'win32' }, b).map((f) => f.actual)).toEqual([
      'C:\\Users\\runner\\cache'
    ])
  })
})
