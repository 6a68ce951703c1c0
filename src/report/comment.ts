/**
 * The sticky pull-request comment: one per workflow + job, found by a hidden marker and updated in
 * place on every run. `on-violation` creates it only when there are violations (findings at or
 * above fail-on) but always updates an existing one, so it says when they are fixed. Any API failure (a fork's read-only token, an outage) becomes a warning:
 * commenting never changes the gate's verdict.
 */
import { getOctokit } from '@actions/github'
import type { CommentMode } from '../types.js'
import {
  chars,
  details,
  findingsTable,
  fitFindings,
  fixItems,
  plural,
  prose,
  verdict
} from './markdown.js'
import type { GateReport } from './types.js'

/** GitHub's limit on a comment body, in characters. */
export const COMMENT_LIMIT = 65536

/** Findings shown before the rest fold into `<details>`. */
const OPEN_ROWS = 10

export interface CommentContext {
  repo: { owner: string; repo: string }
  /** The pull request (or issue) number; undefined outside pull requests. */
  issueNumber?: number
  job: string
  workflow: string
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
}

export interface CommentOutcome {
  action: 'created' | 'updated' | 'skipped'
  reason?: string
  url?: string
}

const PERMISSION_HINT =
  'The job needs `permissions: pull-requests: write` (pull requests from forks get a read-only GITHUB_TOKEN, so there the gate cannot comment); the result of the gate is unchanged.'

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
  retryServerErrors(octokit, opts)
  const where = { ...context.repo, issue_number: context.issueNumber }
  const mark = marker(context)
  const violating = report.violations > 0

  let step = 'list the comments of'
  try {
    const existing = await findComment(octokit, where, mark)
    if (!existing && !violating && mode === 'on-violation') {
      return { action: 'skipped', reason: 'no violations and no earlier comment' }
    }
    const body = renderComment(report, context, { resolved: !violating && existing !== undefined })
    if (existing) {
      step = 'update the comment on'
      const res = await octokit.rest.issues.updateComment({
        ...context.repo,
        comment_id: existing.id,
        body
      })
      log.info(`Updated the PR comment: ${res.data.html_url}`)
      return { action: 'updated', url: res.data.html_url }
    }
    step = 'comment on'
    const res = await octokit.rest.issues.createComment({ ...where, body })
    log.info(`Created the PR comment: ${res.data.html_url}`)
    return { action: 'created', url: res.data.html_url }
  } catch (err) {
    const status = (err as { status?: unknown }).status
    const message = err instanceof Error ? err.message : String(err)
    const reason = typeof status === 'number' ? `GitHub answered ${status}: ${message}` : message
    log.warning(
      `Could not ${step} pull request #${context.issueNumber} (${reason}). ${PERMISSION_HINT}`
    )
    return { action: 'skipped', reason }
  }
}

type Octokit = ReturnType<typeof getOctokit>

/** The hidden marker that identifies this workflow + job's comment. */
export function marker(context: Pick<CommentContext, 'workflow' | 'job'>): string {
  // Percent-encoding keeps `-->` and newlines out of the HTML comment.
  return `<!-- go-baseline-gate workflow=${encodeURIComponent(context.workflow)} job=${encodeURIComponent(context.job)} -->`
}

async function findComment(
  octokit: Octokit,
  where: { owner: string; repo: string; issue_number: number },
  mark: string
): Promise<{ id: number } | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    ...where,
    per_page: 100
  })
  for await (const page of pages) {
    const found = page.data.find((c) => c.body?.startsWith(mark))
    if (found) return { id: found.id }
  }
  return undefined
}

/** Retries requests that failed with a 5xx (or a network error, which Octokit reports as 500). */
function retryServerErrors(octokit: Octokit, opts: CommentOptions): void {
  const retries = opts.retries ?? 3
  const delay = opts.retryDelayMs ?? 1000
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(options)
      } catch (err) {
        const status = (err as { status?: unknown }).status
        if (attempt > retries || typeof status !== 'number' || status < 500) throw err
        const wait = delay * 2 ** (attempt - 1)
        opts.log.info(
          `GitHub API ${options.method} ${options.url} answered ${status}; retry ${attempt} of ${retries} in ${wait} ms.`
        )
        await new Promise((resolve) => setTimeout(resolve, wait))
      }
    }
  })
}

/** The comment body: marker, verdict, findings and fixes, at most COMMENT_LIMIT characters. */
export function renderComment(
  report: GateReport,
  context: Pick<CommentContext, 'workflow' | 'job'>,
  opts: { resolved: boolean }
): string {
  const total = report.findings.length
  return fitFindings(total, COMMENT_LIMIT, chars, (shown) => {
    const findings = report.findings.slice(0, shown)
    const parts = [marker(context), verdict(report, '###')]
    if (opts.resolved) {
      parts.push('No violations now: the violations this comment reported earlier are resolved.')
    }
    if (shown < total) {
      parts.push(
        `> **Truncated:** ${total - shown} of ${plural(total, 'finding')} are not shown (GitHub limits a comment to ${COMMENT_LIMIT} characters); the job summary lists all of them.`
      )
    }
    if (findings.length > 0) {
      parts.push(findingsTable(findings, OPEN_ROWS))
      const fixes = fixItems(findings)
      if (fixes.length > 0) parts.push(details('How to fix', fixes.join('\n')))
    }
    parts.push(
      `<sub>Workflow ${prose(context.workflow)}, job ${prose(context.job)}. go-baseline-gate updates this comment on every run.</sub>`
    )
    return parts.join('\n\n') + '\n'
  })
}
