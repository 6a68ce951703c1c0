/**
 * Facts: everything the gate learned about the world before any check runs.
 * Only src/facts (and src/gocache for the cache scan) may touch the file system or run `go`;
 * checks receive these plain objects and stay pure.
 */

/** Where a `go env` value came from, in Go's order of precedence. */
export type EnvSourceKind = 'environment' | 'goenv-file' | 'goroot-go.env' | 'default'

export interface EnvSource {
  kind: EnvSourceKind
  /** The file that set it (GOENV file or $GOROOT/go.env), with the 1-based line. */
  file?: string
  line?: number
  /** Set when Go derived the value from another key (GONOPROXY and GONOSUMDB default to GOPRIVATE). */
  derivedFrom?: string
}

export interface GoFacts {
  /** Absolute path of the go binary that was run. */
  binary: string
  /** `go version` output when it ran (GOFLAGS set), else the same line built from GOVERSION, GOOS and GOARCH. */
  versionLine: string
  /**
   * Why the full `go env -json` failed (a GOCACHE that is off or unusable); `env` then holds the
   * known keys asked for by name, where a key this Go does not know reads as empty.
   */
  envError?: string
  /** Why `go version` failed although `go env` ran (e.g. a malformed GOFLAGS). */
  versionError?: string
  /** The running toolchain's version, e.g. `go1.26.8` (GOVERSION). */
  version: string
  /** `go env -json`, as printed (keys differ between Go versions). */
  env: Record<string, string>
  /** Source attribution per key, when known (filled by src/facts/envsource.ts). */
  sources: Record<string, EnvSource>
}

export interface Facts {
  /** Repository root (GITHUB_WORKSPACE in the action; the git top level or --dir on the CLI). Absolute. */
  root: string
  /** The working directory the gate checks. Absolute. */
  dir: string
  /** process.platform of the machine running the gate. */
  platform: NodeJS.Platform
  /** Snapshot of the process environment the gate (and so `go`) runs with. */
  processEnv: Record<string, string | undefined>
  go: GoFacts
  /** Parsed go.mod/go.work/vendor/go.sum facts (src/facts/modules.ts). */
  modules: import('./modules.js').ModuleFacts
  /** GOCACHE usability and the `go` binaries on PATH (src/facts/paths.ts, probeGoPaths). */
  paths?: import('./paths.js').PathFacts
  /** Build-cache scan, when `cache-verify` is not `off` (src/gocache). */
  cache?: import('../gocache/types.js').CacheFacts
  /** What Go's own loader said (`preflight` not `off`; src/facts/preflight.ts). */
  preflight?: import('./preflight.js').PreflightFacts
  /** Build-cache restore with `cache: true` (src/actions-cache). */
  store?: import('../actions-cache/types.js').StoreFacts
  /** The running workflow file's env entries, in GitHub Actions (src/facts/workflow.ts). */
  workflow?: import('./workflow.js').WorkflowFacts
}
