import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { finding, gateReport } from '../__fixtures__/gate-report.js'
import { startGitHubApi, type GitHubApi } from '../__fixtures__/github-api.js'
import { postComment } from '../src/github.js'

const HEAD = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00'
let api: GitHubApi
let dir: string
let env: Record<string, string>
let log: { infos: string[]; warnings: string[]; info(s: string): void; warning(s: string): void }

beforeEach(async () => {
  api = await startGitHubApi()
  dir = mkdtempSync(path.join(os.tmpdir(), 'gbg-github-'))
  const event = path.join(dir, 'event.json')
  writeFileSync(event, JSON.stringify({ pull_request: { number: 5, head: { sha: HEAD } } }))
  env = {
    GITHUB_REPOSITORY: 'acme/svc',
    GITHUB_EVENT_PATH: event,
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_RUN_ID: '777',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'gate'
  }
  log = {
    infos: [],
    warnings: [],
    info(s) {
      this.infos.push(s)
    },
    warning(s) {
      this.warnings.push(s)
    }
  }
})

afterEach(async () => {
  await api.close()
  rmSync(dir, { recursive: true, force: true })
})

const report = gateReport([finding()], { root: '/repo', dir: '/repo/svc' })

describe('postComment from the runner environment', () => {
  it('names the head commit, links the run, and keys the comment by matrix and directory', async () => {
    await postComment(report, 'always', 'ghs_x', env, log, { matrix: '{"go":"1.26"}' })
    await postComment(report, 'always', 'ghs_x', env, log, { matrix: '{"go":"1.25"}' })
    expect(api.state.comments).toHaveLength(2)
    const body = api.state.comments[0]?.body ?? ''
    expect(body).toContain(`(https://github.com/acme/svc/commit/${HEAD})`)
    expect(body).not.toContain('ffffffffffff')
    expect(body).toContain('[workflow run](https://github.com/acme/svc/actions/runs/777)')
    expect(body).toContain('in `svc`')
    expect(body).toContain('CI / gate (go=1.26)')
  })

  it('takes the API deadlines from the environment', async () => {
    api.hang()
    const started = Date.now()
    await postComment(
      report,
      'always',
      'ghs_x',
      {
        ...env,
        GO_BASELINE_GATE_API_TIMEOUT: '0.2',
        GO_BASELINE_GATE_API_TOTAL_TIMEOUT: '0.6'
      },
      log
    )
    expect(Date.now() - started).toBeLessThan(2000)
    expect(log.warnings).toHaveLength(1)
    expect(log.warnings[0]).toMatch(/the GitHub API did not (answer|finish)/)
  })

  it('warns about a deadline that is not a positive number and uses the default', async () => {
    await postComment(
      report,
      'always',
      'ghs_x',
      { ...env, GO_BASELINE_GATE_API_TIMEOUT: 'soon' },
      log
    )
    expect(log.warnings).toEqual([
      'GO_BASELINE_GATE_API_TIMEOUT="soon" is not a positive number of seconds; using the default.'
    ])
    expect(api.state.comments).toHaveLength(1)
  })
})
