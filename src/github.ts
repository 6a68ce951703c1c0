import { readEvent } from './event.js'
import { upsertComment } from './report/comment.js'
import type { GateReport } from './report/types.js'
import type { CommentMode } from './types.js'

export interface RunContext {
  repo?: { owner: string; repo: string }
  issueNumber?: number
  job: string
  workflow: string
  eventName?: string
  apiUrl?: string
}

/** The run's context from the runner's environment (GITHUB_REPOSITORY, GITHUB_EVENT_PATH, …). */
export function runContextFromEnv(env: Record<string, string | undefined>): RunContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const event = readEvent(env) as {
    pull_request?: { number?: number }
    issue?: { number?: number }
    number?: number
  }
  const issueNumber = event.pull_request?.number ?? event.issue?.number ?? event.number
  return {
    ...(owner && repo ? { repo: { owner, repo } } : {}),
    ...(issueNumber !== undefined ? { issueNumber } : {}),
    job: env.GITHUB_JOB ?? 'job',
    workflow: env.GITHUB_WORKFLOW ?? 'workflow',
    eventName: env.GITHUB_EVENT_NAME,
    apiUrl: env.GITHUB_API_URL
  }
}

/** Posts or updates the sticky PR comment; never throws (a comment must not change the verdict). */
export async function postComment(
  report: GateReport,
  mode: CommentMode,
  token: string,
  env: Record<string, string | undefined>,
  log: { info(s: string): void; warning(s: string): void }
): Promise<void> {
  const ctx = runContextFromEnv(env)
  if (!ctx.repo || ctx.issueNumber === undefined) {
    log.info('comment: skipped, this run is not for a pull request')
    return
  }
  if (!token) {
    log.warning('comment: skipped, no token (set the `token` input or GITHUB_TOKEN)')
    return
  }
  try {
    const outcome = await upsertComment({
      report,
      mode,
      token,
      context: {
        repo: ctx.repo,
        issueNumber: ctx.issueNumber,
        job: ctx.job,
        workflow: ctx.workflow
      },
      ...(ctx.apiUrl ? { apiUrl: ctx.apiUrl } : {}),
      log
    })
    log.info(
      `comment: ${outcome.action}${outcome.reason ? ` (${outcome.reason})` : ''}${outcome.url ? ` ${outcome.url}` : ''}`
    )
  } catch (err) {
    log.warning(`comment: failed: ${(err as Error).message}`)
  }
}
