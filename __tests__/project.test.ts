/**
 * One owner/repository name (src/project.ts) everywhere: package.json, README, docs, the schema,
 * the rules' docs links, the recorder's header, the workflows; and the release bookkeeping
 * (version, CHANGELOG.md, scripts/release-notes.js) agrees with package.json.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { makeFacts } from '../__fixtures__/facts.js'
import { renderBaseline } from '../src/baseline/record.js'
import { baselineSchema } from '../src/baseline/schema.js'
import {
  DOCS_BASE_URL,
  HOME_URL,
  OWNER,
  REPO as REPO_NAME,
  SCHEMA_URL,
  SLUG
} from '../src/project.js'
import { DOCS_URL, docsUrl, RULES } from '../src/rules.js'
import { VERSION } from '../src/version.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const read = (p: string) => readFileSync(path.join(ROOT, p), 'utf8')
const pkg = JSON.parse(read('package.json')) as {
  name: string
  version: string
  homepage: string
  repository: { type: string; url: string }
  bugs: { url: string }
}

/** Every text file under the given paths (recursively), skipping generated and vendored trees. */
function textFiles(...rels: string[]): string[] {
  const out: string[] = []
  const walk = (rel: string) => {
    const abs = path.join(ROOT, rel)
    if (statSync(abs).isDirectory()) {
      for (const e of readdirSync(abs)) walk(path.join(rel, e))
    } else if (/\.(md|ts|js|json|ya?ml)$|CODEOWNERS$/.test(rel)) {
      out.push(rel)
    }
  }
  for (const r of rels) walk(r)
  return out
}

const SCANNED = textFiles(
  'README.md',
  'CHANGELOG.md',
  'action.yml',
  'package.json',
  'docs',
  'schema',
  'src',
  'scripts',
  '.github'
)

describe('the one place that names the repository', () => {
  it('is go-baseline-gate/go-baseline-gate, the npm package name', () => {
    expect(SLUG).toBe(`${OWNER}/${REPO_NAME}`)
    expect(SLUG).toBe('go-baseline-gate/go-baseline-gate')
    expect(pkg.name).toBe(REPO_NAME)
  })

  it('agrees with package.json repository, homepage and bugs', () => {
    expect(pkg.repository).toEqual({ type: 'git', url: `git+${HOME_URL}.git` })
    expect(pkg.homepage).toBe(`${HOME_URL}#readme`)
    expect(pkg.bugs.url).toBe(`${HOME_URL}/issues`)
  })

  it('is used by the schema $id (source and file), the rules docs links and the recorder header', () => {
    expect(baselineSchema.$id).toBe(SCHEMA_URL)
    expect((JSON.parse(read('schema/go-baseline.schema.json')) as { $id: string }).$id).toBe(
      SCHEMA_URL
    )
    expect(DOCS_URL).toBe(`${DOCS_BASE_URL}/rules.md`)
    expect(docsUrl(RULES[0]!)).toBe(`${HOME_URL}/blob/main/docs/rules.md#gbg001`)
    const text = renderBaseline({ go: makeFacts().go, processEnv: {}, root: '/repo' })
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA_URL}`)
  })

  it('scans a real set of files', () => {
    expect(SCANNED).toEqual(
      expect.arrayContaining(['README.md', 'docs/rules.md', 'src/rules.ts', 'action.yml'])
    )
    expect(SCANNED.length).toBeGreaterThan(50)
  })

  it('is the only owner/repository any README, doc, schema, source or workflow names', () => {
    const wrong: string[] = []
    for (const file of SCANNED) {
      const text = read(file)
      if (text.includes('org/go-baseline-gate')) wrong.push(`${file}: org/go-baseline-gate`)
      for (const m of text.matchAll(
        /(?:github\.com|raw\.githubusercontent\.com)\/([\w.-]+)\/([\w.-]+)/g
      )) {
        const [owner, repo] = [m[1]!, m[2]!.replace(/\.git$/, '')]
        if ((owner === OWNER || /baseline-gate/.test(repo)) && `${owner}/${repo}` !== SLUG) {
          wrong.push(`${file}: ${m[0]}`)
        }
      }
      for (const m of text.matchAll(/uses:\s*([\w.-]+\/[\w.-]+)@/g)) {
        if (/baseline-gate/.test(m[1]!) && m[1] !== SLUG) wrong.push(`${file}: ${m[0]}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('shows the action in the README as uses: owner/repo@v1', () => {
    expect(read('README.md')).toContain(`uses: ${SLUG}@v1\n`)
  })
})

describe('versions and releases', () => {
  it('src/version.ts equals package.json and package-lock.json', () => {
    expect(VERSION).toBe(pkg.version)
    const lock = JSON.parse(read('package-lock.json')) as {
      version: string
      packages: Record<string, { version?: string }>
    }
    expect(lock.version).toBe(pkg.version)
    expect(lock.packages['']?.version).toBe(pkg.version)
  })

  it('the README documents pinning by major tag, exact version and commit SHA', () => {
    const readme = read('README.md')
    const major = pkg.version.split('.')[0]
    expect(readme).toContain(`${SLUG}@v${major}`)
    expect(readme).toContain(`${SLUG}@v${pkg.version}`)
    expect(readme).toMatch(/@<full 40-character commit SHA>/)
  })

  const notes = (tag: string) =>
    spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'release-notes.js'), tag], {
      encoding: 'utf8'
    })

  it('CHANGELOG.md has a dated section for this version, which the release workflow prints', () => {
    expect(read('CHANGELOG.md')).toMatch(
      new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm')
    )
    const r = notes(`v${pkg.version}`)
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^### Added$/m)
    expect(r.stdout).not.toMatch(/^## /m)
    expect(r.stdout).not.toMatch(/^\[[^\]]+\]: http/m)
  })

  it('release-notes.js refuses a tag that package.json does not carry', () => {
    const [maj, min, patch] = pkg.version.split('.').map(Number)
    const r = notes(`v${maj}.${min}.${patch! + 1}`)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(`does not match package.json's version ${pkg.version}`)
    expect(notes('latest').stderr).toContain('is not a version tag')
  })

  it('the release workflow checks dist, uses the notes, moves the major tag and publishes with provenance', () => {
    const wf = read('.github/workflows/release.yml')
    expect(wf).toMatch(/tags: \['v\*\.\*\.\*'\]/)
    expect(wf).toContain('node scripts/release-notes.js "$GITHUB_REF_NAME"')
    expect(wf).toContain('git status --porcelain -- dist')
    expect(wf).toContain('--notes-file "$RUNNER_TEMP/release-notes.md"')
    expect(wf).toContain('git push --force origin "refs/tags/$major"')
    expect(wf).toContain('npm publish --provenance --access public')
    expect(wf).toContain('id-token: write')
    expect(wf).toContain(`npm view "${pkg.name}@$version" version`)
  })
})
