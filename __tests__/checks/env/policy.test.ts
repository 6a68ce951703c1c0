import { describe, expect, it } from '@jest/globals'
import { makeFacts } from '../../../__fixtures__/facts.js'
import { builtinBaseline } from '../../../src/baseline/load.js'
import type { Baseline } from '../../../src/baseline/types.js'
import { baselineEnvChecks } from '../../../src/checks/baseline-env.js'
import type { PathFacts } from '../../../src/facts/paths.js'
import type { Facts } from '../../../src/facts/types.js'
import type { ModuleFacts } from '../../../src/facts/modules.js'

const okPaths: PathFacts = {
  gocache: {
    path: '/home/u/.cache/go-build',
    exists: true,
    isDirectory: true,
    writable: true,
    creatable: false
  },
  goOnPath: [
    {
      path: '/usr/local/go/bin/go',
      realPath: '/usr/local/go/bin/go',
      goroot: '/usr/local/go',
      version: 'go1.26.8'
    }
  ],
  gorootGo: '/usr/local/go/bin/go'
}
const inModule = {
  mods: [{ file: 'go.mod', dir: '/repo', parsed: {} }],
  errors: []
} as unknown as ModuleFacts

function facts(
  opts: Parameters<typeof makeFacts>[0] & {
    paths?: Partial<PathFacts>
    platform?: NodeJS.Platform
  } = {}
): Facts {
  const f = makeFacts({
    processEnv: { PATH: '/usr/local/go/bin:/usr/bin' },
    modules: inModule,
    ...opts
  })
  return { ...f, platform: opts.platform ?? 'linux', paths: { ...okPaths, ...opts.paths } }
}

function rules(f: Facts, baseline: Baseline = builtinBaseline()): string[] {
  return baselineEnvChecks.flatMap((c) => c.run(f, baseline)).map((x) => x.rule)
}

function findingsOf(f: Facts) {
  return baselineEnvChecks.flatMap((c) => c.run(f, builtinBaseline()))
}

/** A baseline that declares a key (so the policy defers to it). */
function declaring(key: string, value: string): Baseline {
  return { ...builtinBaseline(), builtin: false, env: [{ key, matcher: { kind: 'exact', value } }] }
}

describe('the recommended policy on a clean environment', () => {
  it('reports nothing', () => {
    expect(rules(facts())).toEqual([])
  })
})

describe('GBG120 go111module-off', () => {
  it('reports GO111MODULE=off inside a module, with the source and the fix', () => {
    const f = facts({
      env: { GO111MODULE: 'off' },
      go: { sources: { GO111MODULE: { kind: 'goenv-file', file: '/h/env', line: 3 } } }
    })
    const [x] = findingsOf(f)
    expect(x).toMatchObject({
      rule: 'GBG120',
      severity: 'error',
      actual: 'GO111MODULE=off',
      fix: 'go env -u GO111MODULE'
    })
    expect(x?.message).toContain('GO111MODULE comes from /h/env line 3')
  })
  it('is quiet outside a module, for on/auto, and when the baseline declares GO111MODULE', () => {
    expect(
      rules(facts({ env: { GO111MODULE: 'off' }, modules: { mods: [], errors: [] } }))
    ).toEqual([])
    expect(rules(facts({ env: { GO111MODULE: 'on' } }))).toEqual([])
    expect(rules(facts({ env: { GO111MODULE: 'off' } }), declaring('GO111MODULE', 'off'))).toEqual(
      []
    )
  })
})

describe('GBG121 goinsecure-wildcard', () => {
  it('reports a pattern matching every module', () => {
    expect(rules(facts({ env: { GOINSECURE: 'git.corp.example.com,*' } }))).toEqual(['GBG121'])
    expect(rules(facts({ env: { GOINSECURE: '*/*' } }))).toEqual(['GBG121'])
  })
  it('accepts specific hosts', () => {
    expect(
      rules(facts({ env: { GOINSECURE: 'git.corp.example.com,*.internal.example.com' } }))
    ).toEqual([])
  })
})

describe('GBG122/GBG123 goproxy', () => {
  it('reports GOPROXY=off and GOPROXY=direct alone', () => {
    expect(rules(facts({ env: { GOPROXY: 'off' } }))).toEqual(['GBG122'])
    expect(rules(facts({ env: { GOPROXY: 'direct' } }))).toEqual(['GBG123'])
  })
  it('accepts a proxy list, and direct/off when the baseline declares them (the reason)', () => {
    expect(rules(facts({ env: { GOPROXY: 'https://goproxy.corp,direct' } }))).toEqual([])
    expect(rules(facts({ env: { GOPROXY: 'https://goproxy.corp|off' } }))).toEqual([])
    expect(rules(facts({ env: { GOPROXY: 'direct' } }), declaring('GOPROXY', 'direct'))).toEqual([])
    expect(rules(facts({ env: { GOPROXY: 'off' } }), declaring('GOPROXY', 'off'))).toEqual([])
  })
})

describe('GBG130/GBG131 gocache', () => {
  it('reports GOCACHE=off and a relative GOCACHE', () => {
    expect(rules(facts({ env: { GOCACHE: 'off' } }))).toEqual(['GBG130'])
    expect(rules(facts({ env: { GOCACHE: 'cache' } }))).toEqual(['GBG130'])
  })
  it('reports a GOCACHE that is a file, read-only, or impossible to create', () => {
    const probe = {
      path: '/home/u/.cache/go-build',
      exists: true,
      isDirectory: true,
      writable: true,
      creatable: false
    }
    expect(
      findingsOf(
        facts({ paths: { gocache: { ...probe, isDirectory: false, writable: false } } })
      )[0]?.message
    ).toContain('is not a directory')
    expect(
      findingsOf(facts({ paths: { gocache: { ...probe, writable: false } } }))[0]?.message
    ).toContain('is not writable')
    expect(
      findingsOf(
        facts({
          paths: { gocache: { ...probe, exists: false, isDirectory: false, writable: false } }
        })
      )[0]?.rule
    ).toBe('GBG131')
  })
  it('accepts a missing GOCACHE that go can create, and Windows absolute paths', () => {
    const probe = {
      path: '/home/u/.cache/go-build',
      exists: false,
      isDirectory: false,
      writable: false,
      creatable: true
    }
    expect(rules(facts({ paths: { gocache: probe } }))).toEqual([])
    expect(
      rules(
        facts({
          platform: 'win32',
          env: { GOCACHE: 'C:\\Users\\r\\AppData\\Local\\go-build' },
          processEnv: { PATH: 'C:\\go\\bin' }
        })
      )
    ).toEqual([])
  })
})

describe('GBG140 goroot-mismatch', () => {
  it('reports a go on PATH that is not $GOROOT/bin/go, listing the other go binaries', () => {
    const f = facts({
      env: { GOROOT: '/opt/go1.20' },
      go: { sources: { GOROOT: { kind: 'environment' } } },
      paths: {
        gorootGo: '/opt/go1.20/bin/go',
        goOnPath: [
          okPaths.goOnPath[0]!,
          { path: '/usr/bin/go', realPath: '/usr/lib/go-1.19/bin/go' }
        ]
      }
    })
    const [x] = findingsOf(f)
    expect(x?.rule).toBe('GBG140')
    expect(x?.message).toContain('reports GOROOT=/opt/go1.20, whose bin/go is /opt/go1.20/bin/go')
    expect(x?.message).toContain('Other go binaries on PATH: /usr/bin/go')
    expect(x?.expected).toBe('GOROOT=/usr/local/go')
    expect(x?.fix).toContain('unset GOROOT in the workflow')
  })
  it('is quiet when PATH go is GOROOT/bin/go, and when GOTOOLCHAIN switched toolchains (GBG150 instead)', () => {
    expect(rules(facts())).toEqual([])
    const switched = facts({
      env: {
        GOVERSION: 'go1.22.12',
        GOTOOLCHAIN: 'go1.22.12',
        GOROOT: '/m/golang.org/toolchain@v0.0.1-go1.22.12.linux-amd64'
      },
      paths: { gorootGo: '/m/golang.org/toolchain@v0.0.1-go1.22.12.linux-amd64/bin/go' }
    })
    expect(rules(switched)).toEqual(['GBG150'])
  })
})

describe('GBG141 gobin-not-on-path', () => {
  it('reports a GOBIN that PATH does not list', () => {
    expect(rules(facts({ env: { GOBIN: '/home/u/bin' } }))).toEqual(['GBG141'])
  })
  it('accepts GOBIN on PATH (trailing slash, Windows case and separators)', () => {
    expect(
      rules(facts({ env: { GOBIN: '/home/u/bin/' }, processEnv: { PATH: '/usr/bin:/home/u/bin' } }))
    ).toEqual([])
    expect(
      rules(
        facts({
          platform: 'win32',
          env: { GOBIN: 'C:\\Users\\R\\go\\bin', GOCACHE: 'C:\\c' },
          processEnv: { Path: 'c:/users/r/go/bin;C:\\Windows' }
        })
      )
    ).toEqual([])
  })
})

describe('GBG150 gotoolchain-switch', () => {
  it('explains a switch away from the installed Go, naming GOTOOLCHAIN and its source', () => {
    const f = facts({
      env: {
        GOVERSION: 'go1.25.1',
        GOTOOLCHAIN: 'auto',
        GOROOT: '/m/golang.org/toolchain@v0.0.1-go1.25.1.linux-amd64'
      },
      go: { version: 'go1.25.1', sources: { GOTOOLCHAIN: { kind: 'environment' } } },
      paths: { gorootGo: '/m/golang.org/toolchain@v0.0.1-go1.25.1.linux-amd64/bin/go' }
    })
    const [x] = findingsOf(f)
    expect(x).toMatchObject({
      rule: 'GBG150',
      severity: 'notice',
      expected: 'the installed go1.26.8'
    })
    expect(x?.message).toContain('The go on PATH is go1.26.8, but it runs go1.25.1')
    expect(x?.message).toContain('GOTOOLCHAIN=auto lets go.mod or go.work')
    expect(x?.message).toContain('GOTOOLCHAIN comes from the process environment')
  })
  it('is quiet when the running toolchain is the installed one', () => {
    expect(rules(facts({ env: { GOTOOLCHAIN: 'auto' } }))).toEqual([])
  })
})
