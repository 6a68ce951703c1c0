import * as core from '@actions/core'
import * as path from 'node:path'
import { STATE_KEY } from '../actions-cache/action.js'
import { abandonedCalls } from '../actions-cache/deadline.js'
import type { RunContext } from '../actions-cache/trust.js'
import type { StoreState } from '../actions-cache/types.js'
import { readEvent } from '../event.js'
import { logText } from '../log.js'

const info = (text: string): void => logText(text, (s) => process.stdout.write(s))

function runContext(env: Record<string, string | undefined>): RunContext {
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    event: readEvent(env)
  }
}

/**
 * The post step runs after the job's other steps: with `cache: true` it trims GOCACHE and saves
 * it (and GOMODCACHE) when this run may; it never fails the job.
 */
export async function run(env: Record<string, string | undefined> = process.env): Promise<void> {
  const raw = core.getState(STATE_KEY)
  if (!raw) {
    info('go-baseline-gate post: nothing to do (cache is not enabled)')
    return
  }
  try {
    const { postStore } = await import('../actions-cache/save.js')
    await postStore({
      state: JSON.parse(raw) as StoreState,
      ctx: runContext(env),
      workspace: path.resolve(env.GITHUB_WORKSPACE ?? process.cwd()),
      env,
      log: info,
      warn: (s) => core.warning(s)
    })
  } catch (err) {
    core.warning(`go-baseline-gate post: the build cache was not saved: ${(err as Error).message}`)
  } finally {
    // A cache service call given up at its deadline may still hold a socket: end the step.
    if (abandonedCalls() > 0) process.exit()
  }
}
