/**
 * What `go` will do at startup, following cmd/go/internal/toolchain.Select: GOTOOLCHAIN
 * (`local`, `auto`, `path`, `goX`, `goX+auto`, `goX+path`) against the `go` and `toolchain`
 * lines of the file that governs the build (go.work in workspace mode, else the main go.mod).
 */
import type { Facts } from '../../facts/types.js'
import type { GoDirective, ToolchainDirective } from '../../modfile/index.js'
import { compareGoVersions, parseGoVersion } from '../../goversion.js'

export interface ToolchainSelection {
  /** GOTOOLCHAIN as Go reads it. */
  gotoolchain: string
  /** '' (no switching after the minimum), 'auto' (download) or 'path' (search $PATH). */
  mode: '' | 'auto' | 'path'
  /** The running go's version, e.g. `1.26.8`. */
  local: string
  /** The toolchain name go will run, e.g. `go1.26.8`. */
  target: string
  /** The version of that toolchain, e.g. `1.26.8`. */
  targetVersion: string
  /** The governing file and the line that moved the target above the minimum, if any. */
  file?: string
  reason?: { kind: 'go' | 'toolchain'; directive: GoDirective | ToolchainDirective }
}

/** gover.FromToolchain: `go1.22.3` -> `1.22.3`, custom suffixes after ` `, `\t`, `-` stripped. */
export function fromToolchain(name: string): string | undefined {
  if (/[\\/]/.test(name) || !name.startsWith('go')) return undefined
  const v = name.slice(2).split(/[ \t-]/)[0] as string
  return parseGoVersion(v) ? v : undefined
}

/** The file whose go/toolchain lines Go consults: go.work, else the main module's go.mod. */
export function governingFile(
  facts: Facts
): { file: string; go?: GoDirective; toolchain?: ToolchainDirective } | undefined {
  const work = facts.modules.work
  if (work) return { file: work.file, go: work.parsed.go, toolchain: work.parsed.toolchain }
  const main = facts.modules.mods.find((m) => m.main)
  if (!main) return undefined
  return { file: main.file, go: main.parsed.go, toolchain: main.parsed.toolchain }
}

/** Undefined when GOTOOLCHAIN or the running version cannot be interpreted (other rules report that). */
export function selectToolchain(facts: Facts): ToolchainSelection | undefined {
  const local = facts.go.version.replace(/^go/, '')
  if (!parseGoVersion(local)) return undefined
  const gotoolchain = facts.go.env.GOTOOLCHAIN ?? ''
  let minToolchain = `go${local}`
  let minVers = local
  let mode: ToolchainSelection['mode']
  if (gotoolchain === 'auto' || gotoolchain === 'path' || gotoolchain === '') {
    mode = gotoolchain === '' ? '' : gotoolchain
  } else {
    const [min, suffix] = gotoolchain.split('+', 2) as [string, string | undefined]
    if (suffix !== undefined && suffix !== 'auto' && suffix !== 'path') return undefined
    if (min !== 'local') {
      const v = fromToolchain(min)
      if (!v) return undefined
      minToolchain = min
      minVers = v
    }
    mode = suffix ?? ''
  }
  const sel: ToolchainSelection = {
    gotoolchain,
    mode,
    local,
    target: minToolchain,
    targetVersion: minVers
  }
  const gov = governingFile(facts)
  if (mode === '' || !gov) return sel
  sel.file = gov.file
  const tc = gov.toolchain
  if (tc && tc.name !== 'default') {
    const v = fromToolchain(tc.name)
    if (v && compareGoVersions(v, sel.targetVersion) > 0) {
      Object.assign(sel, {
        target: tc.name,
        targetVersion: v,
        reason: { kind: 'toolchain', directive: tc }
      })
    }
  }
  if (
    tc?.name !== 'default' &&
    gov.go &&
    compareGoVersions(gov.go.version, sel.targetVersion) > 0
  ) {
    const v = gov.go.version
    const lang = parseGoVersion(v)
    const dotZero = lang && lang.patch < 0 && lang.kind === '' && compareGoVersions(v, '1.21') >= 0
    Object.assign(sel, {
      target: `go${v}${dotZero ? '.0' : ''}`,
      targetVersion: v,
      reason: { kind: 'go', directive: gov.go }
    })
  }
  return sel
}
