import * as core from '@actions/core'
import { logText } from './log.js'

/**
 * The post step runs after the job's other steps. Today it only reports what the main step left;
 * the build-cache save (input `cache`) will live here.
 */
export async function run(): Promise<void> {
  const gocache = core.getState('gocache')
  logText(
    gocache
      ? `go-baseline-gate post: GOCACHE was ${gocache}; no cache save configured`
      : 'go-baseline-gate post: nothing to do',
    (s) => process.stdout.write(s)
  )
}
