import { RE2JS } from 're2js'

/**
 * Baseline regexes run on RE2 (the `re2js` port, the syntax of Go's `regexp`): matching takes
 * time linear in the value, whatever the pattern, so a pattern such as `(a+)+$` cannot stall the
 * gate. Backreferences and lookaround, the features that need backtracking, are syntax errors.
 */
const compiled = new Map<string, RE2JS>()

function compile(pattern: string): RE2JS {
  let re = compiled.get(pattern)
  if (!re) {
    re = RE2JS.compile(pattern)
    compiled.set(pattern, re)
  }
  return re
}

/** Why a pattern does not compile (RE2's message, e.g. "missing closing )"), or undefined. */
export function regexSyntaxError(pattern: string): string | undefined {
  try {
    compile(pattern)
    return undefined
  } catch (e) {
    return (e as Error).message.replace(/^error parsing regexp: /, '')
  }
}

/** Whether the whole value matches the pattern (anchored at both ends). */
export function matchesWhole(pattern: string, value: string): boolean {
  return compile(pattern).matches(value)
}
