/** go.sum: `path version[/go.mod] h1:hash` lines. Only which module versions have lines matters here. */
export interface GoSum {
  /** `path version` for module zip hashes and `path version/go.mod` for go.mod hashes. */
  entries: Set<string>
}

export function parseGoSum(text: string): GoSum {
  const entries = new Set<string>()
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/)
    if (f.length === 3) entries.add(`${f[0]} ${f[1]}`)
  }
  return { entries }
}

/** Whether go.sum has the go.mod hash of path@version (what loading the module graph needs). */
export function hasGoModSum(sum: GoSum, path: string, version: string): boolean {
  return sum.entries.has(`${path} ${version}/go.mod`)
}

/** Whether go.sum has the zip hash of path@version (what building its packages needs). */
export function hasZipSum(sum: GoSum, path: string, version: string): boolean {
  return sum.entries.has(`${path} ${version}`)
}
