/**
 * Whether the post step may save the cache. A saved cache is restored by later runs, including
 * the default branch's, so only runs whose code the repository trusts may write it:
 *  - never `pull_request_target`, `workflow_run`, `issue_comment` and the other events a fork's
 *    author can trigger with the base repository's token, nor a `pull_request*` event from a fork;
 *  - `cache-save: default-branch` (the default) also needs the run to be on the default branch;
 *  - `cache-save: never` only restores.
 * The decision is pure (event name, ref and payload in); reasons are for the log.
 */
import type { SavePolicy } from './types.js'

export interface RunContext {
  eventName: string
  /** GITHUB_REF, e.g. `refs/heads/main`. */
  ref: string
  /** The parsed GITHUB_EVENT_PATH payload ({} when unreadable). */
  event: Record<string, unknown>
}

export interface SaveDecision {
  save: boolean
  reason: string
}

/** Events whose code comes from the repository itself (a push, a maintainer's dispatch, …). */
const TRUSTED_EVENTS = new Set([
  'push',
  'schedule',
  'workflow_dispatch',
  'repository_dispatch',
  'merge_group',
  'release',
  'create',
  'pull_request'
])

type Json = Record<string, unknown>
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {})

/** A pull request whose head is another repository (a fork). */
export function isForkPullRequest(event: Json): boolean {
  const pr = obj(event.pull_request)
  const head = obj(obj(pr.head).repo)
  const baseRepo = obj(obj(pr.base).repo)
  if (head.fork === true) return true
  return (
    typeof head.full_name === 'string' &&
    typeof baseRepo.full_name === 'string' &&
    head.full_name !== baseRepo.full_name
  )
}

/** The default branch from the payload (`repository.default_branch`). */
export function defaultBranch(event: Json): string | undefined {
  const b = obj(event.repository).default_branch
  return typeof b === 'string' && b !== '' ? b : undefined
}

export function decideSave(policy: SavePolicy, ctx: RunContext): SaveDecision {
  if (policy === 'never') return { save: false, reason: 'cache-save is never' }
  if (!TRUSTED_EVENTS.has(ctx.eventName))
    return {
      save: false,
      reason: `a ${ctx.eventName || 'unknown'} run is not trusted to write the cache (it can run code from outside the repository)`
    }
  if (ctx.eventName === 'pull_request' && isForkPullRequest(ctx.event))
    return { save: false, reason: 'a pull request from a fork never writes the cache' }
  if (policy === 'trusted') return { save: true, reason: `a trusted ${ctx.eventName} run` }
  // default-branch: schedule payloads carry no repository, but schedules run on the default branch.
  if (ctx.eventName === 'schedule') return { save: true, reason: 'a schedule run (default branch)' }
  const branch = defaultBranch(ctx.event)
  if (branch === undefined)
    return {
      save: false,
      reason: 'the event does not name the default branch (cache-save: default-branch)'
    }
  if (ctx.ref !== `refs/heads/${branch}`)
    return {
      save: false,
      reason: `${ctx.ref || 'this ref'} is not the default branch ${branch} (cache-save: default-branch)`
    }
  return { save: true, reason: `a ${ctx.eventName} run on the default branch ${branch}` }
}
