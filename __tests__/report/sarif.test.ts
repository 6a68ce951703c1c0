import { createHash } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { finding, gateReport, manyFindings, RULE_META } from '../../__fixtures__/gate-report.js'
import { validateSarif } from '../../__fixtures__/sarif/validate.js'
import { docsUrl } from '../../src/rules.js'
import {
  automationId,
  FINGERPRINT_KEY,
  fingerprintSubject,
  prepareFingerprints,
  informationUri,
  relativeUri,
  renderSarif,
  repoPath,
  sarifText
} from '../../src/report/sarif.js'

const validate = validateSarif

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

function run(log: object): Json {
  return (log as Json).runs[0]
}

describe('renderSarif', () => {
  const report = gateReport(
    [
      finding(),
      finding({
        rule: 'GBG201',
        severity: 'warning',
        location: { file: '/repo/sub dir/go.work', line: 4, column: 2, endLine: 5, endColumn: 9 }
      }),
      finding({
        rule: 'GBG301',
        severity: 'notice',
        location: { file: '/home/runner/.cache/go-build/ab/x-d' }
      }),
      finding({ rule: 'GBG101', location: undefined, message: 'GOFLAGS has [brackets](1)' })
    ],
    { root: '/repo', baseline: '/repo/.github/go-baseline.yml' }
  )
  const log = renderSarif(report, '1.2.3')

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(validate(log) ? [] : validate.errors).toEqual([])
    expect(validate(renderSarif(gateReport(manyFindings(30)), '0.1.0'))).toBe(true)
    expect(validate(renderSarif(gateReport([]), '0.1.0'))).toBe(true)
  })

  it('fails validation for a broken log, so the check above can fail', () => {
    const broken = structuredClone(log) as Json
    broken.runs[0].results[0].level = 'notice'
    expect(validate(broken)).toBe(false)
    const noTool = structuredClone(log) as Json
    delete noTool.runs[0].tool
    expect(validate(noTool)).toBe(false)
    // formats are checked too: an unencoded space is no URI reference
    const badUri = structuredClone(log) as Json
    badUri.runs[0].results[1].locations[0].physicalLocation.artifactLocation.uri = 'sub dir/go.work'
    expect(validate(badUri)).toBe(false)
  })

  it('describes every rule with help text, a docs link and its default level', () => {
    const rules = run(log).tool.driver.rules as Json
    expect(run(log).tool.driver).toMatchObject({ name: 'go-baseline-gate', version: '1.2.3' })
    expect(rules.map((r: Json) => r.id)).toEqual(['GBG101', 'GBG201', 'GBG301'])
    const meta = RULE_META[0]!
    expect(rules[0]).toMatchObject({
      id: 'GBG101',
      name: 'checksum-db-disabled',
      shortDescription: { text: meta.summary },
      help: { text: expect.stringContaining(`Fix: ${meta.fix}`) },
      helpUri: docsUrl(meta),
      defaultConfiguration: { level: 'error' }
    })
    expect(rules[0].helpUri).toMatch(/\/docs\/rules\.md#gbg101$/)
    expect(rules.map((r: Json) => r.defaultConfiguration.level)).toEqual([
      'error',
      'warning',
      'note'
    ])
  })

  it('maps severities to levels and points each result at its rule', () => {
    const results = run(log).results as Json
    expect(results.map((r: Json) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['GBG101', 0, 'error'],
      ['GBG201', 1, 'warning'],
      ['GBG301', 2, 'note'],
      ['GBG101', 0, 'error']
    ])
  })

  it('gives file findings a location relative to %SRCROOT% with the region', () => {
    const results = run(log).results as Json
    expect(run(log).originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } })
    expect(results[0].locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'go.mod', uriBaseId: '%SRCROOT%' },
          region: { startLine: 3, startColumn: 1 }
        }
      }
    ])
    expect(results[1].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'sub%20dir/go.work', uriBaseId: '%SRCROOT%' },
      region: { startLine: 4, startColumn: 2, endLine: 5, endColumn: 9 }
    })
  })

  it('places findings outside the repository on the baseline file, naming the real path', () => {
    const results = run(log).results as Json
    const onBaseline = [
      {
        physicalLocation: {
          artifactLocation: { uri: '.github/go-baseline.yml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 1 }
        }
      }
    ]
    expect(results[2].locations).toEqual(onBaseline)
    expect(results[2].message.text).toContain('Where: /home/runner/.cache/go-build/ab/x-d')
    expect(results[3].locations).toEqual(onBaseline)
    const builtIn = renderSarif(
      gateReport([finding({ location: undefined })], { baseline: undefined, dir: '/repo/sub' }),
      '0.1.0'
    )
    // No baseline and no place found by the engine: the checked directory, never no location.
    expect(run(builtIn).results[0].locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'sub', uriBaseId: '%SRCROOT%' },
          region: { startLine: 1 }
        }
      }
    ])
  })

  it('keeps the message, fix and values as plain data, with link brackets escaped', () => {
    const results = run(log).results as Json
    expect(results[0].message.text).toBe(
      'GOSUMDB is off, checksum verification is disabled.\nFix: go env -u GOSUMDB'
    )
    expect(results[3].message.text).toContain('GOFLAGS has \\[brackets\\](1)')
    expect(results[0].properties).toEqual({
      expected: 'sum.golang.org',
      actual: 'off',
      source: 'environment'
    })
  })

  it('adds a descriptor for a finding whose rule the report does not list', () => {
    const odd = renderSarif(gateReport([finding({ rule: 'GBG999' })]), '0.1.0')
    expect(validate(odd)).toBe(true)
    const r = run(odd)
    expect(r.tool.driver.rules.map((x: Json) => x.id)).toContain('GBG999')
    expect(r.results[0].ruleIndex).toBe(r.tool.driver.rules.length - 1)
  })
})

describe('what code scanning needs', () => {
  it('names the tool home and gives every rule Markdown help with the docs link', () => {
    const log = renderSarif(gateReport([finding()]), '1.2.3')
    const driver = run(log).tool.driver
    expect(driver.informationUri).toBe(informationUri())
    expect(driver.informationUri).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+$/)
    expect(docsUrl(RULE_META[0]!).startsWith(`${driver.informationUri}/`)).toBe(true)
    const help = driver.rules[0].help
    expect(help.markdown).toBe(
      `${RULE_META[0]!.summary}\n\n**Fix:** ${RULE_META[0]!.fix}\n\n[Documentation of GBG101](${docsUrl(RULE_META[0]!)})`
    )
  })

  it('fingerprints results the same across runs in other directories, at other times', () => {
    const at = (root: string, seconds: number, hash: string) =>
      gateReport(
        [
          finding({ rule: 'GBG102', envKey: 'GOFLAGS', location: { file: 'go.mod', line: 3 } }),
          finding({
            rule: 'GBG301',
            severity: 'notice',
            message: `entry ${root}/gocache/ab/${hash}-a unused for ${seconds}s`,
            location: { file: 'go.mod', line: 3 }
          }),
          finding({
            rule: 'GBG201',
            message: 'use ./missing01',
            location: { file: 'go.work', line: 4 }
          }),
          finding({
            rule: 'GBG201',
            message: 'use ./missing02',
            location: { file: 'go.work', line: 5 }
          })
        ],
        { root }
      )
    const prints = (log: object) =>
      (run(log).results as Json[]).map((r) => r.partialFingerprints[FINGERPRINT_KEY] as string)
    const a = prints(renderSarif(at('/tmp/gbg-aaaa', 10, 'f'.repeat(64)), '0.1.0'))
    const b = prints(renderSarif(at('/home/runner/work/x', 99999, 'e'.repeat(64)), '0.1.0'))
    expect(a).toEqual(b)
    expect(new Set(a).size).toBe(4) // equal messages on one file are told apart
    for (const p of a) expect(p).toMatch(/^[0-9a-f]{32}:\d+$/)
    // A different rule or file is a different alert.
    const other = gateReport(
      [finding({ rule: 'GBG102', envKey: 'GOFLAGS', location: { file: 'a/go.mod', line: 3 } })],
      {
        root: '/tmp/gbg-aaaa'
      }
    )
    expect(prints(renderSarif(other, '0.1.0'))[0]).not.toBe(a[0])
    expect(
      fingerprintSubject(finding({ message: 'cache at C:\\Users\\r\\go-build is 12 MiB' }))
    ).toBe('\u0000cache at <path> is 0 MiB')
  })

  it('fingerprints are the hash of rule, file and subject with the occurrence, kept or not from the last', () => {
    // Equal subjects in a row, then apart: each print is computed from its own finding.
    const messages = ['m1 here', 'm2 here', 'x', 'm3 here', 'x', 'm4 here']
    const report = gateReport(
      messages.map((message, i) =>
        finding({ rule: 'GBG201', message, location: { file: 'go.work', line: i + 1 } })
      ),
      { root: '/r' }
    )
    const got = (run(renderSarif(report, '0.1.0')).results as Json[]).map(
      (r) => r.partialFingerprints[FINGERPRINT_KEY] as string
    )
    const seen = new Map<string, number>()
    const expected = messages.map((message) => {
      const subject = fingerprintSubject(finding({ message }))
      const digest = createHash('sha256')
        .update(`GBG201\u0000go.work\u0000${subject}`)
        .digest('hex')
      seen.set(digest, (seen.get(digest) ?? 0) + 1)
      return `${digest.slice(0, 32)}:${seen.get(digest)}`
    })
    expect(got).toEqual(expected)
    expect(got.map((p) => p.split(':')[1])).toEqual(['1', '2', '1', '3', '2', '4'])
  })

  it('fingerprints prepared ahead are the ones made when the log is written', () => {
    const findings = () => [
      finding({ rule: 'GBG201', message: 'use ./a', location: { file: 'go.work', line: 4 } }),
      finding({
        rule: 'GBG201',
        message: 'use ./b',
        location: { file: '/repo/sub/go.mod', line: 2 }
      }),
      finding({
        rule: 'GBG301',
        message: 'entry /x/ab-a',
        location: { file: '/home/u/.cache/ab' }
      }),
      finding({ rule: 'GBG102', envKey: 'GOFLAGS', message: 'GOFLAGS has -mod=mod' })
    ]
    const text = (report: ReturnType<typeof gateReport>) =>
      JSON.stringify(renderSarif(report, '0.1.0'))
    const report = gateReport(findings())
    const plain = text(gateReport(findings()))
    prepareFingerprints(report.findings, report.root, report.baseline)
    expect(text(report)).toBe(plain)
    // Prepared for another root or baseline: each print is still that of the log's own files.
    for (const [root, baseline] of [
      ['/elsewhere', report.baseline],
      ['/repo', undefined],
      ['/repo/sub', '/repo/sub/b.yml']
    ] as const) {
      const again = gateReport(findings())
      prepareFingerprints(again.findings, root, baseline)
      expect(text(again)).toBe(plain)
    }
  })

  it('sets automationDetails.id per workflow, job, matrix leg and working directory', () => {
    const env = {
      GITHUB_WORKFLOW_REF: 'octo/hello/.github/workflows/ci.yml@refs/heads/main',
      GITHUB_JOB: 'gate'
    }
    const report = gateReport([], { root: '/repo', dir: '/repo/svc/api' })
    expect(automationId(report, { env })).toBe(
      '.github/workflows/ci.yml/gate/platform=linux-amd64,dir=svc/api/'
    )
    expect(automationId(report, { env, matrix: '{"os":"ubuntu-latest","go":"1.22"}' })).toBe(
      '.github/workflows/ci.yml/gate/go="1.22",os="ubuntu-latest",dir=svc/api/'
    )
    expect(automationId(report, { env, matrix: 'null' })).toBe(automationId(report, { env }))
    const other = gateReport([], { root: '/repo', dir: '/repo' })
    expect(automationId(other, { env })).not.toBe(automationId(report, { env }))
    expect(automationId(other, {})).toBe('local/gate/platform=linux-amd64,dir=./')
    const log = renderSarif(report, '0.1.0', { env })
    expect(run(log).automationDetails).toEqual({ id: automationId(report, { env }) })
    expect(validate(log)).toBe(true)
  })
})

describe('SARIF helpers', () => {
  it('repoPath keeps paths inside the root and rejects the rest', () => {
    expect(repoPath('/repo/a/go.mod', '/repo')).toBe('a/go.mod')
    expect(repoPath('a/go.mod', '/repo')).toBe('a/go.mod')
    expect(repoPath('/elsewhere/go.mod', '/repo')).toBeUndefined()
    expect(repoPath('/repository/go.mod', '/repo')).toBeUndefined()
    expect(repoPath('../go.mod', '/repo')).toBeUndefined()
    expect(repoPath('a/../../go.mod', '/repo')).toBeUndefined()
    expect(repoPath('a/./b/../go.mod', '/repo')).toBe('a/go.mod')
    expect(repoPath('/repo', '/repo')).toBeUndefined()
  })

  it('relativeUri percent-encodes segments and uses / on every OS', () => {
    expect(relativeUri('a b/c#d%e?.mod')).toBe('a%20b/c%23d%25e%3F.mod')
    expect(relativeUri('dir\\sub\\go.mod')).toBe('dir/sub/go.mod')
    expect(relativeUri('./go.mod')).toBe('go.mod')
  })

  it('sarifText escapes square brackets only', () => {
    expect(sarifText('see [x](1) and C:\\go')).toBe('see \\[x\\](1) and C:\\go')
  })
})
