/**
 * Integrity of a restored module cache: `go mod verify` offline (GOPROXY=off). A module that is
 * simply not in the cache is not a finding (Go downloads and checks it against go.sum); a module
 * whose extracted directory or zip differs from its recorded hash is. With `prune` on, the damaged
 * module's directory and download files are removed so Go downloads it again.
 */
import { readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { goTimeoutMs, runWithDeadline } from '../facts/run.js'
import type { ModuleDamage, ModVerifyFacts } from './types.js'
import { makeDirsWritable } from './writable.js'

export interface ModVerifyOptions {
  go: string
  /** The module or workspace directory. */
  dir: string
  modcache: string
  env: Record<string, string | undefined>
  /** Remove damaged modules. */
  prune: boolean
}

/** `example.com/dep v1.0.0: dir has been modified (/path)` and Go's other per-module lines. */
const DAMAGE = /^(\S+) (v\S+): (.+)$/
/** Go cannot load the module graph offline: modules are missing, nothing was modified. */
const OFFLINE = /module lookup disabled by GOPROXY=off|missing ziphash/

/** Go's case-encoding of module paths and versions in the cache (`A` -> `!a`). */
export function escapeModulePath(p: string): string {
  return p.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`)
}

async function runGo(
  opts: ModVerifyOptions
): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...opts.env, GOPROXY: 'off', GOFLAGS: '-mod=mod', GOMODCACHE: opts.modcache }
  try {
    const r = await runWithDeadline(opts.go, ['mod', 'verify'], {
      cwd: opts.dir,
      env,
      timeoutMs: goTimeoutMs(opts.env),
      display: 'go mod verify'
    })
    return { code: r.code ?? -1, stdout: r.stdout, stderr: r.stderr || (r.signal ?? '') }
  } catch (err) {
    // A timeout or a go that cannot start: the check failed, with the reason.
    return { code: -1, stdout: '', stderr: (err as Error).message }
  }
}

function removeModule(modcache: string, d: ModuleDamage): void {
  const p = escapeModulePath(d.path)
  const v = escapeModulePath(d.version)
  const dir = path.join(modcache, `${p}@${v}`)
  try {
    makeDirsWritable(dir)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  rmSync(dir, { recursive: true, force: true })
  const download = path.join(modcache, 'cache', 'download', p, '@v')
  let names: string[]
  try {
    names = readdirSync(download)
  } catch {
    return
  }
  for (const name of names)
    if (name.startsWith(`${v}.`)) rmSync(path.join(download, name), { force: true })
}

const firstLines = (s: string): string => s.trim().split('\n').slice(0, 3).join('\n')

export async function verifyModules(opts: ModVerifyOptions): Promise<ModVerifyFacts> {
  const r = await runGo(opts)
  const byModule = new Map<string, ModuleDamage>()
  for (const line of `${r.stdout}\n${r.stderr}`.split('\n')) {
    const m = DAMAGE.exec(line.trim())
    if (!m || line.startsWith('go: ') || OFFLINE.test(line)) continue
    const id = `${m[1]} ${m[2]}`
    const seen = byModule.get(id)
    if (seen) seen.detail += `; ${m[3]}`
    else byModule.set(id, { path: m[1]!, version: m[2]!, detail: m[3]!, removed: false })
  }
  const damaged = [...byModule.values()]
  if (damaged.length > 0) {
    if (opts.prune)
      for (const d of damaged) {
        try {
          removeModule(opts.modcache, d)
          d.removed = true
        } catch (err) {
          d.removeError = (err as Error).message
        }
      }
    return { status: 'modified', damaged }
  }
  if (r.code === 0) return { status: 'verified', damaged }
  const message = firstLines(r.stderr || r.stdout)
  return { status: OFFLINE.test(message) ? 'incomplete' : 'failed', damaged, message }
}
