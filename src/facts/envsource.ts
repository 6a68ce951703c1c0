import { readRegularFile } from './readfile.js'
import path from 'node:path'
import type { EnvSource } from './types.js'

/**
 * Where each `go env` value came from, following Go's precedence (cmd/go/internal/cfg):
 * a non-empty process environment variable, then the `go env -w` file (GOENV; the last line for a
 * key wins), then $GOROOT/go.env (the first line wins), then Go's default. Reads files; runs nothing.
 */

/** Keys Go computes itself: neither the environment nor a config file can set them. */
const COMPUTED = new Set([
  'GOENV',
  'GOEXE',
  'GOGCCFLAGS',
  'GOHOSTARCH',
  'GOHOSTOS',
  'GOMOD',
  'GOTELEMETRY',
  'GOTELEMETRYDIR',
  'GOTOOLDIR',
  'GOVERSION'
])

/** Keys whose default is another key's value. */
const DERIVED: Record<string, string> = { GONOPROXY: 'GOPRIVATE', GONOSUMDB: 'GOPRIVATE' }

interface FileEntry {
  value: string
  line: number
}

/** Parses a go env file the way Go does: `KEY=value` lines whose key starts with A-Z; others are skipped. */
export function parseGoEnvFile(text: string, firstWins: boolean): Map<string, FileEntry> {
  const entries = new Map<string, FileEntry>()
  text.split('\n').forEach((line, i) => {
    const eq = line.indexOf('=')
    if (eq < 0 || !/^[A-Z]/.test(line)) return
    const key = line.slice(0, eq)
    if (firstWins && entries.has(key)) return
    entries.set(key, { value: line.slice(eq + 1), line: i + 1 })
  })
  return entries
}

async function readEnvFile(
  file: string | undefined,
  firstWins: boolean
): Promise<Map<string, FileEntry>> {
  if (!file) return new Map()
  try {
    return parseGoEnvFile((await readRegularFile(file)).toString('utf8'), firstWins)
  } catch {
    return new Map()
  }
}

/** The process environment value of a key (names are case-insensitive on Windows). */
function lookupEnv(env: Record<string, string | undefined>, key: string): string | undefined {
  if (process.platform !== 'win32') return env[key]
  const name = Object.keys(env).find((k) => k.toUpperCase() === key)
  return name === undefined ? undefined : env[name]
}

/** The GOENV file in use, or undefined when disabled (`GOENV=off`) or unknown. */
function goEnvFile(goEnv: Record<string, string>): string | undefined {
  const f = goEnv.GOENV
  return f && f !== 'off' ? f : undefined
}

export async function attributeEnvSources(
  goEnv: Record<string, string>,
  processEnv: Record<string, string | undefined>
): Promise<Record<string, EnvSource>> {
  const userFile = goEnvFile(goEnv)
  const rootFile = goEnv.GOROOT ? path.join(goEnv.GOROOT, 'go.env') : undefined
  const [user, root] = await Promise.all([
    readEnvFile(userFile, false),
    readEnvFile(rootFile, true)
  ])

  const direct = (key: string): EnvSource => {
    if (key === 'GOENV')
      return lookupEnv(processEnv, key) ? { kind: 'environment' } : { kind: 'default' }
    if (COMPUTED.has(key)) return { kind: 'default' }
    if (lookupEnv(processEnv, key)) return { kind: 'environment' }
    const u = user.get(key)
    if (u && userFile) return { kind: 'goenv-file', file: userFile, line: u.line }
    const r = root.get(key)
    if (r && rootFile) return { kind: 'goroot-go.env', file: rootFile, line: r.line }
    return { kind: 'default' }
  }

  const sources: Record<string, EnvSource> = {}
  for (const key of Object.keys(goEnv)) {
    const own = direct(key)
    const from = DERIVED[key]
    if (own.kind === 'default' && from && goEnv[key] !== '' && goEnv[key] === goEnv[from]) {
      sources[key] = { ...direct(from), derivedFrom: from }
    } else {
      sources[key] = own
    }
  }
  return sources
}
