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

describe('one comment per gate step', () => {
  it('two gate steps with different working directories on one PR leave both verdicts visible', async () => {
    const ws = path.join(tmp, 'two-modules')
    for (const [dir, mod] of [
      ['api', 'example.com/api'],
      ['worker', 'example.com/worker']
    ] as const) {
      mkdirSync(path.join(ws, dir), { recursive: true })
      writeFileSync(path.join(ws, dir, 'go.mod'), `module ${mod}\n\ngo 1.22\n`)
      writeFileSync(path.join(ws, dir, 'main.go'), 'package main\n\nfunc main() {}\n')
    }
    const own = await startGitHubApi()
    const step = (dir: string, goflags: string) =>
      runAction({
        workspace: ws,
        inputs: {
          mode: 'enforce',
          'cache-verify': 'off',
          comment: 'always',
          'working-directory': dir
        },
        env: cleanGoEnv(tmp, { GOFLAGS: goflags }),
        event: { pull_request: { number: 7, head: { sha: 'a'.repeat(40) } } },
        apiUrl: own.url
      })
    try {
      const api1 = await step('api', '-mod=mod')
      const worker1 = await step('worker', '')
      expect(api1.outputs.result).toBe('fail')
      expect(worker1.outputs.result).toBe('pass')
      // the next run of the first step updates its own comment, not the other step's
      await step('api', '-mod=mod')
      const comments = own.state.comments.filter((c) => c.issue === 7)
      expect(comments).toHaveLength(2)
      const [a, w] = comments
      expect(a?.body).toContain('go-baseline-gate: fail')
      expect(a?.body).toContain('in `api`')
      expect(a?.body).toContain('GBG102')
      expect(w?.body).toContain('go-baseline-gate: pass')
      expect(w?.body).toContain('in `worker`')
      expect(a?.body).toContain(`Commit [\`${'a'.repeat(12)}\`]`)
      // the job summary: the verdict first, the rule linked to its docs, the place to the file
      // at the pull request's head commit
      expect(api1.summary.split('\n')[0]).toBe('## ❌ go-baseline-gate: fail — 1 violation')
      expect(api1.summary).toMatch(
        /\[GBG102\]\(https:\/\/github\.com\/[^)]+\/docs\/rules\.md#gbg102\)/
      )
      expect(api1.summary).toContain(`](https://github.com/octo/hello/blob/${'a'.repeat(40)}/`)
      expect(worker1.summary.split('\n')[0]).toBe('## ✅ go-baseline-gate: pass — no findings')
    } finally {
      await own.close()
    }
  })

  it('a GitHub API that never answers ends the step in bounded time with a clear warning', async () => {
    const hung = await startGitHubApi()
    hung.hang()
    const started = Date.now()
    try {
      const r = await runAction({
        workspace,
        inputs: { mode: 'enforce', 'cache-verify': 'off', comment: 'always' },
        env: cleanGoEnv(tmp, {
          GOFLAGS: '-mod=mod',
          GO_BASELINE_GATE_API_TIMEOUT: '0.5',
          GO_BASELINE_GATE_API_TOTAL_TIMEOUT: '2'
        }),
        event: pr,
        apiUrl: hung.url
      })
      const elapsed = Date.now() - started
      expect(r.outputs.result).toBe('fail')
      expect(r.code).toBe(1)
      expect(elapsed).toBeLessThan(20_000)
      const warning = r.commands.find(
        (c) => c.command === 'warning' && c.message.includes('GitHub API')
      )
      expect(warning?.message).toMatch(/the GitHub API did not (answer|finish)/)
      expect(warning?.message).toContain('The result of the gate is unchanged.')
      expect(hung.state.requests.length).toBeGreaterThan(0)
    } finally {
      await hung.close()
    }
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
