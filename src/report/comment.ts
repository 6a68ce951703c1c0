/**
 * The sticky pull-request comment: one per gate step, found by a hidden marker and updated in place
 * on every run. The marker is a hash of the step's key (workflow, job, matrix values, working
 * directory and the optional `comment-key`), so two steps of one job and the legs of a matrix each
 * keep their own comment. Only a comment that carries the marker *and* was written by the token's
 * own identity is edited: a marker copied into someone else's comment is ignored (and logged).
 *
 * `on-violation` creates the comment only when there are violations (findings at or above
 * fail-on) but always updates an existing one, so it says when they are fixed. Any API failure (a
 * fork's read-only token, an outage, a server that never answers) becomes a warning within a
 * bounded time: commenting never changes the gate's verdict.
 */
import { createHash } from 'node:crypto'
import { getOctokit } from '@actions/github'
import type { CommentMode } from '../types.js'
import {
  chars,
  code,
  details,
  type Doc,
  FindingCells,
  findingsTable,
  fitFindings,
  fixItems,
  joinDoc,
  link,
  type LinkContext,
  plural,
  prose,
  verdict
} from './markdown.js'
import type { GateReport } from './types.js'

/** GitHub's limit on a comment body, in characters. */
export const COMMENT_LIMIT = 65536

/** Findings shown before the rest fold into `<details>`. */
const OPEN_ROWS = 10

/** The login the Actions GITHUB_TOKEN comments as. */
export const ACTIONS_BOT = 'github-actions[bot]'

/** Per-request and overall limits for the GitHub API (milliseconds). */
export const DEFAULT_CALL_TIMEOUT_MS = 30_000
export const DEFAULT_TOTAL_TIMEOUT_MS = 120_000

export interface CommentContext {
  repo: { owner: string; repo: string }
  /** The pull request (or issue) number; undefined outside pull requests. */
  issueNumber?: number
  workflow: string
  job: string
  /** The job's matrix values as JSON (`toJSON(matrix)`); empty or `null` outside a matrix. */
  matrix?: string
  /** The checked directory relative to the repository root; undefined for the root. */
  dir?: string
  /** Extra key from the `comment-key` input, for steps the other parts cannot tell apart. */
  key?: string
  /** The run's page and the commit it checked, named in the comment. */
  runUrl?: string
  links?: LinkContext
}

export interface CommentOptions {
  report: GateReport
  mode: CommentMode
  token: string
  context: CommentContext
  /** REST API base URL; defaults to GITHUB_API_URL, then https://api.github.com. */
  apiUrl?: string
  log: { info(s: string): void; warning(s: string): void }
  /** Retries of a request that failed with a 5xx or a network error (default 3). */
  retries?: number
  /** Delay before the first retry, doubled for each further one (default 1000 ms). */
  retryDelayMs?: number
  /** Longest wait for one request (default 30 s). */
  callTimeoutMs?: number
  /** Longest time for all requests together, retries included (default 2 min). */
  totalTimeoutMs?: number
}

export interface CommentOutcome {
  action: 'created' | 'updated' | 'skipped'
  reason?: string
  url?: string
}

const PERMISSION_HINT =
  'The job needs `permissions: pull-requests: write` (pull requests from forks get a read-only GITHUB_TOKEN, so there the gate cannot comment); the result of the gate is unchanged.'

/** A request given up on because the API did not answer in time. */
class ApiTimeout extends Error {}

export async function upsertComment(opts: CommentOptions): Promise<CommentOutcome> {
  const { report, mode, context, log } = opts
  if (mode === 'off') return { action: 'skipped', reason: 'comment is off' }
  if (context.issueNumber === undefined) {
    log.info('Not a pull request: no PR comment.')
    return { action: 'skipped', reason: 'not a pull request' }
  }
  if (!opts.token) {
    const reason = 'no GitHub token'
    log.warning(`Could not comment on the pull request: ${reason}. ${PERMISSION_HINT}`)
    return { action: 'skipped', reason }
  }

  const octokit = getOctokit(opts.token, opts.apiUrl ? { baseUrl: opts.apiUrl } : {})
  guardRequests(octokit, opts)
  const where = { ...context.repo, issue_number: context.issueNumber }
  const mark = marker(context)
  const violating = report.violations > 0

  let step = 'find the identity of the token for'
  try {
    const me = await tokenIdentity(octokit, log)
    step = 'list the comments of'
    const existing = await findComment(octokit, where, mark, me, log)
    if (!existing && !violating && mode === 'on-violation') {
      return { action: 'skipped', reason: 'no violations and no earlier comment' }
    }
    const body = renderComment(report, context, { resolved: !violating && existing !== undefined })
    const update = async (id: number) => {
      step = 'update the comment on'
      const res = await octokit.rest.issues.updateComment({ ...context.repo, comment_id: id, body })
      return res.data.html_url
    }
    if (existing) {
      const url = await update(existing.id)
      log.info(`Updated the PR comment: ${url}`)
      return { action: 'updated', url }
    }
    step = 'comment on'
    const res = await octokit.rest.issues.createComment({ ...where, body })
    log.info(`Created the PR comment: ${res.data.html_url}`)
    // Another run of this same step (a re-run, a quick second push) may have created one at the
    // same moment: keep the oldest, with this run's result, and delete ours.
    step = 'look for a second comment of this step on'
    const own = await ownComments(octokit, where, mark, me)
    const oldest = own.find((c) => c.id < res.data.id)
    if (oldest) {
      const kept = await update(oldest.id)
      step = 'delete the second comment of this step on'
      await octokit.rest.issues.deleteComment({ ...context.repo, comment_id: res.data.id })
      log.info(
        `Another run of this step commented at the same time: updated ${kept} and deleted ${res.data.html_url}.`
      )
      return { action: 'updated', url: kept }
    }
    return { action: 'created', url: res.data.html_url }
  } catch (err) {
    const status = (err as { status?: unknown }).status
    const message = err instanceof Error ? err.message : String(err)
    const reason =
      err instanceof ApiTimeout
        ? message
        : typeof status === 'number'
          ? `GitHub answered ${status}: ${message}`
          : message
    const hint =
      err instanceof ApiTimeout ? 'The result of the gate is unchanged.' : PERMISSION_HINT
    log.warning(`Could not ${step} pull request #${context.issueNumber} (${reason}). ${hint}`)
    return { action: 'skipped', reason }
  }
}

type Octokit = ReturnType<typeof getOctokit>

/**
 * The step's key: workflow, job, matrix values (keys sorted, so the order in the workflow does not
 * matter), working directory and `comment-key`. Equal keys share one comment.
 */
export function commentKey(
  context: Pick<CommentContext, 'workflow' | 'job' | 'matrix' | 'dir' | 'key'>
): string {
  return JSON.stringify([
    context.workflow,
    context.job,
    canonicalMatrix(context.matrix),
    context.dir ?? '',
    context.key ?? ''
  ])
}

/** `toJSON(matrix)` with sorted keys; empty for no matrix (`null`, `{}`, empty); else the text. */
export function canonicalMatrix(matrix: string | undefined): string {
  const text = (matrix ?? '').trim()
  if (text === '' || text === 'null') return ''
  try {
    const value: unknown = JSON.parse(text)
    if (value === null) return ''
    if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)
      return ''
    return JSON.stringify(sortKeys(value))
  } catch {
    return text
  }
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys)
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(v).sort()) out[k] = sortKeys((v as Record<string, unknown>)[k])
    return out
  }
  return v
}

/** The hidden first line that identifies this step's comment. */
export function marker(
  context: Pick<CommentContext, 'workflow' | 'job' | 'matrix' | 'dir' | 'key'>
): string {
  const id = createHash('sha256').update(commentKey(context)).digest('hex').slice(0, 20)
  return `<!-- go-baseline-gate id=${id} -->`
}

/**
 * Who the token comments as: `GET /user` for a personal or user token; an installation token
 * (the Actions GITHUB_TOKEN, a GitHub App's token) gets 403 there, so then GraphQL's `viewer`,
 * which names the app's bot (`github-actions[bot]`, `my-app[bot]`). If neither answers, the
 * GITHUB_TOKEN's bot is assumed: then at worst a new comment is made, never someone else's edited.
 */
async function tokenIdentity(octokit: Octokit, log: CommentOptions['log']): Promise<string> {
  try {
    const res = await octokit.rest.users.getAuthenticated()
    if (res.data.login) return res.data.login
  } catch (err) {
    if (err instanceof ApiTimeout) throw err
    const status = (err as { status?: unknown }).status
    if (status !== 401 && status !== 403 && status !== 404) throw err
  }
  try {
    const res = await octokit.graphql<{ viewer?: { login?: unknown } }>(
      'query { viewer { login } }'
    )
    const login = res.viewer?.login
    if (typeof login === 'string' && login) return login
  } catch (err) {
    if (err instanceof ApiTimeout) throw err
  }
  log.info(
    `Could not tell which account the token belongs to; looking for the comment of ${ACTIONS_BOT}.`
  )
  return ACTIONS_BOT
}

async function findComment(
  octokit: Octokit,
  where: { owner: string; repo: string; issue_number: number },
  mark: string,
  me: string,
  log: CommentOptions['log']
): Promise<{ id: number } | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    ...where,
    per_page: 100
  })
  const forged: string[] = []
  let found: { id: number } | undefined
  for await (const page of pages) {
    for (const c of page.data) {
      if (!isMarked(c.body, mark)) continue
      const author = c.user?.login ?? ''
      if (author.toLowerCase() === me.toLowerCase()) {
        found = { id: c.id }
        break
      }
      forged.push(`${c.html_url} by ${author || 'an unknown user'}`)
    }
    if (found) break
  }
  if (forged.length > 0) {
    log.warning(
      `Ignored ${plural(forged.length, 'comment')} that carry the gate's marker but were not written by ${me}, the account of the token: ${forged.slice(0, 5).join(', ')}${forged.length > 5 ? ', …' : ''}.`
    )
  }
  return found
}

/** Every comment of this step by the token's account, oldest first. */
async function ownComments(
  octokit: Octokit,
  where: { owner: string; repo: string; issue_number: number },
  mark: string,
  me: string
): Promise<Array<{ id: number }>> {
  const out: Array<{ id: number }> = []
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    ...where,
    per_page: 100
  })
  for await (const page of pages) {
    for (const c of page.data) {
      if (isMarked(c.body, mark) && (c.user?.login ?? '').toLowerCase() === me.toLowerCase()) {
        out.push({ id: c.id })
      }
    }
  }
  return out.sort((a, b) => a.id - b.id)
}

function isMarked(body: string | undefined, mark: string): boolean {
  if (!body?.startsWith(mark)) return false
  const next = body.charAt(mark.length)
  return next === '' || next === '\n' || next === '\r'
}

/**
 * Every request gets a deadline (`callTimeoutMs`, cut to what is left of `totalTimeoutMs`), and
 * requests that failed with a 5xx or a network error are retried while the overall time allows.
 * A POST that timed out is not retried: GitHub may have made the comment already.
 */
function guardRequests(octokit: Octokit, opts: CommentOptions): void {
  const retries = opts.retries ?? 3
  const delay = opts.retryDelayMs ?? 1000
  const callMs = opts.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS
  const totalMs = opts.totalTimeoutMs ?? DEFAULT_TOTAL_TIMEOUT_MS
  const deadline = Date.now() + totalMs
  const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`
  octokit.hook.wrap('request', async (request, options) => {
    const what = `${options.method} ${String(options.url)}`
    for (let attempt = 1; ; attempt++) {
      const left = deadline - Date.now()
      if (left <= 0) {
        throw new ApiTimeout(
          `the GitHub API did not finish within ${seconds(totalMs)} in all; gave up before ${what}`
        )
      }
      const limit = Math.min(callMs, left)
      const signal = AbortSignal.timeout(limit)
      try {
        // In place: the hooks inside this one (auth) re-read the options they were called with.
        options.request = { ...options.request, signal }
        return await request(options)
      } catch (err) {
        const timedOut = signal.aborted
        const status = (err as { status?: unknown }).status
        const retriable = timedOut
          ? options.method !== 'POST'
          : typeof status === 'number' && status >= 500
        const wait = delay * 2 ** (attempt - 1)
        const timeout = new ApiTimeout(
          limit < callMs
            ? `the GitHub API did not answer ${what} within the ${seconds(totalMs)} allowed for all requests`
            : `the GitHub API did not answer ${what} within ${seconds(limit)}`
        )
        if (!retriable || attempt > retries) throw timedOut ? timeout : err
        if (Date.now() + wait >= deadline) throw timedOut ? timeout : err
        opts.log.info(
          `GitHub API ${what} ${timedOut ? `did not answer within ${seconds(limit)}` : `answered ${String(status)}`}; retry ${attempt} of ${retries} in ${wait} ms.`
        )
        await new Promise((resolve) => setTimeout(resolve, wait))
      }
    }
  })
}

/** The comment body: marker, verdict, findings and fixes, at most COMMENT_LIMIT characters. */
export function renderComment(
  report: GateReport,
  context: CommentContext,
  opts: { resolved: boolean }
): string {
  const total = report.findings.length
  const cells = new FindingCells(report.findings, context.links, chars)
  const upper = cells.rowsWithin(COMMENT_LIMIT)
  return fitFindings(
    total,
    COMMENT_LIMIT,
    chars,
    (shown) => {
      const parts: Array<string | Doc> = [marker(context), verdict(report, '###', context.dir)]
      parts.push(provenance(context))
      if (opts.resolved) {
        parts.push('No violations now: the violations this comment reported earlier are resolved.')
      }
      if (shown < total) {
        parts.push(
          `> **Truncated:** ${total - shown} of ${plural(total, 'finding')} are not shown (GitHub limits a comment to ${COMMENT_LIMIT} characters); the job summary lists all of them.`
        )
      }
      if (shown > 0) {
        parts.push(findingsTable(cells, shown, OPEN_ROWS))
        const fixes = fixItems(cells, shown)
        if (fixes.length > 0) parts.push(details('How to fix', fixes.join('\n')))
      }
      parts.push(
        '<sub>go-baseline-gate updates this comment on every run of this step; other steps and matrix jobs keep their own.</sub>'
      )
      const doc = joinDoc(parts, '\n\n')
      doc.push('\n')
      return doc
    },
    upper,
    (i) => cells.rowSize(i)
  )
}

/** "Commit abc1234 · run · workflow CI, job build (go=1.22)": what this comment is about. */
function provenance(context: CommentContext): string {
  const parts: string[] = []
  if (context.links) {
    const sha = context.links.sha
    const url = `${context.links.serverUrl}/${context.links.repository}/commit/${sha}`
    parts.push(`Commit ${link(code(sha.slice(0, 12)), url)}`)
  }
  if (context.runUrl) parts.push(link('workflow run', context.runUrl))
  let step = `${prose(context.workflow)} / ${prose(context.job)}`
  const matrix = matrixLabel(context.matrix)
  if (matrix) step += ` (${prose(matrix)})`
  if (context.key) step += ` · key ${code(context.key)}`
  parts.push(step)
  return parts.join(' · ')
}

/** `{"go":"1.22","os":"linux"}` as `go=1.22, os=linux`; other JSON as it is. */
function matrixLabel(matrix: string | undefined): string {
  const canon = canonicalMatrix(matrix)
  if (canon === '') return ''
  try {
    const v: unknown = JSON.parse(canon)
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.entries(v)
        .map(([k, x]) => `${k}=${typeof x === 'string' ? x : JSON.stringify(x)}`)
        .join(', ')
    }
  } catch {
    // not JSON: shown as given
  }
  return canon
}
