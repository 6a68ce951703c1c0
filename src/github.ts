import { readEvent } from './event.js'
import { linkContextFromEnv, runUrl } from './report/markdown.js'
import { upsertComment, type CommentContext } from './report/comment.js'
import type { GateReport } from './report/types.js'
import { relativeDir } from './report/where.js'
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

/** Environment variables that bound the time spent on the GitHub API, in seconds. */
export const API_TIMEOUT_ENV = 'GO_BASELINE_GATE_API_TIMEOUT'
export const API_TOTAL_TIMEOUT_ENV = 'GO_BASELINE_GATE_API_TOTAL_TIMEOUT'

/** A positive number of seconds from `name` as milliseconds, or undefined (with a warning) if invalid. */
function secondsFromEnv(
  env: Record<string, string | undefined>,
  name: string,
  warn: (s: string) => void
): number | undefined {
  const raw = env[name]?.trim()
  if (!raw) return undefined
  const n = Number(raw)
  if (!Number.isFinite(n) || n <= 0) {
    warn(`${name}=${JSON.stringify(raw)} is not a positive number of seconds; using the default.`)
    return undefined
  }
  return Math.round(n * 1000)
}

export interface CommentInputs {
  /** `toJSON(matrix)` of the job (the action passes it by default). */
  matrix?: string
  /** The `comment-key` input: tells apart steps that share workflow, job, matrix and directory. */
  commentKey?: string
}

/** Posts or updates the sticky PR comment; never throws (a comment must not change the verdict). */
export async function postComment(
  report: GateReport,
  mode: CommentMode,
  token: string,
  env: Record<string, string | undefined>,
  log: { info(s: string): void; warning(s: string): void },
  inputs: CommentInputs = {}
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
  const links = linkContextFromEnv(env)
  const run = runUrl(env)
  const dir = relativeDir(report)
  const context: CommentContext = {
    repo: ctx.repo,
    issueNumber: ctx.issueNumber,
    job: ctx.job,
    workflow: ctx.workflow,
    ...(inputs.matrix ? { matrix: inputs.matrix } : {}),
    ...(dir ? { dir } : {}),
    ...(inputs.commentKey?.trim() ? { key: inputs.commentKey.trim() } : {}),
    ...(run ? { runUrl: run } : {}),
    ...(links ? { links } : {})
  }
  const callTimeoutMs = secondsFromEnv(env, API_TIMEOUT_ENV, (s) => log.warning(s))
  const totalTimeoutMs = secondsFromEnv(env, API_TOTAL_TIMEOUT_ENV, (s) => log.warning(s))
  try {
    const outcome = await upsertComment({
      report,
      mode,
      token,
      context,
      ...(ctx.apiUrl ? { apiUrl: ctx.apiUrl } : {}),
      ...(callTimeoutMs ? { callTimeoutMs } : {}),
      ...(totalTimeoutMs ? { totalTimeoutMs } : {}),
      log
    })
    log.info(
      `comment: ${outcome.action}${outcome.reason ? ` (${outcome.reason})` : ''}${outcome.url ? ` ${outcome.url}` : ''}`
    )
  } catch (err) {
    log.warning(`comment: failed: ${(err as Error).message}`)
  }
}
