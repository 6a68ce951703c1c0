/**
 * End to end: with no RUNNER_TEMP (a local run, a runner that does not set it) neither the CLI nor
 * the action writes anything into the workspace by default: the JSON report and a recorded
 * baseline go under the OS temp directory, and `git status` of the workspace stays clean.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { cleanGoEnv, inputEnv, parseFileCommands, REPO } from '../../__fixtures__/runner.js'

let tmp: string
let workspace: string
/** TMPDIR of the child processes: where default outputs must land. */
let childTmp: string
/** GITHUB_OUTPUT and friends, outside the workspace. */
let files: string

const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: workspace,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' }
  })

function listing(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.git') continue
      const r = path.join(rel, e.name)
      out.push(r)
      if (e.isDirectory()) walk(path.join(d, e.name), r)
    }
  }
  walk(dir, '')
  return out.sort()
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gbg-clean-'))
  mkdirSync(path.join(tmp, 'home'), { recursive: true })
  childTmp = path.join(tmp, 'childtmp')
  files = path.join(tmp, 'files')
  mkdirSync(childTmp)
  mkdirSync(files)
  workspace = path.join(tmp, 'ws')
  mkdirSync(workspace)
  cpSync(path.join(REPO, 'examples', 'hello', 'go.mod'), path.join(workspace, 'go.mod'))
  cpSync(path.join(REPO, 'examples', 'hello', 'main.go'), path.join(workspace, 'main.go'))
  git('init', '-q')
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '.')
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'init')
})

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function baseEnv(): Record<string, string> {
  return { ...cleanGoEnv(tmp), TMPDIR: childTmp }
}

function assertClean(before: string[]): void {
  expect(git('status', '--porcelain', '--ignored', '--untracked-files=all')).toBe('')
  expect(listing(workspace)).toEqual(before)
}

describe('no RUNNER_TEMP: the workspace is left as it was', () => {
  it('the repository does not ship the stray report', () => {
    expect(existsSync(path.join(REPO, 'examples', 'hello', 'go-baseline-gate'))).toBe(false)
  })

  it('the CLI check (text, json, github formats) writes nothing', () => {
    const before = listing(workspace)
    for (const format of ['text', 'json', 'github']) {
      const r = spawnSync(
        process.execPath,
        [path.join(REPO, 'dist', 'cli.js'), 'check', '--format', format],
        { cwd: workspace, env: baseEnv(), encoding: 'utf8' }
      )
      expect(r.stderr).not.toMatch(/internal error/)
      expect(r.status).toBe(0)
    }
    assertClean(before)
  })

  for (const mode of ['warn', 'record'] as const) {
    it(`the action (mode: ${mode}) writes its default file under the OS temp directory`, () => {
      const before = listing(workspace)
      const output = path.join(files, `output-${mode}`)
      writeFileSync(output, '')
      const env: Record<string, string> = {
        ...baseEnv(),
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: output,
        GITHUB_EVENT_NAME: 'push',
        ...inputEnv({ mode, 'cache-verify': 'quick' })
      }
      expect(env.RUNNER_TEMP).toBeUndefined()
      const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'index.js')], {
        cwd: workspace,
        env,
        encoding: 'utf8'
      })
      expect(r.stdout).not.toMatch(/::error/)
      expect(r.status).toBe(0)
      const outputs = parseFileCommands(readFileSync(output, 'utf8'))
      const written = mode === 'record' ? outputs['recorded-baseline'] : outputs.report
      expect(written).toBeDefined()
      expect(existsSync(written!)).toBe(true)
      expect(path.relative(childTmp, written!).startsWith('..')).toBe(false)
      assertClean(before)
    })
  }
})
