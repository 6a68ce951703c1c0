/**
 * Real-toolchain helpers for the cache tests: a tiny module, a clean `go` environment with a
 * private GOCACHE, and ways to find a package's archive among the cache outputs.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ts from 'typescript'

export const GREETING = 'hello from greet, a cached package'

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `gbg-cache-${prefix}-`))
}

/** A module with a main package and two library packages; the marker string lives in greet. */
export function writeModule(dir: string): void {
  const files: Record<string, string> = {
    'go.mod': 'module example.com/tiny\n\ngo 1.22\n',
    'main.go':
      'package main\n\nimport (\n\t"os"\n\n\t"example.com/tiny/greet"\n\t"example.com/tiny/shout"\n)\n\nfunc main() {\n\tos.Stdout.WriteString(shout.Loud(greet.Message()) + "\\n")\n}\n',
    'greet/greet.go': `package greet\n\n//go:noinline\nfunc Message() string { return "${GREETING}" }\n`,
    'shout/shout.go':
      'package shout\n\nfunc Loud(s string) string {\n\tb := []byte(s)\n\tfor i, c := range b {\n\t\tif c >= 0x61 && c <= 0x7a {\n\t\t\tb[i] = c - 32\n\t\t}\n\t}\n\treturn string(b)\n}\n'
  }
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
}

/** The clean environment `go` runs with in these tests. */
export function goEnv(gocache: string, home: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    GOCACHE: gocache,
    GOENV: 'off',
    GOFLAGS: '',
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
    CGO_ENABLED: '0',
    GOPATH: path.join(home, 'go')
  }
}

export interface GoRun {
  status: number
  stderr: string
}

export function goBuild(
  dir: string,
  gocache: string,
  home: string,
  out: string,
  extra: string[] = []
): GoRun {
  const r = spawnSync('go', ['build', ...extra, '-o', out, '.'], {
    cwd: dir,
    env: goEnv(gocache, home),
    encoding: 'utf8'
  })
  return { status: r.status ?? -1, stderr: r.stderr }
}

export function runBinary(bin: string): string {
  return execFileSync(bin, { encoding: 'utf8' })
}

export function goroot(): string {
  return execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim()
}

/** Copies a cache keeping mtimes (a restore from a CI cache does the same). */
export function copyCache(from: string, to: string): void {
  cpSync(from, to, { recursive: true, preserveTimestamps: true })
}

export function allFiles(root: string): string[] {
  const out: string[] = []
  for (const sub of readdirSync(root, { withFileTypes: true })) {
    if (!sub.isDirectory() || !/^[0-9a-f]{2}$/.test(sub.name)) continue
    for (const name of readdirSync(path.join(root, sub.name)))
      out.push(path.join(root, sub.name, name))
  }
  return out.sort()
}

/** The cache output holding greet's compiled archive (the only one containing the marker). */
export function greetArchive(root: string): string {
  const marker = Buffer.from(GREETING)
  const hits = allFiles(root).filter((f) => {
    if (!f.endsWith('-d')) return false
    const data = readFileSync(f)
    return data.subarray(0, 8).toString('latin1') === '!<arch>\n' && data.includes(marker)
  })
  if (hits.length !== 1)
    throw new Error(`expected one archive holding the marker, found ${hits.length}`)
  return hits[0]!
}

/** The action entry that points at output `outputFile`. */
export function actionFor(root: string, outputFile: string): string {
  const id = path.basename(outputFile).slice(0, 64)
  const hits = allFiles(root).filter(
    (f) => f.endsWith('-a') && readFileSync(f, 'latin1').split(' ')[2] === id
  )
  if (hits.length < 1) throw new Error(`no action entry points at ${id}`)
  return hits[0]!
}

/** `go build -x` lines that run the compiler, by package import path (`-p <path>`). */
export function compiledPackages(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((l) => /\/compile\s/.test(l) || /\bcompile -o/.test(l))
    .map((l) => /\s-p\s+(\S+)/.exec(l)?.[1] ?? '?')
}

/**
 * The verify worker compiled from its TypeScript sources into `dir` (jest runs sources, not
 * the bundle): the very files the bundler builds into dist/verify-worker.js.
 */
export function compileWorker(dir: string): URL {
  const src = path.resolve('src/gocache')
  const files = ['verify-worker', 'claims', 'scan-dir', 'entry', 'fsutil', 'hash']
  for (const name of files.map((f) => `${f}.ts`)) {
    const out = ts.transpileModule(readFileSync(path.join(src, name), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 }
    })
    writeFileSync(path.join(dir, name.replace(/\.ts$/, '.js')), out.outputText)
  }
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}')
  return new URL(`file://${path.join(dir, 'verify-worker.js')}`)
}
