/**
 * vendor/modules.txt, read the way cmd/go's readVendorList does: `# path version [=> new [v]]`
 * headers, `## explicit; go 1.21` annotations, and package lines (a module is "listed" only
 * when at least one of its packages is vendored).
 */
import { isValidSemver } from './semver.js'

export interface VendoredModule {
  path: string
  /** '' for a replaced module listed without a version (`# path => ../dir`). */
  version: string
  explicit: boolean
  goVersion?: string
  replacement?: { path: string; version?: string }
  /** At least one package line follows (Go only checks `## explicit` for such modules). */
  hasPackages: boolean
  /** The package lines (import paths) with their 1-based lines. */
  packages: Array<{ path: string; line: number }>
  /** 1-based line of the `# path version` header. */
  line: number
}

export interface VendorModules {
  modules: VendoredModule[]
  /** The `## workspace` marker line that `go work vendor` writes first. */
  workspace: boolean
}

export function parseVendorModules(text: string): VendorModules {
  const modules: VendoredModule[] = []
  const byKey = new Map<string, VendoredModule>()
  let current: VendoredModule | undefined
  let workspace = false
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '')
    if (line.trim() === '## workspace') workspace = true
    if (line.startsWith('# ')) {
      current = header(line.trim().split(/\s+/), i + 1, byKey)
      if (current && !modules.includes(current)) modules.push(current)
      return
    }
    if (!current) return
    const annotations = line.startsWith('## ') ? line.slice(3) : undefined
    if (annotations !== undefined) {
      for (const entry of annotations.split(';').map((e) => e.trim())) {
        if (entry === 'explicit') current.explicit = true
        if (entry.startsWith('go ')) current.goVersion = entry.slice(3)
      }
      return
    }
    const f = line.trim().split(/\s+/).filter(Boolean)
    if (f.length === 1) {
      current.hasPackages = true
      current.packages.push({ path: f[0] as string, line: i + 1 })
    }
  })
  return { modules, workspace }
}

function header(
  f: string[],
  line: number,
  byKey: Map<string, VendoredModule>
): VendoredModule | undefined {
  if (f.length < 3) return undefined
  let rest: string[]
  const path = f[1] as string
  let version = ''
  if (isValidSemver(f[2] as string)) {
    version = f[2] as string
    rest = f.slice(3)
  } else if (f[2] === '=>') {
    rest = f.slice(2)
  } else {
    return undefined
  }
  const key = `${path}@${version}`
  const mod = byKey.get(key) ?? {
    path,
    version,
    explicit: false,
    hasPackages: false,
    packages: [],
    line
  }
  byKey.set(key, mod)
  if (rest.length >= 2 && rest[0] === '=>') {
    if (rest.length === 2) mod.replacement = { path: rest[1] as string }
    else if (rest.length === 3 && isValidSemver(rest[2] as string)) {
      mod.replacement = { path: rest[1] as string, version: rest[2] as string }
    }
  }
  return mod
}
