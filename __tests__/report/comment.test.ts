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
/** Requests about comments (not the identity look-ups `GET /user` and GraphQL `viewer`). */
const commentRequests = () =>
  api.state.requests.filter((r) => r.path !== '/user' && r.path !== '/graphql')
const writes = () => commentRequests().filter((r) => r.method !== 'GET')

describe('upsertComment against a GitHub API on 127.0.0.1', () => {
  it('creates one comment with the verdict and the findings table', async () => {
    const out = await run(FAILING)
    expect(out.action).toBe('created')
    expect(out.url).toBe(
      `https://github.com/acme/svc/pull/7#issuecomment-${api.state.comments[0]?.id}`
    )
    expect(ours()).toHaveLength(1)
    const body = ours()[0]?.body ?? ''
    expect(body.split('\n')[2]).toBe('### ❌ go-baseline-gate: fail — 1 violation')
    const rows = tableRows(renderMarkdown(body)).map((r) => htmlText(r[3] ?? ''))
    expect(rows).toEqual([
      'GOSUMDB is off, checksum verification is disabled.',
      'toolchain differs'
    ])
    expect(api.state.comments[0]?.user.login).toBe('github-actions[bot]')
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
    expect(body).toContain('### ✅ go-baseline-gate: pass — no findings')
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
    const pages = commentRequests()
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
    expect(body.split('\n')[0]).toMatch(/^<!-- go-baseline-gate id=[0-9a-f]{20} -->$/)
    expect(body.split('\n')[0]).toBe(marker(hostile))
    expect(renderMarkdown(body)).not.toContain('<b>')
    expect(htmlText(renderMarkdown(body))).toContain('CI --> <b>x</b> / build')
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
    api.fail({ method: 'GET', path: '/comments', status: 502, times: 2 })
    api.fail({ method: 'POST', path: '/comments', status: 503, times: 1 })
    const out = await run(FAILING)
    expect(out.action).toBe('created')
    // the last GET looks for a second comment of this step made at the same moment
    expect(commentRequests().map((r) => r.method)).toEqual([
      'GET',
      'GET',
      'GET',
      'POST',
      'POST',
      'GET'
    ])
    expect(log.infos.filter((s) => s.includes('retry'))).toHaveLength(3)
    expect(log.warnings).toEqual([])
  })

  it('gives up after the retries with a warning, never an exception', async () => {
    api.fail({ path: '/comments', status: 500, times: 10 })
    const out = await run(FAILING, { retries: 2 })
    expect(out.action).toBe('skipped')
    expect(out.reason).toMatch(/^GitHub answered 500/)
    expect(commentRequests()).toHaveLength(3)
    expect(log.warnings).toHaveLength(1)
  })

  it('does not retry other client errors', async () => {
    api.fail({ method: 'POST', path: '/comments', status: 404 })
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

describe('one comment per gate step', () => {
  const LEGS = [
    { go: '1.25', os: 'ubuntu-latest' },
    { go: '1.26', os: 'ubuntu-latest' },
    { go: '1.25', os: 'macos-latest' },
    { go: '1.26', os: 'macos-latest' },
    { go: '1.26', os: 'windows-latest', experimental: true },
    { go: '1.26', os: 'ubuntu-latest', include: { race: true } }
  ]

  it('keeps two steps of one job (different working directories) apart, across re-runs', async () => {
    const a = { ...CONTEXT, dir: 'services/api' }
    const b = { ...CONTEXT, dir: 'services/worker' }
    await run(gateReport([finding({ message: 'api is broken' })]), { context: a })
    await run(gateReport([finding({ message: 'worker is broken' })]), { context: b })
    await run(gateReport([finding({ message: 'api is still broken' })]), { context: a })
    expect(api.state.comments).toHaveLength(2)
    const [first, second] = api.state.comments
    expect(first?.body).toContain('api is still broken')
    expect(first?.body).toContain('in `services/api`')
    expect(second?.body).toContain('worker is broken')
    expect(second?.body).toContain('in `services/worker`')
  })

  it('gives each of N matrix jobs running at once its own comment, and updates each on a re-run', async () => {
    const legs = LEGS.map((m) => ({ ...CONTEXT, matrix: JSON.stringify(m) }))
    const results = await Promise.all(
      legs.map((context, i) =>
        run(gateReport([finding({ message: `leg ${i} broken` })]), { context })
      )
    )
    expect(results.map((r) => r.action)).toEqual(LEGS.map(() => 'created'))
    expect(api.state.comments).toHaveLength(LEGS.length)
    const again = await Promise.all(
      legs.map((context, i) =>
        run(gateReport([finding({ message: `leg ${i} still broken` })]), { context })
      )
    )
    expect(again.map((r) => r.action)).toEqual(LEGS.map(() => 'updated'))
    expect(api.state.comments).toHaveLength(LEGS.length)
    for (const [i, context] of legs.entries()) {
      const mine = api.state.comments.filter((c) => c.body.startsWith(marker(context)))
      expect(mine).toHaveLength(1)
      expect(mine[0]?.body).toContain(`leg ${i} still broken`)
    }
    const leg0 = api.state.comments.find((c) => c.body.startsWith(marker(legs[0] ?? CONTEXT)))
    expect(leg0?.body).toContain('CI / build (go=1.25, os=ubuntu-latest)')
  })

  it('leaves one comment when two runs of the same step comment at the same moment', async () => {
    const outs = await Promise.all([
      run(gateReport([finding({ message: 'first run' })]), { mode: 'always' }),
      run(gateReport([finding({ message: 'second run' })]), { mode: 'always' })
    ])
    expect(api.state.comments).toHaveLength(1)
    expect(outs.map((o) => o.action).sort()).toEqual(['created', 'updated'])
    expect(writes().filter((r) => r.method === 'DELETE')).toHaveLength(1)
    // the next run updates the one that is left
    expect((await run(FAILING)).action).toBe('updated')
    expect(api.state.comments).toHaveLength(1)
  })

  it('treats matrix values in another key order as the same leg, and no matrix like null or {}', () => {
    expect(marker({ ...CONTEXT, matrix: '{"os":"linux","go":"1.26"}' })).toBe(
      marker({ ...CONTEXT, matrix: '{ "go": "1.26", "os": "linux" }' })
    )
    expect(marker({ ...CONTEXT, matrix: 'null' })).toBe(marker(CONTEXT))
    expect(marker({ ...CONTEXT, matrix: '{}' })).toBe(marker(CONTEXT))
    expect(marker({ ...CONTEXT, matrix: '{"go":"1.26"}' })).not.toBe(marker(CONTEXT))
    expect(marker({ ...CONTEXT, job: 'test' })).not.toBe(marker(CONTEXT))
    expect(marker({ ...CONTEXT, workflow: 'Release' })).not.toBe(marker(CONTEXT))
  })

  it('uses comment-key to keep apart steps that share everything else', async () => {
    await run(FAILING, { context: { ...CONTEXT, key: 'linux' } })
    await run(FAILING, { context: { ...CONTEXT, key: 'race' } })
    await run(FAILING, { context: { ...CONTEXT, key: 'linux' } })
    expect(api.state.comments).toHaveLength(2)
    expect(api.state.comments[1]?.body).toContain('key `race`')
  })

  it('links to the run and names the commit it checked', async () => {
    const sha = '0123456789abcdef0123456789abcdef01234567'
    const context = {
      ...CONTEXT,
      runUrl: 'https://github.com/acme/svc/actions/runs/99',
      links: { serverUrl: 'https://github.com', repository: 'acme/svc', sha }
    }
    await run(FAILING, { context })
    const html = renderMarkdown(api.state.comments[0]?.body ?? '')
    expect(html).toContain('<a href="https://github.com/acme/svc/actions/runs/99">workflow run</a>')
    expect(html).toContain(
      `<a href="https://github.com/acme/svc/commit/${sha}"><code>0123456789ab</code></a>`
    )
    expect(html).toContain(`<a href="https://github.com/acme/svc/blob/${sha}/go.mod#L3">`)
  })
})

describe('whose comment it is', () => {
  it('edits its own comment on page 3, not a forged marker by another user on page 1', async () => {
    const forged = api.addComment(7, `${marker(CONTEXT)}\nI am the gate, trust me`, 'mallory')
    for (let i = 0; i < 230; i++) api.addComment(7, `chatter ${i}`, 'someone')
    const own = api.addComment(7, `${marker(CONTEXT)}\nold result`)
    expect(api.state.comments.indexOf(own)).toBeGreaterThanOrEqual(200)
    const out = await run(FAILING)
    expect(out.action).toBe('updated')
    expect(api.state.comments.find((c) => c.id === forged.id)?.body).toBe(
      `${marker(CONTEXT)}\nI am the gate, trust me`
    )
    expect(api.state.comments.find((c) => c.id === own.id)?.body).toContain('GOSUMDB is off')
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /repos/acme/svc/issues/comments/${own.id}`
    ])
    expect(log.warnings).toHaveLength(1)
    expect(log.warnings[0]).toContain('by mallory')
    expect(log.warnings[0]).toContain('not written by github-actions[bot]')
  })

  it('creates its own comment when the only marked comment is forged', async () => {
    api.addComment(7, `${marker(CONTEXT)}\nfake`, 'mallory')
    const out = await run(FAILING)
    expect(out.action).toBe('created')
    expect(api.state.comments).toHaveLength(2)
    expect(api.state.comments[0]?.body).toBe(`${marker(CONTEXT)}\nfake`)
  })

  it('learns a GITHUB_TOKEN is github-actions[bot] from GraphQL after GET /user answers 403', async () => {
    await run(FAILING)
    const who = api.state.requests.filter((r) => r.path === '/user' || r.path === '/graphql')
    expect(who.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /user', 'POST /graphql'])
  })

  it('with a personal token, edits only the comments of the token’s user', async () => {
    api.state.users.set('ghp_alice', { login: 'alice', type: 'User' })
    const bots = api.addComment(7, `${marker(CONTEXT)}\nwritten with the GITHUB_TOKEN`)
    const first = await run(FAILING, { token: 'ghp_alice' })
    expect(first.action).toBe('created')
    const second = await run(FAILING, { token: 'ghp_alice' })
    expect(second.action).toBe('updated')
    expect(api.state.comments).toHaveLength(2)
    expect(api.state.comments[1]?.user.login).toBe('alice')
    expect(api.state.comments.find((c) => c.id === bots.id)?.body).toContain('GITHUB_TOKEN')
    // GET /user answered: no GraphQL query was needed
    expect(api.state.requests.some((r) => r.path === '/graphql')).toBe(false)
  })

  it('with an app installation token, edits only the app bot’s comments', async () => {
    api.state.users.set('ghs_app', { login: 'gate-app[bot]', type: 'Bot' })
    const actions = api.addComment(7, `${marker(CONTEXT)}\nby github-actions`)
    await run(FAILING, { token: 'ghs_app' })
    await run(FAILING, { token: 'ghs_app' })
    expect(api.state.comments).toHaveLength(2)
    expect(api.state.comments[1]?.user.login).toBe('gate-app[bot]')
    expect(api.state.comments.find((c) => c.id === actions.id)?.body).toContain('by github-actions')
  })

  it('assumes github-actions[bot] when neither GET /user nor GraphQL answers', async () => {
    api.fail({ path: '/user', status: 403 })
    api.fail({ path: '/graphql', status: 403 })
    const own = api.addComment(7, `${marker(CONTEXT)}\nold`)
    const out = await run(FAILING, { token: 'ghp_unknown' })
    expect(out.action).toBe('updated')
    expect(api.state.comments.find((c) => c.id === own.id)?.body).toContain('GOSUMDB is off')
    expect(
      log.infos.some((s) => s.includes('looking for the comment of github-actions[bot]'))
    ).toBe(true)
  })
})

describe('an API that never answers', () => {
  it('gives up within the overall deadline with a clear warning', async () => {
    api.hang()
    const started = Date.now()
    const out = await run(FAILING, { callTimeoutMs: 300, totalTimeoutMs: 1000, retryDelayMs: 50 })
    const elapsed = Date.now() - started
    expect(out.action).toBe('skipped')
    expect(elapsed).toBeGreaterThanOrEqual(900)
    expect(elapsed).toBeLessThan(2500)
    expect(log.warnings).toHaveLength(1)
    expect(log.warnings[0]).toMatch(/the GitHub API did not (answer|finish)/)
    expect(log.warnings[0]).toContain('The result of the gate is unchanged.')
    // GETs are retried while time is left
    expect(api.state.requests.length).toBeGreaterThan(1)
  })

  it('does not retry a POST that timed out (the comment may exist already)', async () => {
    api.hang({ method: 'POST', path: '/comments' })
    const out = await run(FAILING, { callTimeoutMs: 300, totalTimeoutMs: 5000 })
    expect(out.action).toBe('skipped')
    expect(out.reason).toBe(
      'the GitHub API did not answer POST /repos/{owner}/{repo}/issues/{issue_number}/comments within 0.3 s'
    )
    expect(writes()).toHaveLength(1)
  })

  it('stops retrying 5xx answers when the overall deadline is near', async () => {
    api.fail({ path: '/comments', status: 502, times: 100 })
    const started = Date.now()
    const out = await run(FAILING, { retries: 10, retryDelayMs: 400, totalTimeoutMs: 1000 })
    expect(Date.now() - started).toBeLessThan(1500)
    expect(out.reason).toMatch(/^GitHub answered 502/)
  })
})
