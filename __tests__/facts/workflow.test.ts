import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { workflowEnv } from '../../src/facts/workflow.js'
import { readWorkflowFacts, workflowPath } from '../../src/facts/workflow-read.js'

const WORKFLOW = `name: CI
on: [push]
env:
  GOFLAGS: -mod=mod
  GOPROXY: direct
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      GOPROXY: off
    steps:
      - uses: actions/checkout@v4
      - uses: octo/go-baseline-gate@v1
        env:
          GOFLAGS: -mod=readonly
      - id: second
        uses: octo/go-baseline-gate@v1
        env:
          GOSUMDB: "off"
      - uses: ./
        env:
          GOINSECURE: '*'
  other:
    env:
      GONOSUMDB: x
    steps: []
`

describe('workflowPath', () => {
  it('takes the path inside the repository from GITHUB_WORKFLOW_REF', () => {
    expect(workflowPath('octo/hello/.github/workflows/ci.yml@refs/heads/main')).toBe(
      '.github/workflows/ci.yml'
    )
    expect(workflowPath('octo/hello/.github/workflows/a@b.yml@refs/pull/1/merge')).toBe(
      '.github/workflows/a@b.yml'
    )
  })

  it('refuses anything that is not a workflow path inside .github', () => {
    expect(workflowPath(undefined)).toBeUndefined()
    expect(workflowPath('')).toBeUndefined()
    expect(workflowPath('octo/hello@refs/heads/main')).toBeUndefined()
    expect(workflowPath('octo/hello/.github/../../etc/passwd@x')).toBeUndefined()
    expect(workflowPath('octo/hello/src/ci.yml@x')).toBeUndefined()
  })
})

describe('workflowEnv', () => {
  it('applies workflow, then job, then the running step (by action repository)', () => {
    const { env, stepLine } = workflowEnv(WORKFLOW, 'build', {
      action: '__octo_go-baseline-gate',
      actionRepository: 'octo/go-baseline-gate'
    })
    expect(env.GOFLAGS).toEqual({
      key: 'GOFLAGS',
      value: '-mod=readonly',
      level: 'step',
      line: 15,
      column: 11
    })
    expect(env.GOPROXY).toMatchObject({ value: 'off', level: 'job', line: 10 })
    expect(env.GOSUMDB).toBeUndefined()
    expect(stepLine).toBe(13)
  })

  it('finds the step by its id, and the n-th use of an action by the generated name', () => {
    expect(workflowEnv(WORKFLOW, 'build', { action: 'second' }).env.GOSUMDB).toMatchObject({
      value: 'off',
      line: 19
    })
    const second = workflowEnv(WORKFLOW, 'build', {
      action: '__octo_go-baseline-gate_2',
      actionRepository: 'octo/go-baseline-gate'
    })
    expect(second.env.GOSUMDB).toMatchObject({ level: 'step', line: 19 })
    expect(second.env.GOFLAGS).toMatchObject({ level: 'workflow', line: 4 })
  })

  it('finds a local action step (uses: ./) when there is no action repository', () => {
    const { env } = workflowEnv(WORKFLOW, 'build', { action: '__self' })
    expect(env.GOINSECURE).toMatchObject({ value: '*', level: 'step', line: 22 })
  })

  it('ignores other jobs and yields nothing for broken YAML', () => {
    const { env } = workflowEnv(WORKFLOW, 'build', {})
    expect(env.GONOSUMDB).toBeUndefined()
    expect(env.GOFLAGS).toMatchObject({ level: 'workflow', line: 4, column: 3 })
    expect(workflowEnv('env: [\n', 'build').env).toEqual({})
    expect(workflowEnv('- a\n- b\n', 'build').env).toEqual({})
  })
})

describe('readWorkflowFacts', () => {
  let tmp: string
  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'gbg-wf-'))
    mkdirSync(path.join(tmp, '.github', 'workflows'), { recursive: true })
    writeFileSync(path.join(tmp, '.github', 'workflows', 'ci.yml'), WORKFLOW)
    execFileSync('mkfifo', [path.join(tmp, '.github', 'workflows', 'fifo.yml')])
  })
  afterAll(() => rmSync(tmp, { recursive: true, force: true }))

  const env = (ref: string) => ({
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: tmp,
    GITHUB_WORKFLOW_REF: ref,
    GITHUB_JOB: 'build',
    GITHUB_ACTION: 'second'
  })

  it('reads the workflow named by GITHUB_WORKFLOW_REF relative to the workspace', async () => {
    const facts = await readWorkflowFacts(env('o/r/.github/workflows/ci.yml@refs/heads/main'), tmp)
    expect(facts?.file).toBe('.github/workflows/ci.yml')
    expect(facts?.env.GOSUMDB?.line).toBe(19)
  })

  it('reads nothing outside Actions, for a missing file, or for a FIFO (without waiting)', async () => {
    const ref = 'o/r/.github/workflows/ci.yml@refs/heads/main'
    expect(await readWorkflowFacts({ ...env(ref), GITHUB_ACTIONS: undefined }, tmp)).toBeUndefined()
    expect(await readWorkflowFacts(env('o/r/.github/workflows/nope.yml@x'), tmp)).toBeUndefined()
    expect(await readWorkflowFacts(env('o/r/.github/workflows/fifo.yml@x'), tmp)).toBeUndefined()
  })
})
