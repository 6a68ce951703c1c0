import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { RULES, suggestRule } from '../src/rules.js'
import { VERSION } from '../src/version.js'

const docs = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8')

describe('rule registry', () => {
  it('has unique, well-formed IDs and names', () => {
    const ids = RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    const names = RULES.map((r) => r.name)
    expect(new Set(names).size).toBe(names.length)
    for (const r of RULES) {
      expect(r.id).toMatch(/^GBG\d{3}$/)
      expect(r.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(r.summary.length).toBeGreaterThan(10)
      expect(r.fix.length).toBeGreaterThan(10)
    }
  })

  it('documents every rule in docs/rules.md under its own heading', () => {
    for (const r of RULES) {
      expect(docs).toMatch(new RegExp(`^### ${r.id}\\b`, 'm'))
      expect(docs).toContain(r.name)
    }
  })

  it('suggests the closest rule for a typo', () => {
    expect(suggestRule('GBG1O2')).toBe('GBG102')
    expect(suggestRule('goflags-mod-mdo')).toBe('GBG102')
    expect(suggestRule('completely-unrelated-words')).toBeUndefined()
  })
})

describe('version', () => {
  it('matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string
    }
    expect(VERSION).toBe(pkg.version)
  })
})
