/**
 * Every finding has a place, end to end: node dist/index.js as a runner runs it, with the workflow
 * file named by GITHUB_WORKFLOW_REF in the workspace.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { cleanGoEnv, REPO, runAction } from '../../__fixtures__/runner.js'

let tmp: string
let workspace: string

const WORKFLOW = `name: CI
on: pull_request
jobs:
  gate:
    runs-on: ubuntu-latest
    env:
      GOFLAGS: -mod=mod
    steps:
      - uses: actions/checkout@v4
      - uses: octo/go-baseline-gate@v1
        with:
          mode: enforce
`

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gbg-e2e-locate-'))
  mkdirSync(path.join(tmp, 'home'), { recursive: true })
  workspace = path.join(tmp, 'ws')
  cpSync(path.join(REPO, 'examples', 'hello'), workspace, { recursive: true })
  rmSync(path.join(workspace, '.github'), { recursive: true, force: true })
  mkdirSync(path.join(workspace, '.github', 'workflows'), { recursive: true })
  writeFileSync(path.join(workspace, '.github', 'workflows', 'ci.yml'), WORKFLOW)
})

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

function gate(env: Record<string, string>) {
  return runAction({
    workspace,
    inputs: { mode: 'enforce', 'cache-verify': 'off', sarif: 'out/gate.sarif' },
    env: cleanGoEnv(tmp, {
      GOFLAGS: '-mod=mod',
      GITHUB_ACTION: '__octo_go-baseline-gate',
      GITHUB_ACTION_REPOSITORY: 'octo/go-baseline-gate',
      ...env
    })
  })
}

describe('environment findings are placed where the value is set', () => {
  it('GOFLAGS: -mod=mod under the job env: the annotation points at that line of the workflow', async () => {
    const r = await gate({
      GITHUB_WORKFLOW_REF: 'octo/hello/.github/workflows/ci.yml@refs/heads/main'
    })
    expect(r.outputs.result).toBe('fail')
    const gbg102 = r.commands.find(
      (c) => c.command === 'error' && c.properties.title?.startsWith('GBG102')
    )
    expect(gbg102?.properties).toMatchObject({
      file: '.github/workflows/ci.yml',
      line: '7',
      col: '7'
    })
    // SARIF: the same place, and every result has a location.
    const sarif = JSON.parse(
      readFileSync(path.join(workspace, 'out', 'gate.sarif'), 'utf8')
    ) as Json
    const results = sarif.runs[0].results as Json[]
    const r102 = results.find((x) => x.ruleId === 'GBG102')
    expect(r102?.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: '.github/workflows/ci.yml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 7 }
    })
    expect(results.every((x) => x.locations?.length === 1)).toBe(true)
  })

  it('without a workflow file the finding goes on the go line of go.mod, saying where GOFLAGS comes from', async () => {
    const r = await gate({
      GITHUB_WORKFLOW_REF: 'octo/hello/.github/workflows/gone.yml@refs/heads/main'
    })
    const gbg102 = r.commands.find(
      (c) => c.command === 'error' && c.properties.title?.startsWith('GBG102')
    )
    const goLine =
      readFileSync(path.join(workspace, 'go.mod'), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('go ')) + 1
    expect(goLine).toBeGreaterThan(0)
    expect(gbg102?.properties).toMatchObject({ file: 'go.mod', line: String(goLine) })
    expect(gbg102?.message).toContain('(set by the process environment)')
    expect(gbg102?.message).toContain(
      '(Shown on the go line of go.mod: the value is not set in a file of this repository.)'
    )
  })
})
