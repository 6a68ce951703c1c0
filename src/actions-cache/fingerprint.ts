/**
 * A cheap fingerprint of a cache directory's content: names and sizes of files (no reading of
 * contents, no mtimes). For GOCACHE only outputs count: Go names each output by its SHA-256, so a
 * new output means new content, while action entries are rewritten (with a new time) for the same
 * outputs on every checkout. For GOMODCACHE the download cache counts (zips, go.mod files, hashes).
 */
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { sha256Hex } from './key.js'

function walk(dir: string, rel: string, keep: (rel: string) => boolean, out: string[]): void {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return
  }
  for (const e of entries) {
    const p = path.join(dir, e.name)
    const r = `${rel}/${e.name}`
    if (e.isDirectory()) walk(p, r, keep, out)
    else if (e.isFile() && keep(r)) {
      try {
        out.push(`${r} ${statSync(p).size}`)
      } catch {
        continue
      }
    }
  }
}

/** `subdirs` are relative to `root`; missing ones count as empty. */
export function fingerprint(
  root: string,
  subdirs: string[],
  keep: (rel: string) => boolean
): string {
  const lines: string[] = []
  for (const sub of subdirs) walk(path.join(root, sub), sub, keep, lines)
  return sha256Hex(lines.sort().join('\n'))
}

const HEX = '0123456789abcdef'
/** GOCACHE's `00`..`ff` (not trim.txt, README or fuzz/). */
const GOCACHE_DIRS = [...HEX].flatMap((a) => [...HEX].map((b) => a + b))
/** An output file `xx/<hex>-d`, or a file inside an executable output `xx/<hex>-d/<name>`. */
const isOutput = (rel: string): boolean => /^[0-9a-f]{2}\/[0-9a-f]{64}-d(\/|$)/.test(rel)

export const gocacheFingerprint = (root: string): string =>
  fingerprint(root, GOCACHE_DIRS, isOutput)
export const modcacheFingerprint = (root: string): string =>
  fingerprint(root, ['cache/download'], (rel) => !rel.endsWith('.lock'))
