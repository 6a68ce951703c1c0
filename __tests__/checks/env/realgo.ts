/** The real go, in a sandboxed environment, for integration tests of go env facts and checks. */
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { attributeEnvSources } from '../../../src/facts/envsource.js'
import { collectGoFacts, findOnPath } from '../../../src/facts/go.js'
import { probeGoPaths } from '../../../src/facts/paths.js'
import type { Facts } from '../../../src/facts/types.js'

const goBinary = findOnPath('go', process.env)
if (!goBinary) throw new Error('these tests need go on PATH')
export const GO = goBinary

/** Shared across runs so `GOTOOLCHAIN=go1.22.12` downloads that toolchain from the proxy only once. */
export const TOOLCHAIN_MODCACHE = path.join(tmpdir(), 'gbg-modcache')
export const OLD_GO = 'go1.22.12'

export interface Sandbox {
  dir: string
  home: string
  /** A go env file for `go env -w` (GOENV). */
  goenv: string
  /** A clean process environment: PATH, HOME, GOENV, the shared module cache, and `extra`. */
  env(extra?: Record<string, string>): Record<string, string>
}

export function sandbox(): Sandbox {
  const dir = mkdtempSync(path.join(tmpdir(), 'gbg-env-'))
  const home = path.join(dir, 'home')
  mkdirSync(home)
  const goenv = path.join(dir, 'goenv')
  return {
    dir,
    home,
    goenv,
    env: (extra = {}) => ({
      PATH: `${path.dirname(GO)}${path.delimiter}/usr/bin${path.delimiter}/bin`,
      HOME: home,
      GOENV: goenv,
      GOMODCACHE: TOOLCHAIN_MODCACHE,
      ...extra
    })
  }
}

const exec = promisify(execFile)

/** Runs the real go (e.g. `go env -w`) with the given environment. */
export async function go(
  args: string[],
  env: Record<string, string>,
  cwd = tmpdir()
): Promise<string> {
  const { stdout } = await exec(GO, args, { env, cwd })
  return stdout
}

/** Facts as the gate collects them: go env, source attribution, path probes. */
export async function realFacts(env: Record<string, string>, root: string): Promise<Facts> {
  const goFacts = await collectGoFacts({ cwd: root, env })
  const [sources, paths] = await Promise.all([
    attributeEnvSources(goFacts.env, env),
    probeGoPaths(goFacts.env, env)
  ])
  return {
    root,
    dir: root,
    platform: process.platform,
    processEnv: env,
    go: { ...goFacts, sources },
    modules: { mods: [], errors: [] },
    paths
  }
}
