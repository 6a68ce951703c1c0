/**
 * JSON like `go mod edit -json` / `go work edit -json` (same keys, order and null/omitted
 * fields), plus positions: `Pos` on every node, `GoPos`/`ToolchainPos` for the single lines.
 * Like the go command, duplicate exclude/tool/ignore lines (first kept) and replace lines
 * (last kept per old module@version) are dropped first.
 */
import type { ModuleVersion, Replace } from './directives.js'
import type { ModFile } from './gomod.js'
import type { WorkFile } from './gowork.js'

function dedupe<T>(items: T[], key: (x: T) => string, keepLast = false): T[] {
  const seen = new Set<string>()
  const ordered = keepLast ? [...items].reverse() : items
  const kept = ordered.filter((x) => {
    const k = key(x)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
  return keepLast ? kept.reverse() : kept
}

function mv(m: ModuleVersion): { Path: string; Version?: string } {
  return m.version ? { Path: m.path, Version: m.version } : { Path: m.path }
}

const list = <T>(xs: T[]): T[] | null => (xs.length > 0 ? xs : null)

function replaceJSON(replace: Replace[]): unknown[] | null {
  const kept = dedupe(replace, (r) => `${r.old.path}@${r.old.version ?? ''}`, true)
  return list(kept.map((r) => ({ Old: mv(r.old), New: mv(r.new), Pos: r.pos, NewPos: r.newPos })))
}

export function modFileJSON(f: ModFile): Record<string, unknown> {
  const out: Record<string, unknown> = {
    Module: {
      Path: f.module?.path ?? '',
      ...(f.module?.deprecated ? { Deprecated: f.module.deprecated } : {}),
      ...(f.module ? { Pos: f.module.pos } : {})
    }
  }
  if (f.go) Object.assign(out, { Go: f.go.version, GoPos: f.go.pos })
  if (f.toolchain)
    Object.assign(out, { Toolchain: f.toolchain.name, ToolchainPos: f.toolchain.pos })
  if (f.godebug.length > 0)
    out.GoDebug = f.godebug.map((d) => ({ Key: d.key, Value: d.value, Pos: d.pos }))
  out.Require = list(
    f.require.map((r) => ({
      Path: r.path,
      Version: r.version,
      ...(r.indirect ? { Indirect: true } : {}),
      Pos: r.pos
    }))
  )
  out.Exclude = list(
    dedupe(f.exclude, (x) => `${x.path}@${x.version}`).map((x) => ({
      Path: x.path,
      Version: x.version,
      Pos: x.pos
    }))
  )
  out.Replace = replaceJSON(f.replace)
  out.Retract = list(
    f.retract.map((r) => ({
      Low: r.low,
      High: r.high,
      ...(r.rationale ? { Rationale: r.rationale } : {}),
      Pos: r.pos
    }))
  )
  out.Tool = list(dedupe(f.tool, (t) => t.path).map((t) => ({ Path: t.path, Pos: t.pos })))
  out.Ignore = list(dedupe(f.ignore, (t) => t.path).map((t) => ({ Path: t.path, Pos: t.pos })))
  return out
}

/** `go work edit -json` prints Go, Use and Replace; Toolchain and GoDebug are added here (omitted when absent). */
export function workFileJSON(f: WorkFile): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (f.go) Object.assign(out, { Go: f.go.version, GoPos: f.go.pos })
  out.Use = list(f.use.map((u) => ({ DiskPath: u.path, Pos: u.pos })))
  out.Replace = replaceJSON(f.replace)
  if (f.toolchain)
    Object.assign(out, { Toolchain: f.toolchain.name, ToolchainPos: f.toolchain.pos })
  if (f.godebug.length > 0)
    out.GoDebug = f.godebug.map((d) => ({ Key: d.key, Value: d.value, Pos: d.pos }))
  return out
}

/** Drops the position keys, leaving exactly what the go command prints. */
export function withoutPositions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPositions)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !k.endsWith('Pos'))
      .map(([k, v]) => [k, withoutPositions(v)])
  )
}
