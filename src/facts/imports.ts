/**
 * The import paths of a module's own packages and tests, as the go command would see them for
 * this GOOS/GOARCH: files excluded by their name (`_linux.go`, `_arm64_test.go`) or by a build
 * constraint (`//go:build sonic`, `// +build ignore`) do not count. Used to tell a go.sum line the
 * build certainly needs (a package of that module is imported) from one it may never read.
 *
 * Only what is certain counts: a file whose constraint cannot be read contributes no imports, so an
 * uncertain case can only make a finding less severe, never a false error.
 */
import type { Dirent } from 'node:fs'
import { readdir } from './fs-async.js'
import { join } from 'node:path'
import { readRegularFile } from './readfile.js'

/** GOOS and GOARCH values that a file name suffix can name (go/build's lists). */
const KNOWN_OS = new Set(
  'aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris wasip1 windows zos'.split(
    ' '
  )
)
const KNOWN_ARCH = new Set(
  '386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64 mips64le mips64p32 mips64p32le ppc ppc64 ppc64le riscv riscv64 s390 s390x sparc sparc64 wasm'.split(
    ' '
  )
)
const UNIX = new Set(
  'aix android darwin dragonfly freebsd hurd illumos ios linux netbsd openbsd solaris'.split(' ')
)
const SKIP_DIRS = new Set(['vendor', 'testdata', 'node_modules'])
/** Import sections sit at the top of a file; a longer header is not read. */
const HEADER_BYTES = 256 * 1024
/** Beyond this many files the scan gives up (the caller then treats every line as uncertain). */
const MAX_FILES = 200_000

/** The build tags satisfied by this go env (GOOS, GOARCH, unix, gc, cgo, go1.N, -tags). */
export function buildTags(env: Record<string, string>): Set<string> {
  const goos = env.GOOS ?? ''
  const tags = new Set([goos, env.GOARCH ?? '', 'gc'])
  if (UNIX.has(goos)) tags.add('unix')
  if (goos === 'android') tags.add('linux')
  if (goos === 'illumos') tags.add('solaris')
  if (goos === 'ios') tags.add('darwin')
  if (env.CGO_ENABLED === '1') tags.add('cgo')
  const minor = /^go1\.(\d+)/.exec(env.GOVERSION ?? '')?.[1]
  for (let i = 1; i <= Number(minor ?? 0); i++) tags.add(`go1.${i}`)
  for (const m of (env.GOFLAGS ?? '').matchAll(/(?:^|\s)--?tags[= ]([^\s]+)/g)) {
    for (const t of (m[1] ?? '').split(',')) if (t) tags.add(t)
  }
  return tags
}

/** go/build's file-name rule: `name_GOOS_GOARCH.go`, `name_GOOS.go`, `name_GOARCH.go` (+ `_test`). */
export function nameMatches(file: string, tags: Set<string>): boolean {
  const base = file.slice(0, file.indexOf('.') < 0 ? undefined : file.indexOf('.'))
  const i = base.indexOf('_')
  if (i < 0) return true
  let rest = base.slice(i)
  if (rest.endsWith('_test')) rest = rest.slice(0, -'_test'.length)
  const l = rest.split('_')
  const n = l.length
  const last = l[n - 1] ?? ''
  const prev = l[n - 2] ?? ''
  if (n >= 3 && KNOWN_OS.has(prev) && KNOWN_ARCH.has(last)) return tags.has(prev) && tags.has(last)
  if (n >= 2 && (KNOWN_OS.has(last) || KNOWN_ARCH.has(last))) return tags.has(last)
  return true
}

/**
 * Evaluates a `//go:build` expression; undefined when it cannot be parsed (the caller then
 * treats the file as unknown).
 */
export function evalGoBuild(expr: string, tags: Set<string>): boolean | undefined {
  const toks = expr.match(/\|\||&&|!|\(|\)|[\w.]+|\S/g) ?? []
  let i = 0
  const or = (): boolean | undefined => {
    let v = and()
    while (toks[i] === '||') {
      i++
      const r = and()
      if (v === undefined || r === undefined) return undefined
      v = v || r
    }
    return v
  }
  const and = (): boolean | undefined => {
    let v = not()
    while (toks[i] === '&&') {
      i++
      const r = not()
      if (v === undefined || r === undefined) return undefined
      v = v && r
    }
    return v
  }
  const not = (): boolean | undefined => {
    const t = toks[i++]
    if (t === '!') {
      const v = not()
      return v === undefined ? undefined : !v
    }
    if (t === '(') {
      const v = or()
      if (toks[i++] !== ')') return undefined
      return v
    }
    return t !== undefined && /^[\w.]+$/.test(t) ? tags.has(t) : undefined
  }
  const v = or()
  return i === toks.length ? v : undefined
}

/** Evaluates `// +build` lines (space = or, comma = and, `!` = not; lines are and-ed). */
function evalPlusBuild(lines: string[], tags: Set<string>): boolean {
  return lines.every((line) =>
    line
      .split(/\s+/)
      .filter(Boolean)
      .some((term) =>
        term.split(',').every((t) => (t.startsWith('!') ? !tags.has(t.slice(1)) : tags.has(t)))
      )
  )
}

/** Strips comments (keeping string literals) from Go source. */
function stripComments(src: string): string {
  let out = ''
  let i = 0
  while (i < src.length) {
    const c = src[i]
    if (c === '/' && src[i + 1] === '/') {
      const nl = src.indexOf('\n', i)
      i = nl < 0 ? src.length : nl
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2)
      out += ' '
      i = end < 0 ? src.length : end + 2
    } else if (c === '"' || c === '`' || c === "'") {
      let j = i + 1
      while (j < src.length && src[j] !== c) {
        if (c !== '`' && src[j] === '\\') j++
        if (c !== '`' && src[j] === '\n') break
        j++
      }
      out += src.slice(i, j + 1)
      i = j + 1
    } else {
      out += c
      i++
    }
  }
  return out
}

/**
 * The file's imports, or undefined when its build constraint excludes it (`false`) or cannot be
 * read (`undefined` as well: an unknown file contributes nothing).
 */
export function fileImports(src: string, tags: Set<string>): string[] | undefined {
  const lines = src.split('\n')
  const plus: string[] = []
  let goBuild: string | undefined
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '') continue
    if (!line.startsWith('//')) break
    const gb = /^\/\/go:build\s+(.*)$/.exec(line)
    if (gb) goBuild = gb[1]
    const pb = /^\/\/\s*\+build\s+(.*)$/.exec(line)
    if (pb) plus.push(pb[1] ?? '')
  }
  const ok =
    goBuild !== undefined
      ? evalGoBuild(goBuild, tags)
      : plus.length > 0
        ? evalPlusBuild(plus, tags)
        : true
  if (ok !== true) return undefined
  const code = stripComments(src)
  const pkg = /^\s*package\s+[\p{L}_][\p{L}\p{N}_]*\s*;?/u.exec(code)
  if (!pkg) return undefined
  const imports: string[] = []
  let rest = code.slice(pkg[0].length)
  for (;;) {
    const m = /^\s*import\s*(\(([^)]*)\)|[^\n;]*)\s*;?/.exec(rest)
    if (!m) break
    for (const s of (m[2] ?? m[1] ?? '').matchAll(/"((?:[^"\\\n]|\\.)*)"|`([^`]*)`/g)) {
      const p = s[1] ?? s[2]
      if (p && p !== 'C') imports.push(p)
    }
    rest = rest.slice(m[0].length)
  }
  return imports
}

/**
 * Every import path of the module rooted at `dir` (its packages and their tests), skipping
 * vendor/, testdata/, dot and underscore directories and nested modules. Undefined when the
 * module is too large to scan.
 */
export async function moduleImports(
  dir: string,
  env: Record<string, string>
): Promise<string[] | undefined> {
  const tags = buildTags(env)
  const found = new Set<string>()
  let files = 0
  const walk = async (d: string, top: boolean): Promise<boolean> => {
    let entries: Dirent[]
    try {
      entries = await readdir(d, { withFileTypes: true })
    } catch {
      return true
    }
    if (!top && entries.some((e) => e.name === 'go.mod' && e.isFile())) return true // nested module
    const subdirs: string[] = []
    const reads: Promise<void>[] = []
    for (const e of entries) {
      const n = e.name
      if (n.startsWith('.') || n.startsWith('_')) continue
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(n)) subdirs.push(join(d, n))
      } else if (e.isFile() && n.endsWith('.go') && nameMatches(n, tags)) {
        if (++files > MAX_FILES) return false
        reads.push(
          readRegularFile(join(d, n), Number.MAX_SAFE_INTEGER)
            .then((buf) => {
              const text = buf.subarray(0, HEADER_BYTES).toString('utf8')
              for (const p of fileImports(text, tags) ?? []) found.add(p)
            })
            .catch(() => undefined)
        )
      }
    }
    await Promise.all(reads)
    for (const s of subdirs) if (!(await walk(s, false))) return false
    return true
  }
  if (!(await walk(dir, true))) return undefined
  return [...found].sort()
}
