/**
 * The roots the gate refuses to verify or prune: the workspace even when `working-directory`
 * lies outside it (the bundled action, run as a runner runs it, with the real go), and the
 * account's home from the passwd database even when $HOME says otherwise.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { userInfo } from 'node:os'
import path from 'node:path'
import { cleanGoEnv, REPO, runAction } from '../../__fixtures__/runner.js'
import { checkCacheRoot, homeDirs, workspaceDirs } from '../../src/gocache/safety.js'
import { tempDir } from './helpers.js'

const base = tempDir('roots')
afterAll(() => rmSync(base, { recursive: true, force: true }))

describe('roots refused', () => {
  it('GOCACHE = GITHUB_WORKSPACE with working-directory outside it: refused, nothing removed', async () => {
    const workspace = path.join(base, 'workspace')
    const outside = path.join(base, 'elsewhere', 'module')
    mkdirSync(path.join(workspace, '00'), { recursive: true })
    writeFileSync(path.join(workspace, '00', 'keep.txt'), 'workspace file\n')
    writeFileSync(path.join(workspace, 'log.txt'), 'workspace log\n')
    cpSync(path.join(REPO, 'examples', 'hello'), outside, { recursive: true })
    mkdirSync(path.join(base, 'home'), { recursive: true })
    const r = await runAction({
      workspace,
      inputs: { 'working-directory': outside, 'cache-verify': 'full', prune: 'all' },
      env: cleanGoEnv(base, { GOCACHE: workspace })
    })
    // The action fails the step (exit 1) with the refusal as its error annotation.
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /refusing to use "[^"]*workspace" as the Go build cache: it is the workspace/
    )
    expect(readFileSync(path.join(workspace, '00', 'keep.txt'), 'utf8')).toBe('workspace file\n')
    expect(existsSync(path.join(workspace, 'log.txt'))).toBe(true)
  })

  it('the workspace, the repository root and their ancestors are all refused', () => {
    const repo = path.join(base, 'a', 'repo')
    const ws = path.join(base, 'b', 'ws')
    const places = { homes: [], workspaces: workspaceDirs(repo, { GITHUB_WORKSPACE: ws }) }
    for (const root of [repo, ws, path.join(base, 'a'), path.join(base, 'b')])
      expect(() => checkCacheRoot(root, places)).toThrow(/the workspace/)
    expect(checkCacheRoot(path.join(ws, '.gocache'), places)).toBe(path.join(ws, '.gocache'))
  })

  it("the account's home from the passwd database is refused even with HOME elsewhere", () => {
    const passwdHome = userInfo().homedir
    const homes = homeDirs({ HOME: path.join(base, 'fake-home') })
    expect(homes).toContain(passwdHome)
    expect(() => checkCacheRoot(passwdHome, { homes })).toThrow(/it is a home directory/)
  })
})
