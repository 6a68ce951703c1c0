/**
 * Gives every finding a place in the repository, so annotations land on a line and code scanning
 * accepts every SARIF result. Pure: findings and facts in, findings out.
 *
 * An environment finding is placed where its value is set: the workflow's `env:` entry (step, job
 * or workflow level), or a `go env -w` / go.env file when that lies in the repository; else it
 * keeps the baseline line it drifts from; else it goes on the `go` line of the main go.mod (or
 * go.work), and its message says where the value really comes from. Any other finding whose
 * place is outside the repository (the build cache, a home directory) or unknown goes on that same
 * `go` line, with the real place in its message.
 */
import * as path from 'node:path'
import type { Baseline } from '../baseline/types.js'
import type { Facts } from '../facts/types.js'
import { displayPath, isInside } from '../root.js'
import type { Finding, Location } from '../types.js'
import { describeSource } from './source.js'

/** A file's path relative to the root when it lies inside (not the root itself); else undefined. */
function repoFile(file: string, root: string): string | undefined {
  const abs = path.resolve(root, file)
  if (!isInside(abs, root) || abs === root) return undefined
  return displayPath(abs, root)
}

/**
 * `repoFile` remembered per distinct file name: findings by the thousand share a few files (every
 * go.sum finding names the same go.mod), and the path work is the same for each.
 */
function repoFiles(root: string): (file: string) => string | undefined {
  const known = new Map<string, string | undefined>()
  return (file) => {
    if (known.has(file)) return known.get(file)
    const shown = repoFile(file, root)
    known.set(file, shown)
    return shown
  }
}

/**
 * The finding's location with its file relative to the root when it lies inside (the same object
 * when it already is); undefined otherwise.
 */
function inRepo(
  loc: Location | undefined,
  shown: (file: string) => string | undefined
): Location | undefined {
  if (!loc?.file) return undefined
  const file = shown(loc.file)
  if (file === undefined) return undefined
  return file === loc.file ? loc : { ...loc, file }
}

interface Anchor {
  location: Location
  /** "the go line of go.mod" */
  what: string
}

/** The last-resort place: the `go` line (else the first line) of the main go.mod or the go.work. */
function anchorOf(facts: Facts, baseline: Baseline): Anchor | undefined {
  const work = facts.modules.work
  const main = facts.modules.mods.find((m) => m.main) ?? facts.modules.mods[0]
  const file = work?.file ?? main?.file
  const parsed = work?.parsed ?? main?.parsed
  if (file && parsed) {
    const pos = parsed.go?.pos
    return pos
      ? {
          location: { file, line: pos.line, column: pos.column },
          what: `the go line of ${file}`
        }
      : { location: { file, line: 1 }, what: file }
  }
  const b = inRepo(baseline.path ? { file: baseline.path, line: 1 } : undefined, (f) =>
    repoFile(f, facts.root)
  )
  if (b) return { location: b, what: b.file }
  if (facts.workflow) {
    const line = facts.workflow.stepLine ?? 1
    return {
      location: { file: facts.workflow.file, line },
      what: `the gate's step in ${facts.workflow.file}`
    }
  }
  return undefined
}

/** Where an environment variable's value is set, when that is a line of a file in the repository. */
function whereSet(facts: Facts, key: string): Location | undefined {
  const source = facts.go.sources[key]
  const owner = source?.derivedFrom ?? key
  const own = source?.derivedFrom ? facts.go.sources[owner] : source
  const fromEnvironment =
    own?.kind === 'environment' || (own === undefined && facts.processEnv[owner] !== undefined)
  if (fromEnvironment) {
    const entry = facts.workflow?.env[owner]
    if (!entry || !facts.workflow) return undefined
    // A literal that differs from the live value was overridden later (GITHUB_ENV, a shell):
    // that line is not where the value comes from.
    const live = facts.processEnv[owner]
    if (!entry.value.includes('${{') && live !== undefined && entry.value !== live) return undefined
    return { file: facts.workflow.file, line: entry.line, column: entry.column }
  }
  if (own?.file && own.line) {
    return inRepo({ file: own.file, line: own.line }, (f) => repoFile(f, facts.root))
  }
  return undefined
}

/** A sentence saying where the value of `key` really comes from, for a finding shown elsewhere. */
function realSource(facts: Facts, key: string): string {
  const source = facts.go.sources[key]
  const owner = source?.derivedFrom ?? key
  const own = source?.derivedFrom ? facts.go.sources[owner] : source
  const text =
    describeSource(own) ??
    (facts.processEnv[owner] !== undefined ? 'the process environment' : 'an unknown source')
  return `${owner} is set by ${text}`
}

/**
 * Every finding with a repository-relative location where one can be found (see the module
 * comment). Linear in the number of findings.
 */
export function locateFindings(findings: Finding[], facts: Facts, baseline: Baseline): Finding[] {
  let anchor: Anchor | undefined | null = null // computed once, on first need
  const getAnchor = (): Anchor | undefined => {
    if (anchor === null) anchor = anchorOf(facts, baseline)
    return anchor
  }
  const shown = repoFiles(facts.root)
  const out: Finding[] = new Array<Finding>(findings.length)
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!
    const set = f.envKey !== undefined ? whereSet(facts, f.envKey) : undefined
    if (set) {
      out[i] = { ...f, location: set }
      continue
    }
    const own = inRepo(f.location, shown)
    if (own) {
      out[i] = own === f.location ? f : { ...f, location: own }
      continue
    }
    const a = getAnchor()
    if (!a) {
      out[i] = f
      continue
    }
    const why =
      f.envKey !== undefined
        ? f.source !== undefined && f.message.includes(f.source)
          ? 'the value is not set in a file of this repository'
          : `${realSource(facts, f.envKey)}, not by a file of this repository`
        : f.location?.file
          ? `it concerns ${f.location.file}${f.location.line ? ` line ${f.location.line}` : ''}, outside this repository`
          : 'it has no place of its own in this repository'
    out[i] = { ...f, location: a.location, message: `${f.message} (Shown on ${a.what}: ${why}.)` }
  }
  return out
}
