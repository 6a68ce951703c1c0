/**
 * End to end: the npm package as a user gets it. dist/ runs with no node_modules anywhere above
 * it; `npm pack` ships what runs; the tarball installs with no network into a fresh Go
 * repository outside this checkout, adds no other package, and `record` then `check` round-trip
 * there with no findings (also through `npm install -g` and `npx`).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { builtinModules } from 'node:module'
import * as os from 'node:os'
import * as path from 'node:path'
import { cleanGoEnv, inputEnv, parseFileCommands, REPO } from '../../__fixtures__/runner.js'

const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
  name: string
  version: string
  private?: boolean
  license: string
  files: string[]
  bin: Record<string, string>
  dependencies?: Record<string, string>
}

let tmp: string
let tarball: string
let packed: { filename: string; size: number; files: { path: string }[] }

/** The environment of a machine with no network: npm's registry is a closed port, its cache empty. */
function offlineEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...cleanGoEnv(tmp),
    PATH: `${path.dirname(process.execPath)}:${cleanGoEnv(tmp).PATH}`,
    npm_config_registry: 'http://127.0.0.1:1/',
    npm_config_cache: path.join(tmp, 'npm-cache'),
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    ...extra
  }
}

function run(cmd: string, args: string[], cwd: string, env: Record<string, string>) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 120_000 })
  if (r.error) throw r.error
  return r
}

const explain = (r: SpawnSyncReturns<string>) => `exit ${r.status}\n${r.stdout}\n${r.stderr}`

/** A fresh Go repository (git, go.mod, main.go) in a new directory outside the checkout. */
function goRepo(name: string): string {
  const dir = path.join(tmp, name)
  mkdirSync(dir)
  writeFileSync(path.join(dir, 'go.mod'), 'module example.com/app\n\ngo 1.22\n')
  writeFileSync(path.join(dir, 'main.go'), 'package main\n\nfunc main() { println("hi") }\n')
  execFileSync('git', ['init', '-q'], { cwd: dir })
  return dir
}

/** `record` then `check --mode enforce --fail-on warning --format json`: both exit 0, no findings. */
function roundTrip(bin: string[], dir: string, env: Record<string, string>): void {
  const rec = run(bin[0]!, [...bin.slice(1), 'record'], dir, env)
  expect(rec.status).toBe(0)
  const baseline = readFileSync(path.join(dir, '.github', 'go-baseline.yml'), 'utf8')
  expect(baseline).toMatch(/^version: 1$/m)
  const check = run(
    bin[0]!,
    [...bin.slice(1), 'check', '--mode', 'enforce', '--fail-on', 'warning', '--format', 'json'],
    dir,
    env
  )
  expect(check.status).toBe(0)
  const report = JSON.parse(check.stdout) as {
    result: string
    baseline: string | null
    findings: unknown[]
  }
  expect(report.baseline).toBe(path.join(dir, '.github', 'go-baseline.yml'))
  expect(report.findings).toEqual([])
  expect(report.result).toBe('pass')
}

function ancestors(dir: string): string[] {
  const out = [dir]
  while (path.dirname(out[out.length - 1]!) !== out[out.length - 1]) {
    out.push(path.dirname(out[out.length - 1]!))
  }
  return out
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gbg-package-'))
  mkdirSync(path.join(tmp, 'home'), { recursive: true })
  const out = execFileSync(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp],
    { cwd: REPO, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } }
  )
  packed = (JSON.parse(out) as (typeof packed)[])[0]!
  tarball = path.join(tmp, packed.filename)
}, 120_000)

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('package.json', () => {
  it('is publishable, MIT with a LICENSE file, and has no runtime dependencies', () => {
    expect(pkg.private).toBeUndefined()
    expect(pkg.license).toBe('MIT')
    expect(readFileSync(path.join(REPO, 'LICENSE'), 'utf8')).toMatch(/^MIT License$/m)
    expect(pkg.dependencies ?? {}).toEqual({})
    expect(pkg.bin).toEqual({ [pkg.name]: 'dist/cli.js' })
  })
})

describe('the README', () => {
  const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8')

  it('gives install commands for this version: npx from npm, and the tarball npm pack writes', () => {
    expect(readme).toContain(`npx ${pkg.name}@${pkg.version} check`)
    expect(readme).toContain(`npm install -g ./${packed.filename}`)
    expect(readme).toContain(`npx --package /path/to/${packed.filename} ${pkg.name} check`)
    expect(readme).toContain(`npx ./${packed.filename} check`)
  })

  it("keeps the Quick start's commands, and its npx runs this checkout's CLI offline", () => {
    expect(readme).toContain('npm ci && npx go-baseline-gate check --dir examples/hello')
    expect(readme).toContain('npm ci && npm test')
    const r = run('npx', [pkg.name, 'check', '--dir', 'examples/hello'], REPO, offlineEnv())
    expect(explain(r)).toMatch(/^exit 0/)
    expect(r.stdout).toMatch(/^PASS .*built-in policy$/m)
  })
})

describe('the bundle is self-contained', () => {
  it('imports only relative chunks and Node built-ins', () => {
    const builtins = new Set(builtinModules)
    const bad: string[] = []
    let seen = 0
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name)
        if (e.isDirectory()) walk(p)
        else if (e.name.endsWith('.js')) {
          // Without comment lines (` * import { X } from 'pkg'` in bundled JSDoc examples).
          const text = readFileSync(p, 'utf8')
            .split('\n')
            .filter((l) => !/^\s*(\*|\/\*|\/\/)/.test(l))
            .join('\n')
          const specs = [
            ...text.matchAll(/^(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm),
            ...text.matchAll(/^import\s*['"]([^'"]+)['"]/gm),
            ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
            ...text.matchAll(/(?<![\w.])require\(\s*['"]([^'"]+)['"]\s*\)/g)
          ]
          seen += specs.length
          for (const m of specs) {
            const spec = m[1]!
            if (spec.startsWith('./') || spec.startsWith('../')) continue
            if (spec.startsWith('node:') || builtins.has(spec)) continue
            bad.push(`${path.relative(REPO, p)}: ${spec}`)
          }
        }
      }
    }
    walk(path.join(REPO, 'dist'))
    expect(seen).toBeGreaterThan(50)
    expect(bad).toEqual([])
  })

  // Start-up is mostly Node loading modules: the check loads three files of dist/, and none of
  // the Node modules an ES import of fs (its promises getter: fs/promises, readline, the REPL
  // history) or util (a diff engine, worker threads) would drag in (rollup.config.js).
  it('the CLI check loads three files of dist/ and no fs/promises, readline or worker threads', () => {
    const dir = goRepo('startup-app')
    const out = path.join(tmp, 'loaded.json')
    // process.getBuiltinModule: the hook itself must not import fs as an ES module.
    const hook = `data:text/javascript,${encodeURIComponent(
      `const { writeFileSync } = process.getBuiltinModule('node:fs');` +
        `process.on('exit', () => writeFileSync(${JSON.stringify(out)}, JSON.stringify(process.moduleLoadList)))`
    )}`
    const cli = path.join(REPO, 'dist', 'cli.js')
    const args = ['check', '--cache-verify', 'off', '--preflight', 'off']
    const modules = (script: string, ...rest: string[]): string[] => {
      const r = run(process.execPath, ['--import', hook, script, ...rest], dir, cleanGoEnv(tmp))
      expect(explain(r)).toMatch(/^exit 0/)
      return (JSON.parse(readFileSync(out, 'utf8')) as string[])
        .filter((m) => m.startsWith('NativeModule '))
        .map((m) => m.slice('NativeModule '.length))
    }
    // What Node loads for any ES module (Node 20's loader itself reads files with fs/promises).
    const empty = path.join(tmp, 'empty.mjs')
    writeFileSync(empty, '')
    const node = new Set(modules(empty))
    const loaded = modules(cli, ...args).filter((m) => !node.has(m))
    expect(loaded).toContain('child_process') // the list does show what the check loads
    for (const m of ['internal/fs/promises', 'internal/readline/interface', 'worker_threads'])
      expect(loaded).not.toContain(m)
    const strace = spawnSync(
      'strace',
      ['-f', '-e', 'trace=openat', '-o', out, process.execPath, cli, ...args],
      {
        cwd: dir,
        env: cleanGoEnv(tmp)
      }
    )
    if (strace.error) return // no strace here: the module list above is the test
    const distFiles = new Set(
      [...readFileSync(out, 'utf8').matchAll(/openat\([^"]*"([^"]+\.js)"/g)]
        .map((m) => m[1]!)
        .filter((f) => f.startsWith(path.join(REPO, 'dist')))
        .map((f) => path.relative(REPO, f))
    )
    expect([...distFiles].sort()).toEqual([
      'dist/chunks/cli-boot.js',
      'dist/chunks/cli-core.js',
      'dist/cli.js'
    ])
  })

  it('runs from a copy of dist/ with no node_modules in any directory above it', () => {
    const home = path.join(tmp, 'bare')
    cpSync(path.join(REPO, 'dist'), path.join(home, 'dist'), { recursive: true })
    writeFileSync(path.join(home, 'package.json'), '{"type":"module"}\n')
    for (const dir of ancestors(home))
      expect(existsSync(path.join(dir, 'node_modules'))).toBe(false)
    const dir = goRepo('bare-app')
    const env = offlineEnv()
    roundTrip([process.execPath, path.join(home, 'dist', 'cli.js')], dir, env)
    for (const args of [
      ['check', '--format', 'sarif'],
      ['rules', '--format', 'json'],
      ['cache', 'verify'],
      ['modfile', '--json', 'go.mod']
    ]) {
      const r = run(process.execPath, [path.join(home, 'dist', 'cli.js'), ...args], dir, env)
      expect({ args, status: r.status, stderr: r.stderr }).toEqual({ args, status: 0, stderr: '' })
    }
    // The action too, with `cache: true` so the @actions/cache chunk is loaded (no cache service
    // here: it reports GBG360 and goes on).
    const output = path.join(tmp, 'bare-output')
    writeFileSync(output, '')
    const action = run(process.execPath, [path.join(home, 'dist', 'index.js')], dir, {
      ...env,
      ...inputEnv({ cache: 'true' }),
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: dir,
      GITHUB_OUTPUT: output,
      RUNNER_TEMP: path.join(tmp, 'bare-runner-temp')
    })
    expect(explain(action)).toMatch(/^exit 0/)
    expect(action.stdout).toContain('GBG360')
    expect(parseFileCommands(readFileSync(output, 'utf8')).result).toBe('warn')
  })
})

describe('npm pack', () => {
  it('ships what runs: the bundle, the schema, action.yml, README, LICENSE, CHANGELOG', () => {
    const files = packed.files.map((f) => f.path).sort()
    for (const f of [
      'package.json',
      'dist/cli.js',
      'dist/index.js',
      'dist/post.js',
      'dist/verify-worker.js',
      'schema/go-baseline.schema.json',
      'action.yml',
      'README.md',
      'LICENSE',
      'CHANGELOG.md'
    ]) {
      expect(files).toContain(f)
    }
    const shipped = files.filter(
      (f) =>
        !/^dist\/.+\.js$/.test(f) &&
        !['package.json', 'action.yml', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(f) &&
        !f.startsWith('schema/')
    )
    expect(shipped).toEqual([])
    expect(packed.filename).toBe(`${pkg.name}-${pkg.version}.tgz`)
  })
})

describe('the tarball, installed offline into a fresh Go repository', () => {
  it('installs only itself, and record then check round-trip with no findings', () => {
    const dir = goRepo('app')
    const env = offlineEnv()
    const install = run('npm', ['install', tarball], dir, env)
    expect(install.status).toBe(0)
    expect(install.stdout + install.stderr).toMatch(/added 1 package\b/)
    expect(install.stderr).not.toMatch(/EBADENGINE/)
    const installed = readdirSync(path.join(dir, 'node_modules')).filter((n) => !n.startsWith('.'))
    expect(installed).toEqual([pkg.name])
    expect(existsSync(path.join(dir, 'node_modules', pkg.name, 'node_modules'))).toBe(false)
    const lock = JSON.parse(readFileSync(path.join(dir, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, unknown>
    }
    expect(Object.keys(lock.packages).sort()).toEqual(['', `node_modules/${pkg.name}`])
    roundTrip([path.join(dir, 'node_modules', '.bin', pkg.name)], dir, env)
  })

  it('works installed globally (npm install -g) and run once with npx', () => {
    const env = offlineEnv()
    const prefix = path.join(tmp, 'global')
    const g = run('npm', ['install', '-g', '--prefix', prefix, tarball], tmp, env)
    expect(g.status).toBe(0)
    expect(readdirSync(path.join(prefix, 'lib', 'node_modules'))).toEqual([pkg.name])
    roundTrip([path.join(prefix, 'bin', pkg.name)], goRepo('global-app'), env)

    // `npx --package <tarball> go-baseline-gate`, and `npx ./<tarball>` from its directory.
    const dir = goRepo('npx-app')
    const npxEnv = offlineEnv({
      npm_config_cache: path.join(tmp, 'npx-cache'),
      npm_config_yes: 'true'
    })
    const r = run(
      'npx',
      ['--package', tarball, pkg.name, 'check', '--mode', 'enforce'],
      dir,
      npxEnv
    )
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^PASS /m)
    cpSync(tarball, path.join(dir, packed.filename))
    const local = run('npx', [`./${packed.filename}`, 'check'], dir, npxEnv)
    expect(local.stdout).toMatch(/^PASS /m)
    expect(explain(local)).toMatch(/^exit 0/)
  })
})
