/**
 * The dependency part of the cache key: every go.sum and go.work.sum under the repository root
 * (like actions/setup-go's `**\/go.sum`), skipping vendor/, testdata/, node_modules/ and hidden
 * directories. The hash covers each file's relative path and content.
 */
import { readdirSync } from 'node:fs'
import { readRegularFileSync } from '../facts/readfile.js'
import path from 'node:path'
import { sha256Hex } from './key.js'

const SUM_FILES = new Set(['go.sum', 'go.work.sum'])
const SKIP_DIRS = new Set(['vendor', 'testdata', 'node_modules'])
/** A bound on the walk, so a huge checkout cannot stall the gate. */
const MAX_DIRS = 20000

export function findSumFiles(root: string): string[] {
  const found: string[] = []
  const queue = [root]
  for (let n = 0; queue.length > 0 && n < MAX_DIRS; n++) {
    const dir = queue.shift()!
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      continue
    }
    for (const e of entries) {
      if (e.isDirectory() && !e.name.startsWith('.') && !SKIP_DIRS.has(e.name))
        queue.push(path.join(dir, e.name))
      else if (e.isFile() && SUM_FILES.has(e.name)) found.push(path.join(dir, e.name))
    }
  }
  return found.map((f) => path.relative(root, f).split(path.sep).join('/')).sort()
}

/** 16 hex digits; the same for an empty list on every run (modules without dependencies). */
export function hashSumFiles(root: string): string {
  const lines = findSumFiles(root).map(
    (rel) => `${rel}\0${sha256Hex(readRegularFileSync(path.join(root, rel)))}\n`
  )
  return sha256Hex(lines.join('')).slice(0, 16)
}
