#!/usr/bin/env node
/**
 * The release workflow's gate and notes: `node scripts/release-notes.js vX.Y.Z` checks that the
 * tag, package.json's `version` and src/version.ts name the same version and that CHANGELOG.md
 * has a dated, non-empty section for it, then prints that section (the GitHub release's notes).
 * Exit 1 with a message saying what to fix otherwise.
 */
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The body of `## [VERSION] - YYYY-MM-DD` up to the next `## ` heading, without link definitions. */
export function changelogSection(text, version) {
  const lines = text.split(/\r?\n/)
  const head = new RegExp(`^## \\[${escapeRe(version)}\\](.*)$`)
  const start = lines.findIndex((l) => head.test(l))
  if (start < 0) return { error: `CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section` }
  const rest = head.exec(lines[start])[1]
  if (!/^ - \d{4}-\d{2}-\d{2}\s*$/.test(rest)) {
    return {
      error: `CHANGELOG.md line ${start + 1}: expected "## [${version}] - YYYY-MM-DD" (the release date), found "${lines[start]}"`
    }
  }
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l))
  if (end < 0) end = lines.length
  const body = lines
    .slice(start + 1, end)
    .filter((l) => !/^\[[^\]]+\]: \S+$/.test(l))
    .join('\n')
    .trim()
  if (!body) return { error: `CHANGELOG.md line ${start + 1}: the section for ${version} is empty` }
  return { body }
}

export function releaseNotes(tag, root = ROOT) {
  const m = /^v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(tag ?? '')
  if (!m) return { error: `"${tag ?? ''}" is not a version tag: expected vX.Y.Z (or vX.Y.Z-pre.N)` }
  const version = m[1]
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
  if (pkg.version !== version) {
    return {
      error: `tag ${tag} does not match package.json's version ${pkg.version}: set "version" to ${version} in package.json and src/version.ts, or tag v${pkg.version}`
    }
  }
  const src = readFileSync(path.join(root, 'src', 'version.ts'), 'utf8')
  const v = /export const VERSION = '([^']*)'/.exec(src)
  if (!v || v[1] !== version) {
    return {
      error: `src/version.ts says ${v ? v[1] : '(no VERSION)'}, package.json says ${version}: make them equal`
    }
  }
  return changelogSection(readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'), version)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = releaseNotes(process.argv[2])
  if (r.error) {
    process.stderr.write(`release-notes: ${r.error}\n`)
    process.exit(1)
  }
  process.stdout.write(r.body + '\n')
}
