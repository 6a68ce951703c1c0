import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { finding, gateReport, manyFindings } from '../../__fixtures__/gate-report.js'
import { startGitHubApi, type GitHubApi } from '../../__fixtures__/github-api.js'
import { htmlText, renderMarkdown, tableRows } from '../../__fixtures__/markdown.js'
import {
  COMMENT_LIMIT,
  marker,
  upsertComment,
  type CommentOptions
} from '../../src/report/comment.js'
import type { GateReport } from '../../src/report/types.js'

const CONTEXT = {
  repo: { owner: 'acme', repo: 'svc' },
  issueNumber: 7,
  job: 'build',
  workflow: 'CI'
}
const FAILING = gateReport([
  finding(),
  finding({ rule: 'GBG201', severity: 'warning', message: 'toolchain differs' })
])
const PASSING = gateReport([])

let api: GitHubApi
let log: { infos: string[]; warnings: string[]; info(s: string): void; warning(s: string): void }

beforeEach(async () => {
  api = await startGitHubApi()
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
})

function run(report: GateReport, overrides: Partial<CommentOptions> = {}) {
  return upsertComment({
    report,
    mode: 'on-violation',
    token: 'ghs_test',
    context: CONTEXT,
    apiUrl: api.url,
    log,
    retryDelayMs: 1,
    ...overrides
  })
}

const ours = () => api.state.comments.filter((c) => c.body.startsWith(marker(CONTEXT)))
const writes = () => api.state.requests.filter((r) => r.method !== 'GET')

describe('upsertComment against a GitHub API on 127.0.0.1', () => {
  it('creates one comment with the verdict and the findings table', async () => {
    const out = await run(FAILING)
    expect(out.action).toBe('created')
    expect(out.url).toBe(
      `https://github.com/acme/svc/pull/7#issuecomment-${api.state.comments[0]?.id}`
    )
    expect(ours()).toHaveLength(1)
    const body = ours()[0]?.body ?? ''
    expect(body).toContain('### ❌ go-baseline-gate: fail')
    const rows = tableRows(renderMarkdown(body)).map((r) => htmlText(r[2] ?? ''))
    expect(rows).toEqual([
      'GOSUMDB is off, checksum verification is disabled.',
      'toolchain differs'
    ])
    expect(api.state.requests[0]?.authorization).toBe('token ghs_test')
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/acme/svc/issues/7/comments'
    ])
  })

  it('updates the same comment on the next run instead of adding one', async () => {
    await run(FAILING)
    const id = ours()[0]?.id
    const second = gateReport([finding({ message: 'still broken, differently' })])
    const out = await run(second)
    expect(out.action).toBe('updated')
    expect(ours()).toHaveLength(1)
    expect(ours()[0]?.id).toBe(id)
    expect(ours()[0]?.body).toContain('still broken, differently')
    expect(writes().map((r) => r.method)).toEqual(['POST', 'PATCH'])
  })

  it('updates a failing comment to a pass when the gate passes after failing (on-violation)', async () => {
    await run(FAILING)
    await run(FAILING)
    const out = await run(PASSING)
    expect(out.action).toBe('updated')
    expect(ours()).toHaveLength(1)
    const body = ours()[0]?.body ?? ''
    expect(body).toContain('### ✅ go-baseline-gate: pass')
    expect(body).toContain('No violations now')
    expect(body).not.toContain('GOSUMDB is off')
  })

  it('creates no comment without violations with on-violation, but does with always', async () => {
    const quiet = await run(PASSING)
    expect(quiet).toEqual({
      action: 'skipped',
      reason: 'no violations and no earlier comment'
    })
    // a warning below fail-on is no violation either
    const belowFailOn = gateReport([finding({ severity: 'warning' })])
    expect(belowFailOn.result).toBe('warn')
    expect((await run(belowFailOn)).action).toBe('skipped')
    expect(writes()).toHaveLength(0)
    const loud = await run(PASSING, { mode: 'always' })
    expect(loud.action).toBe('created')
    expect(ours()[0]?.body).toContain('### ✅ go-baseline-gate: pass')
    expect(ours()[0]?.body).not.toContain('No violations now')
  })

  it('finds its comment on a later page of a long conversation', async () => {
    for (let i = 0; i < 240; i++) api.addComment(7, `chatter ${i}`, 'someone')
    const old = api.addComment(7, `${marker(CONTEXT)}\nold result`)
    for (let i = 0; i < 10; i++) api.addComment(7, `more chatter ${i}`, 'someone')
    api.addComment(8, `${marker(CONTEXT)}\nother pull request`)
    const out = await run(FAILING)
    expect(out.action).toBe('updated')
    expect(api.state.comments.find((c) => c.id === old.id)?.body).toContain('GOSUMDB is off')
    const pages = api.state.requests
      .filter((r) => r.method === 'GET')
      .map((r) => r.query.page ?? '1')
    expect(pages).toEqual(['1', '2', '3'])
    expect(ours().filter((c) => c.issue === 7)).toHaveLength(1)
  })

  it('keeps one comment per workflow job, even with hostile workflow and job names', async () => {
    const hostile = { ...CONTEXT, workflow: 'CI --> <b>x</b>', job: 'build\n<!--' }
    await run(FAILING)
    await run(FAILING, { context: hostile })
    await run(FAILING, { context: hostile })
    expect(api.state.comments).toHaveLength(2)
    const body = api.state.comments[1]?.body ?? ''
    expect(body.split('\n')[0]).toBe(
      '<!-- go-baseline-gate workflow=CI%20--%3E%20%3Cb%3Ex%3C%2Fb%3E job=build%0A%3C!-- -->'
    )
    expect(renderMarkdown(body)).not.toContain('<b>')
  })

  it('turns a 403 (read-only token of a fork) into a warning and leaves the verdict alone', async () => {
    api.state.readOnlyTokens.add('ghs_fork')
    const report = gateReport([finding()])
    const before = structuredClone(report)
    const out = await run(report, { token: 'ghs_fork' })
    expect(out.action).toBe('skipped')
    expect(out.reason).toMatch(/^GitHub answered 403: Resource not accessible by integration/)
    expect(log.warnings).toHaveLength(1)
    expect(log.warnings[0]).toContain('Could not comment on pull request #7')
    expect(log.warnings[0]).toContain('permissions: pull-requests: write')
    expect(report).toEqual(before)
    // 403 is not retried
    expect(writes()).toHaveLength(1)
  })

  it('warns about a 403 on update too', async () => {
    await run(FAILING)
    api.fail({ method: 'PATCH', status: 403 })
    const out = await run(FAILING)
    expect(out.action).toBe('skipped')
    expect(log.warnings[0]).toContain('Could not update the comment on pull request #7')
  })

  it('retries 5xx answers a bounded number of times', async () => {
    api.fail({ method: 'GET', status: 502, times: 2 })
    api.fail({ method: 'POST', status: 503, times: 1 })
    const out = await run(FAILING)
    expect(out.action).toBe('created')
    expect(api.state.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'GET', 'POST', 'POST'])
    expect(log.infos.filter((s) => s.includes('retry'))).toHaveLength(3)
    expect(log.warnings).toEqual([])
  })

  it('gives up after the retries with a warning, never an exception', async () => {
    api.fail({ status: 500, times: 10 })
    const out = await run(FAILING, { retries: 2 })
    expect(out.action).toBe('skipped')
    expect(out.reason).toMatch(/^GitHub answered 500/)
    expect(api.state.requests).toHaveLength(3)
    expect(log.warnings).toHaveLength(1)
  })

  it('does not retry other client errors', async () => {
    api.fail({ method: 'POST', status: 404 })
    const out = await run(FAILING)
    expect(out.action).toBe('skipped')
    expect(writes()).toHaveLength(1)
  })

  it('caps the body at GitHub’s 65536 characters, which the API accepts', async () => {
    const report = gateReport(manyFindings(2000, (i) => `${i} ${'long message '.repeat(20)}`))
    const out = await run(report)
    expect(out.action).toBe('created')
    const body = ours()[0]?.body ?? ''
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body).toMatch(/\*\*Truncated:\*\* \d+ of 2000 findings are not shown/)
  })

  it('makes no request when off, outside a pull request, or without a token', async () => {
    expect(await run(FAILING, { mode: 'off' })).toEqual({
      action: 'skipped',
      reason: 'comment is off'
    })
    const noPr = await run(FAILING, { context: { ...CONTEXT, issueNumber: undefined } })
    expect(noPr).toEqual({ action: 'skipped', reason: 'not a pull request' })
    const noToken = await run(FAILING, { token: '' })
    expect(noToken).toEqual({ action: 'skipped', reason: 'no GitHub token' })
    expect(log.warnings[0]).toContain('permissions: pull-requests: write')
    expect(api.state.requests).toHaveLength(0)
  })
})
