import * as core from '@actions/core'
import { mkdir, writeFile } from '../facts/fs-async.js'
import * as path from 'node:path'
import { renderBaseline } from '../baseline/record.js'
import { collectGoFacts } from '../facts/go.js'
import { logText } from '../log.js'
import type { GateOptions } from '../options.js'
import { fence } from '../report/markdown.js'
import { defaultOutputDir } from '../output.js'

/**
 * `mode: record`: write a baseline from this job's environment into the job summary (and a file
 * under RUNNER_TEMP or the OS temp directory, output `recorded-baseline`), so a team can bootstrap from its CI environment.
 */
export async function recordBaselineForSummary(
  opts: GateOptions,
  env: Record<string, string | undefined>
): Promise<void> {
  const go = await collectGoFacts({ goBinary: opts.go, cwd: opts.dir, env })
  const text = renderBaseline({ go, processEnv: env, root: opts.root })
  const file = path.join(defaultOutputDir(env), 'go-baseline.yml')
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, text)
  core.setOutput('recorded-baseline', file)
  core.setOutput('result', 'pass')
  core.setOutput('go-version', go.version)
  logText(`recorded baseline written to ${file}:\n${text}`, (s) => process.stdout.write(s))
  if (env.GITHUB_STEP_SUMMARY) {
    await core.summary
      .addRaw(
        `## go-baseline-gate: recorded baseline\n\nCommit this as \`.github/go-baseline.yml\` to gate later runs against this environment (${go.version}).\n\n${fence(text)}\n`
      )
      .write()
  }
}
