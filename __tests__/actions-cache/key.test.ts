import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cacheKeys, hitKind, saveKey } from '../../src/actions-cache/key.js'
import { findSumFiles, hashSumFiles } from '../../src/actions-cache/sumfiles.js'

const input = {
  what: 'gocache',
  os: 'Linux',
  arch: 'X64',
  goVersion: 'go1.26.8',
  sumHash: 'abc123'
}

describe('cache keys', () => {
  it('builds a primary key and one restore prefix that keeps OS, arch and Go version', () => {
    expect(cacheKeys(input)).toEqual({
      primary: 'go-baseline-gate-gocache-v1-Linux-X64-go1.26.8-abc123',
      restoreKeys: ['go-baseline-gate-gocache-v1-Linux-X64-go1.26.8-']
    })
  })

  it('never lets a restore prefix cross the Go version, OS or arch boundary', () => {
    const mine = cacheKeys(input).restoreKeys[0]!
    for (const other of [
      { goVersion: 'go1.26.80' },
      { goVersion: 'go1.26' },
      { os: 'Linux2' },
      { arch: 'X64_v2' }
    ]) {
      expect(cacheKeys({ ...input, ...other }).primary.startsWith(mine)).toBe(false)
    }
  })

  it('sanitizes components (no commas, no separators)', () => {
    const k = cacheKeys({ ...input, goVersion: 'go1.26.8 X:nocoverage,foo-bar' })
    expect(k.primary).toBe(
      'go-baseline-gate-gocache-v1-Linux-X64-go1.26.8_X_nocoverage_foo_bar-abc123'
    )
  })

  it('classifies the matched key', () => {
    const p = cacheKeys(input).primary
    expect(hitKind(p, undefined)).toBe('miss')
    expect(hitKind(p, saveKey(p, 'f'.repeat(64)))).toBe('exact')
    expect(hitKind(p, `${cacheKeys({ ...input, sumHash: 'zzz' }).primary}-0123`)).toBe('partial')
  })

  it('salts a save key (a healed cache gets a new key for the same content)', () => {
    const fp = 'a'.repeat(64)
    expect(saveKey('k', fp)).toBe(`k-${'a'.repeat(16)}`)
    expect(saveKey('k', fp, 'run-1')).not.toBe(saveKey('k', fp))
    expect(saveKey('k', fp, 'run-1')).not.toBe(saveKey('k', fp, 'run-2'))
  })
})

describe('go.sum files', () => {
  it('finds go.sum and go.work.sum, skipping vendor, testdata and hidden directories', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'gbg-sums-'))
    for (const rel of [
      'go.sum',
      'a/go.sum',
      'go.work.sum',
      'vendor/x/go.sum',
      'testdata/go.sum',
      '.git/go.sum',
      'a/go.sum.bak'
    ]) {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
      writeFileSync(path.join(root, rel), rel)
    }
    expect(findSumFiles(root)).toEqual(['a/go.sum', 'go.sum', 'go.work.sum'])
    const before = hashSumFiles(root)
    writeFileSync(path.join(root, 'vendor/x/go.sum'), 'changed')
    expect(hashSumFiles(root)).toBe(before)
    writeFileSync(path.join(root, 'a/go.sum'), 'changed')
    expect(hashSumFiles(root)).not.toBe(before)
  })
})
