import type { EnvSource, Facts } from '../../facts/types.js'
import { describeSource, unsetHint } from '../source.js'

/**
 * Where a `go env` value came from, as a sentence part, following a derived value (GONOSUMDB from
 * GOPRIVATE) to the key that really set it.
 */
export function attribution(facts: Facts, key: string): string | undefined {
  const source = facts.go.sources[key]
  const text = describeSource(source)
  if (!source || !text) return undefined
  return source.derivedFrom
    ? `${source.derivedFrom}'s value (${source.derivedFrom} is set by ${text})`
    : text
}

/** The key to act on: the one the value was derived from, if any. */
export function owningKey(facts: Facts, key: string): string {
  return facts.go.sources[key]?.derivedFrom ?? key
}

/** How to set a key to a value so that it wins over its current source. */
export function setHint(key: string, value: string, source: EnvSource | undefined): string {
  const quoted = /[\s'"$`]/.test(value) ? `'${value.replace(/'/g, `'\\''`)}'` : value
  return source?.kind === 'environment'
    ? `set ${key}=${quoted} in the workflow or shell that sets it`
    : `go env -w ${key}=${quoted}`
}

/** How to remove the value, acting on the key that set it. */
export function removeHint(facts: Facts, key: string): string {
  const owner = owningKey(facts, key)
  return unsetHint(owner, facts.go.sources[owner])
}
