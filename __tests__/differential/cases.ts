/**
 * The differential harness's cases: real modules (go.mod, go.sum and code of a release, as the
 * module proxy serves them) copied into a case directory, plus synthetic workspaces made from
 * them, each with at most one seeded change. Nothing here decides what Go says: the harness
 * asks the real go for every case at test time.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'

/** Real modules (path@version), fetched with `go mod download -json` into the harness's GOMODCACHE. */
export const REAL_MODULES = [
  'github.com/spf13/cobra@v1.8.1',
  'github.com/sirupsen/logrus@v1.9.3',
  'github.com/gin-gonic/gin@v1.10.0',
  'go.uber.org/zap@v1.27.0',
  'github.com/prometheus/client_golang@v1.20.5',
  'github.com/urfave/cli/v2@v2.27.5',
  'github.com/labstack/echo/v4@v4.12.0',
  'github.com/go-chi/chi/v5@v5.1.0',
  'github.com/redis/go-redis/v9@v9.7.0',
  'github.com/jackc/pgx/v5@v5.7.1',
  'go.etcd.io/etcd/client/v3@v3.5.17',
  'github.com/hashicorp/go-retryablehttp@v0.7.7',
  'github.com/stretchr/testify@v1.9.0',
  'github.com/google/uuid@v1.6.0'
] as const

export interface Case {
  name: string
  /** The real module(s) it is made from. */
  from: string[]
  /** The seeded change, or 'control'. */
  seed: string
  /** Directory the gate and go run in. */
  dir: string
  /** The case's repository root (the directory above `dir` for a module inside a workspace). */
  root: string
  /** Environment on top of the harness's (GOFLAGS additions, GOTOOLCHAIN, GOWORK). */
  env: Record<string, string>
}

export interface Source {
  /** path@version */
  id: string
  /** The extracted module in GOMODCACHE. */
  dir: string
  gomod: string
  gosum?: string
}

const slug = (id: string) => id.replace(/[^A-Za-z0-9.]+/g, '_')

function read(file: string): string {
  return readFileSync(file, 'utf8')
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

/** Copies a module's files (the module zip's contents) into `dir`. */
function copyModule(src: Source, dir: string): void {
  rmSync(dir, { recursive: true, force: true })
  cpSync(src.dir, dir, { recursive: true })
  execFileSync('chmod', ['-R', 'u+w', dir])
}

interface Req {
  path: string
  version: string
  indirect: boolean
}

/** The require lines of a go.mod (single-line and block form), enough to pick seeds. */
export function requires(gomod: string): Req[] {
  const out: Req[] = []
  let inBlock = false
  for (const raw of gomod.split('\n')) {
    const line = raw.trim()
    if (/^require\s*\($/.test(line)) {
      inBlock = true
      continue
    }
    if (inBlock && line === ')') {
      inBlock = false
      continue
    }
    const body = inBlock ? line : /^require\s+(.*)$/.exec(line)?.[1]
    if (!body) continue
    const m = /^(\S+)\s+(\S+)(\s*\/\/\s*indirect)?/.exec(body)
    if (m) out.push({ path: m[1] as string, version: m[2] as string, indirect: !!m[3] })
  }
  return out
}

function goLine(gomod: string): string {
  return /^go\s+(\S+)/m.exec(gomod)?.[1] ?? '1.16'
}

/** A seed applied to one module copy in `dir`; returns extra env, or undefined if it does not apply. */
type Seed = (dir: string, src: Source) => Record<string, string> | undefined

const edit = (file: string, f: (s: string) => string) => write(file, f(read(file)))

/** A direct requirement (not indirect) whose checksums go.sum has, for go.sum seeds. */
function directWithSum(src: Source): Req | undefined {
  return requires(src.gomod).find(
    (r) => !r.indirect && src.gosum?.includes(`${r.path} ${r.version} h1:`)
  )
}

export const SINGLE_SEEDS: Record<string, { seed: Seed; on: number }> = {
  control: { seed: () => ({}), on: 99 },
  'go-line-too-new': {
    seed: (d) => (edit(path.join(d, 'go.mod'), (s) => s.replace(/^go\s+\S+/m, 'go 1.99.0')), {}),
    on: 4
  },
  'toolchain-too-new-local': {
    seed: (d) => (
      edit(path.join(d, 'go.mod'), (s) =>
        s.replace(/^toolchain\s+\S+\n?/m, '').replace(/^(go\s+\S+)$/m, '$1\n\ntoolchain go1.99.0')
      ),
      {}
    ),
    on: 3
  },
  'toolchain-too-new-path': {
    seed: (d) => (
      edit(path.join(d, 'go.mod'), (s) =>
        s.replace(/^toolchain\s+\S+\n?/m, '').replace(/^(go\s+\S+)$/m, '$1\n\ntoolchain go1.99.0')
      ),
      { GOTOOLCHAIN: 'path' }
    ),
    on: 2
  },
  'gotoolchain-path-no-toolchain-line': {
    seed: (d, src) => (/^toolchain\s/m.test(src.gomod) ? undefined : { GOTOOLCHAIN: 'path' }),
    on: 2
  },
  'toolchain-below-go-line': {
    seed: (d, src) => {
      const v = goLine(src.gomod)
      const mm = /^1\.(\d+)/.exec(v)
      if (!mm || Number(mm[1]) < 21) return undefined
      edit(path.join(d, 'go.mod'), (s) =>
        s
          .replace(/^toolchain\s+\S+\n?/m, '')
          .replace(/^go\s+\S+$/m, `go 1.${mm[1]}.5\n\ntoolchain go1.${mm[1]}`)
      )
      return {}
    },
    on: 2
  },
  'gosum-zip-line-missing': {
    seed: (d, src) => {
      const r = directWithSum(src)
      if (!r) return undefined
      edit(path.join(d, 'go.sum'), (s) =>
        s
          .split('\n')
          .filter((l) => !l.startsWith(`${r.path} ${r.version} h1:`))
          .join('\n')
      )
      return {}
    },
    on: 5
  },
  'gosum-gomod-line-missing-indirect': {
    seed: (d, src) => {
      const r = requires(src.gomod).find(
        (x) => x.indirect && src.gosum?.includes(`${x.path} ${x.version}/go.mod h1:`)
      )
      if (!r) return undefined
      edit(path.join(d, 'go.sum'), (s) =>
        s
          .split('\n')
          .filter((l) => !l.startsWith(`${r.path} ${r.version}/go.mod h1:`))
          .join('\n')
      )
      return {}
    },
    on: 4
  },
  'gosum-deleted': {
    seed: (d, src) => (src.gosum ? (rmSync(path.join(d, 'go.sum')), {}) : undefined),
    on: 2
  },
  'gosum-malformed-line': {
    seed: (d, src) =>
      src.gosum ? (edit(path.join(d, 'go.sum'), (s) => 'garbage\n' + s), {}) : undefined,
    on: 2
  },
  'gomod-syntax-error': {
    seed: (d) => (edit(path.join(d, 'go.mod'), (s) => s.replace(/^go\s/m, 'goo ')), {}),
    on: 2
  },
  'replace-dir-missing': {
    seed: (d, src) => {
      const r = directWithSum(src)
      if (!r) return undefined
      edit(path.join(d, 'go.mod'), (s) => `${s}\nreplace ${r.path} => ./missing-dir\n`)
      return {}
    },
    on: 2
  },
  'replace-dir-go-too-new': {
    seed: (d, src) => {
      const r = directWithSum(src)
      if (!r) return undefined
      // A local copy of the dependency whose go line the running Go cannot satisfy.
      const modDir = path.join(d, 'local-dep')
      write(path.join(modDir, 'go.mod'), `module ${r.path}\n\ngo 1.99.0\n`)
      edit(path.join(d, 'go.mod'), (s) => `${s}\nreplace ${r.path} => ./local-dep\n`)
      return {}
    },
    on: 2
  },
  'modfile-alt-broken': {
    seed: (d) => {
      write(
        path.join(d, 'alt.mod'),
        read(path.join(d, 'go.mod')).replace(/^go\s+\S+/m, 'go 1.99.0')
      )
      if (existsSync(path.join(d, 'go.sum')))
        write(path.join(d, 'alt.sum'), read(path.join(d, 'go.sum')))
      return { GOFLAGS: '-modfile=alt.mod' }
    },
    on: 2
  },
  'modfile-alt-fine-gomod-broken': {
    seed: (d) => {
      write(path.join(d, 'alt.mod'), read(path.join(d, 'go.mod')))
      if (existsSync(path.join(d, 'go.sum')))
        write(path.join(d, 'alt.sum'), read(path.join(d, 'go.sum')))
      edit(path.join(d, 'go.mod'), (s) => s.replace(/^go\s+\S+/m, 'go 1.99.0'))
      return { GOFLAGS: '-modfile=alt.mod' }
    },
    on: 2
  }
}

/** Seeds that need vendor/ (made with the real `go mod vendor`). */
export const VENDOR_SEEDS: Record<string, { seed: Seed; on: number }> = {
  'vendor-control': { seed: () => ({}), on: 3 },
  'vendor-explicit-marker-dropped': {
    seed: (d) => {
      const file = path.join(d, 'vendor', 'modules.txt')
      let done = false
      edit(file, (s) =>
        s
          .split('\n')
          .filter((l) => {
            if (!done && /^## explicit/.test(l)) {
              done = true
              return false
            }
            return true
          })
          .join('\n')
      )
      return done ? {} : undefined
    },
    on: 3
  },
  'vendor-package-dir-removed': {
    seed: (d) => {
      const txt = read(path.join(d, 'vendor', 'modules.txt'))
      const pkg = txt.split('\n').find((l) => l !== '' && !l.startsWith('#'))
      if (!pkg) return undefined
      rmSync(path.join(d, 'vendor', pkg), { recursive: true, force: true })
      return {}
    },
    on: 2
  }
}

export interface Builder {
  /** Where cases are written (recreated on every run). */
  root: string
  sources: Map<string, Source>
  /** Runs the real go (for `go mod vendor` / `go work vendor`). */
  go: (args: string[], cwd: string, env?: Record<string, string>) => void
}

function singleCases(b: Builder): Case[] {
  const out: Case[] = []
  const ids = [...b.sources.keys()]
  for (const [name, { seed, on }] of Object.entries(SINGLE_SEEDS)) {
    let made = 0
    for (const id of ids) {
      if (made >= on) break
      const src = b.sources.get(id) as Source
      const dir = path.join(b.root, `${name}--${slug(id)}`)
      copyModule(src, dir)
      const env = seed(dir, src)
      if (env === undefined) {
        rmSync(dir, { recursive: true, force: true })
        continue
      }
      out.push({ name: `${name} ${id}`, from: [id], seed: name, dir, root: dir, env })
      made++
    }
  }
  // Vendored: only modules whose control passes (vendor needs a loadable graph), small ones first.
  const vendorable = ids.filter((id) => !id.startsWith('go.etcd.io/'))
  for (const [name, { seed, on }] of Object.entries(VENDOR_SEEDS)) {
    let made = 0
    for (const id of vendorable) {
      if (made >= on) break
      const src = b.sources.get(id) as Source
      if (requires(src.gomod).length === 0) continue
      const dir = path.join(b.root, `${name}--${slug(id)}`)
      copyModule(src, dir)
      b.go(['mod', 'vendor'], dir)
      const env = seed(dir, src)
      if (env === undefined) {
        rmSync(dir, { recursive: true, force: true })
        continue
      }
      out.push({ name: `${name} ${id}`, from: [id], seed: name, dir, root: dir, env })
      made++
    }
  }
  return out
}

function maxGo(a: string, b: string): string {
  const n = (v: string) => v.split('.').map((x) => Number(x) || 0)
  const [x, y] = [n(a), n(b)]
  for (let i = 0; i < 3; i++)
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0) ? a : b
  return a
}

/** A workspace of two real modules in a/ and b/, go.work at the top. */
function workspace(
  b: Builder,
  name: string,
  ids: [string, string],
  seed: (w: string, a: Source, bb: Source) => Record<string, string> | undefined
): Case | undefined {
  const [sa, sb] = ids.map((id) => b.sources.get(id) as Source) as [Source, Source]
  const dir = path.join(b.root, `${name}--${slug(ids[0])}--${slug(ids[1])}`)
  rmSync(dir, { recursive: true, force: true })
  copyModule(sa, path.join(dir, 'a'))
  copyModule(sb, path.join(dir, 'b'))
  const go = maxGo(maxGo(goLine(sa.gomod), goLine(sb.gomod)), '1.22')
  write(path.join(dir, 'go.work'), `go ${go}\n\nuse (\n\t./a\n\t./b\n)\n`)
  const env = seed(dir, sa, sb)
  if (env === undefined) {
    rmSync(dir, { recursive: true, force: true })
    return undefined
  }
  return { name: `${name} ${ids.join(' + ')}`, from: [...ids], seed: name, dir, root: dir, env }
}

const SHARED_A = 'module example.com/shared\n\ngo 1.22\n'

function workspaceCases(b: Builder): Case[] {
  const all: Array<[string, string]> = [
    ['github.com/spf13/cobra@v1.8.1', 'github.com/sirupsen/logrus@v1.9.3'],
    ['github.com/gin-gonic/gin@v1.10.0', 'github.com/labstack/echo/v4@v4.12.0'],
    ['go.uber.org/zap@v1.27.0', 'github.com/urfave/cli/v2@v2.27.5']
  ]
  const pairs = all.filter(([x, y]) => b.sources.has(x) && b.sources.has(y))
  const out: Array<Case | undefined> = []
  for (const p of pairs) out.push(workspace(b, 'ws-control', p, () => ({})))
  for (const p of pairs.slice(0, 2)) {
    out.push(
      workspace(b, 'ws-duplicate-use', p, (w, a) => {
        copyModule(a, path.join(w, 'a2'))
        edit(path.join(w, 'go.work'), (s) => s.replace('\t./b\n', '\t./b\n\t./a2\n'))
        return {}
      })
    )
    const shared = (w: string) => {
      write(path.join(w, 'lib1', 'go.mod'), SHARED_A)
      write(path.join(w, 'lib2', 'go.mod'), SHARED_A)
      edit(path.join(w, 'a', 'go.mod'), (s) => `${s}\nreplace example.com/shared => ../lib1\n`)
      edit(path.join(w, 'b', 'go.mod'), (s) => `${s}\nreplace example.com/shared => ../lib2\n`)
    }
    out.push(workspace(b, 'ws-conflicting-replacements', p, (w) => (shared(w), {})))
    out.push(
      workspace(b, 'ws-conflicting-replacements-resolved-by-go-work', p, (w) => {
        shared(w)
        edit(path.join(w, 'go.work'), (s) => `${s}\nreplace example.com/shared => ./lib1\n`)
        return {}
      })
    )
    out.push(
      workspace(b, 'ws-go-work-replaces-workspace-module', p, (w, a) => {
        const modPath = /^module\s+(\S+)/m.exec(a.gomod)?.[1] as string
        write(path.join(w, 'c', 'go.mod'), `module ${modPath}\n\ngo 1.22\n`)
        edit(path.join(w, 'go.work'), (s) => `${s}\nreplace ${modPath} => ./c\n`)
        return {}
      })
    )
    out.push(
      workspace(b, 'ws-go-work-go-line-too-low', p, (w, a, bb) => {
        if (goLine(a.gomod) <= '1.18' && goLine(bb.gomod) <= '1.18') return undefined
        edit(path.join(w, 'go.work'), (s) => s.replace(/^go\s+\S+/m, 'go 1.18'))
        return {}
      })
    )
    out.push(
      workspace(b, 'ws-module-gosum-line-missing', p, (w, a) => {
        const r = directWithSum(a)
        if (!r) return undefined
        edit(path.join(w, 'a', 'go.sum'), (s) =>
          s
            .split('\n')
            .filter((l) => !l.startsWith(`${r.path} ${r.version} h1:`))
            .join('\n')
        )
        return {}
      })
    )
    out.push(
      workspace(b, 'ws-use-dir-missing', p, (w) => {
        edit(path.join(w, 'go.work'), (s) => s.replace('\t./b\n', '\t./b\n\t./missing\n'))
        return {}
      })
    )
  }
  const first = pairs[0]
  if (first) {
    out.push(
      workspace(b, 'ws-gowork-off-module-gosum-line-missing', first, (w, a) => {
        const r = directWithSum(a)
        if (!r) return undefined
        edit(path.join(w, 'a', 'go.sum'), (s) =>
          s
            .split('\n')
            .filter((l) => !l.startsWith(`${r.path} ${r.version} h1:`))
            .join('\n')
        )
        return { GOWORK: 'off', CASE_SUBDIR: 'a' }
      })
    )
    out.push(
      workspace(b, 'ws-vendor-control', first, (w) => {
        b.go(['work', 'vendor'], w)
        return {}
      })
    )
    out.push(
      workspace(b, 'ws-vendor-marker-dropped', first, (w) => {
        b.go(['work', 'vendor'], w)
        const file = path.join(w, 'vendor', 'modules.txt')
        let done = false
        edit(file, (s) =>
          s
            .split('\n')
            .filter((l) => {
              if (!done && /^## explicit/.test(l)) {
                done = true
                return false
              }
              return true
            })
            .join('\n')
        )
        return done ? {} : undefined
      })
    )
  }
  return out.filter((c): c is Case => c !== undefined)
}

export function buildCases(b: Builder): Case[] {
  rmSync(b.root, { recursive: true, force: true })
  mkdirSync(b.root, { recursive: true })
  const cases = [...singleCases(b), ...workspaceCases(b)]
  for (const c of cases) {
    const sub = c.env.CASE_SUBDIR
    if (sub) {
      c.dir = path.join(c.dir, sub)
      delete c.env.CASE_SUBDIR
    }
  }
  return cases
}
