/**
 * Issue 6's acceptance, end to end: node dist/index.js as a runner runs it, the PR comment going
 * through the real Octokit to a GitHub API server on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { startGitHubApi, type GitHubApi } from '../../__fixtures__/github-api.js'
import { cleanGoEnv, REPO, runAction } from '../../__fixtures__/runner.js'

let tmp: string
let workspace: string
let api: GitHubApi

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gbg-e2e-report-'))
  mkdirSync(path.join(tmp, 'home'), { recursive: true })
  workspace = path.join(tmp, 'ws')
  cpSync(path.join(REPO, 'examples', 'hello'), workspace, { recursive: true })
  api = await startGitHubApi()
})

afterAll(async () => {
  await api.close()
  rmSync(tmp, { recursive: true, force: true })
})

const pr = { pull_request: { number: 42 } }

function gate(goflags: string, inputs: Record<string, string> = {}) {
  return runAction({
    workspace,
    inputs: { mode: 'enforce', 'cache-verify': 'off', comment: 'on-violation', ...inputs },
    env: cleanGoEnv(tmp, { GOFLAGS: goflags }),
    event: pr,
    apiUrl: api.url
  })
}

describe('sticky PR comment', () => {
  it('keeps exactly one comment across runs and turns it into a pass when fixed', async () => {
    const first = await gate('-mod=mod')
    expect(first.outputs.result).toBe('fail')
    const after1 = api.state.comments.filter((c) => c.issue === 42)
    expect(after1).toHaveLength(1)
    expect(after1[0]?.body).toContain('GBG102')

    const second = await gate('-mod=mod')
    expect(second.outputs.result).toBe('fail')
    const after2 = api.state.comments.filter((c) => c.issue === 42)
    expect(after2).toHaveLength(1)
    expect(after2[0]?.id).toBe(after1[0]?.id)

    const third = await gate('')
    expect(third.outputs.result).toBe('pass')
    const after3 = api.state.comments.filter((c) => c.issue === 42)
    expect(after3).toHaveLength(1)
    expect(after3[0]?.body).not.toContain('GBG102')
    expect(after3[0]?.body.toLowerCase()).toContain('pass')
  })

  it('a 403 (fork token) leaves the verdict unchanged and warns with the needed permission', async () => {
    api.state.readOnlyTokens.add('ghs_fork_token')
    const r = await gate('-mod=mod', { token: 'ghs_fork_token', comment: 'always' })
    expect(r.outputs.result).toBe('fail')
    expect(r.code).toBe(1)
    const warning = r.commands.find((c) => c.command === 'warning')
    expect(warning?.message).toContain('pull-requests: write')
  })
})

describe('30 findings', () => {
  it('annotate at most 10 errors in the step, point to the summary, and list all 30 there', async () => {
    const ws = path.join(tmp, 'ws30')
    mkdirSync(ws, { recursive: true })
    const uses = Array.from({ length: 30 }, (_, i) => `\t./missing${String(i).padStart(2, '0')}`)
    writeFileSync(path.join(ws, 'go.work'), `go 1.22\n\nuse (\n${uses.join('\n')}\n)\n`)
    const r = await runAction({
      workspace: ws,
      inputs: { mode: 'warn', 'cache-verify': 'off' },
      env: cleanGoEnv(tmp),
      event: pr,
      apiUrl: api.url
    })
    const errors = r.commands.filter((c) => c.command === 'error')
    expect(errors).toHaveLength(10)
    expect(errors.every((c) => c.properties.file === 'go.work')).toBe(true)
    expect(r.stdout).toMatch(/20 more finding\(s\) were not annotated/)
    for (let i = 0; i < 30; i++) expect(r.summary).toContain(`missing${String(i).padStart(2, '0')}`)
  })
})
