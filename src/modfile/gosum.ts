/** go.sum: `path version[/go.mod] h1:hash` lines. Only which module versions have lines matters here. */
export interface GoSum {
  /** `path version` for module zip hashes and `path version/go.mod` for go.mod hashes. */
  entries: Set<string>
  /**
   * The first line go rejects (cmd/go modfetch.readGoSum: a non-blank line without exactly three
   * fields), with its field count: go fails with `malformed go.sum: FILE:LINE: wrong number of
   * fields N` as soon as it reads the file.
   */
  malformed?: { line: number; fields: number }
}

export function parseGoSum(text: string): GoSum {
  const entries = new Set<string>()
  let malformed: GoSum['malformed']
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const f = (lines[i] as string).split(/[ \t\r\n\v\f]+/).filter((x) => x !== '')
    if (f.length === 0) continue
    if (f.length === 3) entries.add(`${f[0]} ${f[1]}`)
    else malformed ??= { line: i + 1, fields: f.length }
  }
  return malformed ? { entries, malformed } : { entries }
}

/** Whether go.sum has the go.mod hash of path@version (what loading the module graph needs). */
export function hasGoModSum(sum: GoSum, path: string, version: string): boolean {
  return sum.entries.has(`${path} ${version}/go.mod`)
}

/** Whether go.sum has the zip hash of path@version (what building its packages needs). */
export function hasZipSum(sum: GoSum, path: string, version: string): boolean {
  return sum.entries.has(`${path} ${version}`)
}
