/**
 * `go mod verify` offline on a real module cache filled from a local file:// module proxy: a
 * modified module is found (and removed with prune, after which Go downloads it again), a module
 * that was never downloaded is not a finding. The findings go through the store check.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import {
  appendFileSync,
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { makeFacts } from '../../__fixtures__/facts.js'
import { cleanGoEnv, GO_BIN_DIR } from '../../__fixtures__/runner.js'
import { storeChecks } from '../../src/checks/store.js'
import { verifyModules } from '../../src/actions-cache/modverify.js'
import type { ModVerifyFacts, StoreFacts } from '../../src/actions-cache/types.js'

const base = mkdtempSync(path.join(tmpdir(), 'gbg-modverify-'))
const app = path.join(base, 'app')
const proxy = path.join(base, 'proxy')
const env = cleanGoEnv(base, {
  GOPROXY: `file://${proxy}`,
  GOSUMDB: 'off',
  CGO_ENABLED: '0'
})
const modcache = env.GOMODCACHE!
const GO = path.join(GO_BIN_DIR, 'go')
const depDir = path.join(modcache, 'example.com', 'dep@v1.0.0')

/** Publishes example.com/dep v1.0.0 into a file:// proxy (a module zip made with `zip`). */
function publishDep(): void {
  const src = path.join(base, 'zip', 'example.com', 'dep@v1.0.0')
  mkdirSync(src, { recursive: true })
  writeFileSync(path.join(src, 'go.mod'), 'module example.com/dep\n\ngo 1.22\n')
  writeFileSync(path.join(src, 'dep.go'), 'package dep\n\nfunc Hello() string { return "dep" }\n')
  const v = path.join(proxy, 'example.com', 'dep', '@v')
  mkdirSync(v, { recursive: true })
  execFileSync('zip', ['-qrD', path.join(v, 'v1.0.0.zip'), 'example.com'], {
    cwd: path.join(base, 'zip')
  })
  cpSync(path.join(src, 'go.mod'), path.join(v, 'v1.0.0.mod'))
  writeFileSync(path.join(v, 'v1.0.0.info'), '{"Version":"v1.0.0","Time":"2024-01-01T00:00:00Z"}')
  writeFileSync(path.join(v, 'list'), 'v1.0.0\n')
}

function go(args: string[], extra: Record<string, string> = {}) {
  return spawnSync(GO, args, { cwd: app, env: { ...env, ...extra }, encoding: 'utf8' })
}

const verify = (prune: boolean): Promise<ModVerifyFacts> =>
  verifyModules({ go: GO, dir: app, modcache, env, prune })

function findings(v: ModVerifyFacts) {
  const store: StoreFacts = {
    available: true,
    durationMs: 1,
    modules: { path: modcache, key: 'k', restoreKeys: [], hit: 'exact', fingerprint: '', verify: v }
  }
  return storeChecks.flatMap((c) => c.run({ ...makeFacts(), store }, {} as never))
}

beforeAll(() => {
  publishDep()
  mkdirSync(app, { recursive: true })
  writeFileSync(
    path.join(app, 'go.mod'),
    'module example.com/app\n\ngo 1.22\n\nrequire example.com/dep v1.0.0\n'
  )
  writeFileSync(
    path.join(app, 'main.go'),
    'package main\n\nimport "example.com/dep"\n\nfunc main() { println(dep.Hello()) }\n'
  )
  const tidy = go(['mod', 'tidy'])
  expect(tidy.stderr).toBe('go: downloading example.com/dep v1.0.0\n')
})

describe('go mod verify on a restored module cache', () => {
  it('verifies an intact cache: no findings', async () => {
    const v = await verify(true)
    expect(v).toEqual({ status: 'verified', damaged: [] })
    expect(findings(v)).toEqual([])
  })

  it('reports a modified module (GBG350) and leaves it without prune', async () => {
    chmodSync(depDir, 0o755)
    chmodSync(path.join(depDir, 'dep.go'), 0o644)
    appendFileSync(path.join(depDir, 'dep.go'), '\nfunc Injected() {}\n')
    const v = await verify(false)
    expect(v.status).toBe('modified')
    expect(v.damaged).toEqual([
      {
        path: 'example.com/dep',
        version: 'v1.0.0',
        detail: `dir has been modified (${depDir})`,
        removed: false
      }
    ])
    expect(existsSync(depDir)).toBe(true)
    expect(findings(v).map((f) => [f.rule, f.severity])).toEqual([['GBG350', 'error']])
  })

  it('removes the damaged module with prune (GBG351), and Go downloads it again', async () => {
    const v = await verify(true)
    expect(v.damaged.map((d) => d.removed)).toEqual([true])
    expect(existsSync(depDir)).toBe(false)
    expect(existsSync(path.join(modcache, 'cache/download/example.com/dep/@v/v1.0.0.zip'))).toBe(
      false
    )
    expect(findings(v).map((f) => f.rule)).toEqual(['GBG351'])
    const build = go(['build', '-o', path.join(base, 'app.bin'), '.'])
    expect(build.status).toBe(0)
    expect(build.stderr).toContain('go: downloading example.com/dep v1.0.0')
    expect((await verify(true)).status).toBe('verified')
  })

  it('does not report modules that were simply never downloaded', async () => {
    rmSync(modcache, { recursive: true, force: true })
    const v = await verify(true)
    expect(v.status).toBe('incomplete')
    expect(v.message).toContain('module lookup disabled by GOPROXY=off')
    expect(findings(v)).toEqual([])
  })

  it('reports a verify that cannot run for another reason as GBG353 (a notice)', async () => {
    const v = await verifyModules({
      go: GO,
      dir: path.join(base, 'nowhere'),
      modcache,
      env,
      prune: false
    })
    expect(v.status).toBe('failed')
    expect(findings(v).map((f) => [f.rule, f.severity])).toEqual([['GBG353', 'notice']])
  })
})
