/** Plain Facts objects for unit tests of pure checks (no I/O). Integration tests use real go. */
import type { Facts, GoFacts } from '../src/facts/types.js'

export const GO_ENV_DEFAULTS: Record<string, string> = {
  GOOS: 'linux',
  GOARCH: 'amd64',
  GOVERSION: 'go1.26.8',
  GOFLAGS: '',
  GOSUMDB: 'sum.golang.org',
  GOPROXY: 'https://proxy.golang.org,direct',
  GOPRIVATE: '',
  GONOSUMDB: '',
  GONOPROXY: '',
  GOINSECURE: '',
  GOTOOLCHAIN: 'local',
  GOROOT: '/usr/local/go',
  GOCACHE: '/home/u/.cache/go-build',
  GOENV: '/home/u/.config/go/env',
  GO111MODULE: '',
  CGO_ENABLED: '1'
}

export function makeFacts(
  opts: {
    env?: Record<string, string>
    go?: Partial<GoFacts>
    processEnv?: Record<string, string | undefined>
    modules?: Facts['modules']
  } = {}
): Facts {
  const env = { ...GO_ENV_DEFAULTS, ...opts.env }
  return {
    root: '/repo',
    dir: '/repo',
    platform: 'linux',
    processEnv: opts.processEnv ?? {},
    go: {
      binary: '/usr/local/go/bin/go',
      versionLine: `go version ${env.GOVERSION} linux/amd64`,
      version: env.GOVERSION ?? 'go1.26.8',
      env,
      sources: {},
      ...opts.go
    },
    modules: opts.modules ?? { mods: [], errors: [] }
  }
}
