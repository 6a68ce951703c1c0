import path from 'node:path'

/** Where the baseline lives unless a path is given, relative to the repository root. */
export const DEFAULT_BASELINE = '.github/go-baseline.yml'

/** The baseline option as given: undefined for none, and for the default's own name. */
export function explicitBaseline(given: string | undefined): string | undefined {
  const p = given?.trim()
  return p && p !== DEFAULT_BASELINE ? p : undefined
}

/**
 * The baseline file a check reads: the explicit path (relative to the working directory), else
 * the default under the repository root.
 */
export function baselinePath(
  explicit: string | undefined,
  root: string,
  defaultPath = DEFAULT_BASELINE
): string {
  return path.resolve(explicit ?? path.join(root, defaultPath))
}
