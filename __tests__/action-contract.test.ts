/** action.yml, the README, the CLI and the entry points agree on one contract. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { cli } from '../src/entry/cli.js'

const read = (p: string) => readFileSync(new URL(`../${p}`, import.meta.url), 'utf8')
const action = parse(read('action.yml')) as {
  runs: { using: string; main: string; post: string }
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
  it('runs on node24 with main and post entries', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/post.js' })
    expect(action.branding).toBeDefined()
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
