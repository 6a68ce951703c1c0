import type { EnvSource } from '../facts/types.js'
import type { Facts } from '../facts/types.js'

/** "the process environment", "/home/u/.config/go/env line 2 (go env -w)", … for messages. */
export function describeSource(source: EnvSource | undefined): string | undefined {
  if (!source) return undefined
  const at = source.file ? `${source.file}${source.line ? ` line ${source.line}` : ''}` : ''
  switch (source.kind) {
    case 'environment':
      return 'the process environment'
    case 'goenv-file':
      return `${at || 'the go env -w file'}, written by \`go env -w\``
    case 'goroot-go.env':
      return `${at || '$GOROOT/go.env'}, the toolchain's defaults`
    case 'default':
      return "Go's built-in default"
  }
}

/** How to remove a value, given where it came from. */
export function unsetHint(key: string, source: EnvSource | undefined): string {
  switch (source?.kind) {
    case 'goenv-file':
      return `go env -u ${key}`
    case 'environment':
      return `unset ${key} in the workflow or shell that sets it (env: ${key})`
    case 'goroot-go.env':
      return `set ${key} explicitly (go env -w ${key}=…) to override the toolchain's go.env`
    default:
      return `unset ${key}`
  }
}

/** Source attribution for a `go env` key, as text for the finding's `source` field. */
export function sourceOf(facts: Facts, key: string): string | undefined {
  return describeSource(facts.go.sources[key])
}

/** `GOFLAGS` split the way Go splits it (whitespace-separated fields). */
export function goFlagsFields(goflags: string | undefined): string[] {
  return (goflags ?? '').split(/\s+/).filter(Boolean)
}
