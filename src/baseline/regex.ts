import type { RE2JS } from 're2js'

/**
 * Baseline regexes run on RE2 (the `re2js` port, the syntax of Go's `regexp`): matching takes
 * time linear in the value, whatever the pattern, so a pattern such as `(a+)+$` cannot stall the
 * gate. Backreferences and lookaround, the features that need backtracking, are syntax errors.
 *
 * The engine is large, and only a baseline file can hold a regex, so it loads with the baseline
 * (`loadRegexEngine`, awaited by the baseline loader), never at start-up.
 */
let engine: typeof RE2JS | undefined
const compiled = new Map<string, RE2JS>()

/** Loads the RE2 engine; the baseline loader awaits it before it builds any matcher. */
export async function loadRegexEngine(): Promise<void> {
  engine ??= (await import('re2js')).RE2JS
}

function compile(pattern: string): RE2JS {
  let re = compiled.get(pattern)
  if (!re) {
    if (!engine) throw new Error('internal error: a baseline regex before loadRegexEngine()')
    re = engine.compile(pattern)
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
    if (!engine) throw e
    return (e as Error).message.replace(/^error parsing regexp: /, '')
  }
}

/** Whether the whole value matches the pattern (anchored at both ends). */
export function matchesWhole(pattern: string, value: string): boolean {
  return compile(pattern).matches(value)
}
