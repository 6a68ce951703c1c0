/**
 * The action's TypeScript entry run once through @github/local-action, GitHub's own local runner
 * for JavaScript actions (it reads action.yml, applies input defaults and stubs @actions/core).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { cleanGoEnv, parseCommands, REPO } from '../../__fixtures__/runner.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'gbg-local-action-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('@github/local-action', () => {
  it('runs src/entry/main.ts and reports GOFLAGS=-mod=mod as an annotation with result=fail', () => {
    const workspace = path.join(tmp, 'ws')
    cpSync(path.join(REPO, 'examples', 'hello'), workspace, { recursive: true })
    mkdirSync(path.join(tmp, 'home'), { recursive: true })
    const envFile = path.join(tmp, 'local.env')
    writeFileSync(
      envFile,
      [
        'INPUT_MODE=enforce',
        'INPUT_CACHE-VERIFY=off',
        `GITHUB_WORKSPACE=${workspace}`,
        `RUNNER_TEMP=${tmp}`,
        'GOFLAGS=-mod=mod'
      ].join('\n') + '\n'
    )
    const env = {
      ...cleanGoEnv(tmp),
      PATH: `${path.dirname(process.execPath)}:${process.env.PATH ?? ''}`,
      npm_config_update_notifier: 'false'
    }
    const r = spawnSync(
      process.execPath,
      [
        path.join(REPO, 'node_modules/@github/local-action/bin/local-action.js'),
        'run',
        REPO,
        'src/entry/main.ts',
        envFile
      ],
      { cwd: REPO, env, encoding: 'utf8', timeout: 180_000 }
    )
    const commands = parseCommands(r.stdout)
    const annotation = commands.find(
      (c) => c.command === 'error' && c.properties.title === 'GBG102 goflags-mod-mod'
    )
    expect(annotation?.message).toContain('GOFLAGS=-mod=mod')
    const outputs = Object.fromEntries(
      commands.filter((c) => c.command === 'set-output').map((c) => [c.properties.name, c.message])
    )
    expect(outputs).toMatchObject({
      result: 'fail',
      violations: '1',
      'go-version': expect.stringMatching(/^go1\./)
    })
  })
})
