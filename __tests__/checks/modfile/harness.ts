/** Test harness: real files in a temp tree, real fact collection, then the pure checks. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Baseline } from '../../../src/baseline/types.js'
import type { Check } from '../../../src/checks/types.js'
import { collectModuleFacts } from '../../../src/facts/modules.js'
import type { Facts } from '../../../src/facts/types.js'
import type { Finding } from '../../../src/types.js'
import { loadSemver } from '../../../src/goversion.js'

export const RUNNING = 'go1.26.8'

/** Writes `files` (path -> content) under a new temp directory and returns it. */
export function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'gbg-mod-'))
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true })
    writeFileSync(join(root, p), text)
  }
  return root
}

export function baseline(go: Baseline['go'] = {}): Baseline {
  return { builtin: true, version: 1, rules: {}, env: [], go, cache: {} }
}

export async function factsFor(
  root: string,
  env: Record<string, string> = {},
  opts: { dir?: string; version?: string } = {}
): Promise<Facts> {
  const dir = opts.dir ? join(root, opts.dir) : root
  const goEnv = { GOTOOLCHAIN: 'local', GOFLAGS: '', GOWORK: '', ...env }
  const modules = await collectModuleFacts({ root, dir, env: goEnv })
  await loadSemver() // as the baseline loader does: baseline() below may carry version ranges
  const version = opts.version ?? RUNNING
  return {
    root,
    dir,
    platform: process.platform,
    processEnv: {},
    go: {
      binary: 'go',
      versionLine: `go version ${version} linux/amd64`,
      version,
      env: goEnv,
      sources: {}
    },
    modules
  }
}

export function runChecks(checks: Check[], facts: Facts, b: Baseline = baseline()): Finding[] {
  return checks.flatMap((c) => c.run(facts, b))
}

/** Only the findings of one rule, as `file:line rule` plus the message, for precise assertions. */
export function ofRule(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule)
}
