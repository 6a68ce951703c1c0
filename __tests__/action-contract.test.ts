/** action.yml, the README, the CLI and the entry points agree on one contract. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { cli } from '../src/entry/cli.js'

const read = (p: string) => readFileSync(new URL(`../${p}`, import.meta.url), 'utf8')
const action = parse(read('action.yml')) as {
  name: string
  description: string
  author: string
  runs: { using: string; main: string; post: string; 'post-if'?: string }
  branding: object
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
}
const readme = read('README.md')

async function help(): Promise<string> {
  let out = ''
  await cli(['help'], {
    stdout: (s) => (out += s),
    stderr: () => {},
    isTTY: false,
    env: {},
    cwd: '/'
  })
  return out
}

describe('action.yml', () => {
  it('runs on node24 with main and post entries; the post step (the cache save) only after success', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/post.js',
      'post-if': 'success()'
    })
    expect(action.branding).toBeDefined()
  })

  it('has Marketplace metadata: a description under 125 characters and a real author', () => {
    expect(action.description.length).toBeGreaterThan(40)
    expect(action.description.length).toBeLessThan(125)
    expect(action.description).not.toContain('\n')
    expect(action.author.trim()).not.toBe('')
    // The placeholder was the action's own name.
    expect(action.author.trim()).not.toBe(action.name)
  })

  it("follows actions/cache for cache-hit ('true' on an exact hit) and documents the detail output", () => {
    expect(action.outputs['cache-hit']?.description).toContain("`'true'`")
    expect(action.outputs['cache-hit']?.description).toContain("`'false'`")
    expect(action.outputs['cache-result']?.description).toMatch(/`exact`.*`partial`.*`miss`/s)
    expect(readme).toMatch(/`cache-hit` \(with `cache: true`: `'true'` only on an exact hit/)
    expect(read('docs/cache-store.md')).toContain('post-if: success()')
  })

  it('documents every input and output', () => {
    for (const [name, spec] of [
      ...Object.entries(action.inputs),
      ...Object.entries(action.outputs)
    ]) {
      expect(`${name}: ${spec.description ?? ''}`.length).toBeGreaterThan(name.length + 15)
      expect(readme).toContain(`\`${name}\``)
    }
  })

  // Inputs that only mean something on a runner: the token, and the cache service's restore/save.
  const ACTION_ONLY = new Set(['token', 'cache', 'cache-modules', 'cache-save'])

  it('gives every other input a CLI flag of the same name', async () => {
    const usage = await help()
    for (const name of Object.keys(action.inputs).filter((n) => !ACTION_ONLY.has(n))) {
      expect(usage).toMatch(new RegExp(`--${name}\\b(?!-)`))
    }
  })

  it('sets every declared output somewhere in the entry points', () => {
    const sources =
      read('src/entry/main.ts') +
      read('src/entry/record-action.ts') +
      read('src/actions-cache/action.ts')
    for (const name of Object.keys(action.outputs)) {
      expect(sources).toContain(`setOutput('${name}'`)
    }
  })
})

describe('repository metadata of the template (actions/typescript-action)', () => {
  it('marks dist/ as generated', () => {
    expect(read('.gitattributes').split('\n')).toContain('dist/** -diff linguist-generated=true')
  })

  it('has code owners and a CodeQL workflow for javascript-typescript', () => {
    expect(read('.github/CODEOWNERS')).toMatch(/^\* @\S+/m)
    const codeql = parse(read('.github/workflows/codeql.yml')) as {
      permissions: Record<string, string>
      jobs: Record<
        string,
        { strategy: { matrix: { language: string[] } }; steps: { uses?: string }[] }
      >
    }
    expect(codeql.permissions['security-events']).toBe('write')
    const job = Object.values(codeql.jobs)[0]!
    expect(job.strategy.matrix.language).toEqual(['javascript-typescript'])
    const uses = job.steps.map((s) => s.uses ?? '')
    expect(uses.some((u) => u.startsWith('github/codeql-action/init@'))).toBe(true)
    expect(uses.some((u) => u.startsWith('github/codeql-action/analyze@'))).toBe(true)
  })

  it('runs actionlint over the workflows in .ci/run', () => {
    expect(read('.ci/run')).toMatch(/go install "github\.com\/rhysd\/actionlint\/cmd\/actionlint@v/)
    expect(read('.ci/run')).toMatch(/^\.ci\/bin\/actionlint -no-color$/m)
  })
})
