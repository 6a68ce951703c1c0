/**
 * Reads the running workflow file (see src/facts/workflow.ts for what is taken from it). The YAML
 * parser loads only when there is a workflow file to parse, so runs outside Actions do not pay
 * for it at start-up.
 */
import * as path from 'node:path'
import { displayPath, isInside } from '../root.js'
import { readRegularFile } from './readfile.js'
import type { WorkflowFacts } from './workflow.js'

/** A workflow file larger than this is not read. */
export const MAX_WORKFLOW_BYTES = 1024 * 1024

/** `owner/repo/.github/workflows/ci.yml@refs/heads/main` -> `.github/workflows/ci.yml`. */
export function workflowPath(ref: string | undefined): string | undefined {
  if (!ref) return undefined
  const at = ref.lastIndexOf('@')
  const full = at >= 0 ? ref.slice(0, at) : ref
  const parts = full.split('/')
  if (parts.length < 3) return undefined
  const rel = parts.slice(2).join('/')
  if (!rel.startsWith('.github/') || rel.split('/').includes('..')) return undefined
  return rel
}

/**
 * Reads the workflow named by GITHUB_WORKFLOW_REF when running in GitHub Actions; undefined when
 * not in Actions, when the file is not in the checkout (another repository's reusable workflow,
 * a checkout elsewhere) or is not a regular file.
 */
export async function readWorkflowFacts(
  env: Record<string, string | undefined>,
  root: string
): Promise<WorkflowFacts | undefined> {
  if (env.GITHUB_ACTIONS !== 'true') return undefined
  const rel = workflowPath(env.GITHUB_WORKFLOW_REF)
  if (!rel) return undefined
  for (const base of [env.GITHUB_WORKSPACE, root]) {
    if (!base) continue
    const file = path.resolve(base, rel)
    if (!isInside(file, root)) continue
    let text: string
    try {
      // Only a regular file, opened non-blocking: a FIFO put in its place is never waited on.
      text = (await readRegularFile(file, MAX_WORKFLOW_BYTES)).toString('utf8')
    } catch {
      continue
    }
    const { workflowEnv } = await import('./workflow.js')
    const parsed = workflowEnv(text, env.GITHUB_JOB, {
      action: env.GITHUB_ACTION,
      actionRepository: env.GITHUB_ACTION_REPOSITORY
    })
    return { file: displayPath(file, root), ...parsed }
  }
  return undefined
}
