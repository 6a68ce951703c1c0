/**
 * GBG204: a `toolchain` line Go ignores (not above the `go` line) and GBG205: a `toolchain` line
 * naming no real release (`go1.22` is a language version; go would fail to download it).
 */
import type { Facts } from '../../facts/types.js'
import { compareGoVersions, parseGoVersion } from '../../goversion.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { at, dirFlag, finding } from './location.js'
import { fromToolchain, selectToolchain } from './select-toolchain.js'

export const TOOLCHAIN_BELOW_GO: RuleMeta = {
  id: 'GBG204',
  name: 'toolchain-not-above-go',
  area: 'modfile',
  defaultSeverity: 'notice',
  summary: 'The toolchain line is not newer than the go line, so Go ignores it.',
  fix: 'Remove the toolchain line (`go mod edit -toolchain=none`) or raise it above the go line.'
}

export const TOOLCHAIN_NOT_RELEASE: RuleMeta = {
  id: 'GBG205',
  name: 'toolchain-not-a-release',
  area: 'modfile',
  defaultSeverity: 'error',
  summary:
    'The toolchain line names no downloadable Go release (e.g. `go1.22` instead of `go1.22.0`, or an unparsable name): switching to it fails.',
  fix: 'Name a full release, e.g. `go mod edit -toolchain=go1.22.0`.'
}

function sources(facts: Facts) {
  const files = facts.modules.mods.map((m) => ({
    file: m.file,
    go: m.parsed.go,
    toolchain: m.parsed.toolchain
  }))
  const w = facts.modules.work
  if (w) files.unshift({ file: w.file, go: w.parsed.go, toolchain: w.parsed.toolchain })
  return files
}

function run(facts: Facts): Finding[] {
  const out: Finding[] = []
  const sel = selectToolchain(facts)
  for (const { file, go, toolchain } of sources(facts)) {
    if (!toolchain || toolchain.name === 'default') continue
    const v = fromToolchain(toolchain.name)
    const parsed = v === undefined ? undefined : parseGoVersion(v)
    // Go ignores a toolchain line at or below the go line (gover.Compare on the versions).
    if (v !== undefined && go && compareGoVersions(v, go.version) <= 0) {
      out.push(
        finding(TOOLCHAIN_BELOW_GO, {
          message: `${file}: toolchain ${toolchain.name} is not newer than go ${go.version}; Go ignores it.`,
          location: at(file, toolchain.pos),
          actual: toolchain.name,
          expected: `newer than go ${go.version}, or no toolchain line`,
          fix: file.endsWith('go.work')
            ? `go ${dirFlag(file)}work edit -toolchain=none`
            : `go ${dirFlag(file)}mod edit -toolchain=none`
        })
      )
      continue
    }
    // Since Go 1.21 releases are named 1.N.0; `go1.22` has no patch and is no toolchain.
    if (
      !parsed ||
      (parsed.patch < 0 && parsed.kind === '' && compareGoVersions(v as string, '1.21') >= 0)
    ) {
      // An error only when go would switch to it now; otherwise the build goes on with the
      // running go, and the line breaks only a job whose go is older (a notice).
      const switching = sel?.reason?.kind === 'toolchain' && sel.file === file
      out.push({
        ...finding(TOOLCHAIN_NOT_RELEASE, {
          message: switching
            ? `${file}: toolchain ${toolchain.name} is not a Go release that go can switch to: go: download ${toolchain.name}: toolchain not available (GOTOOLCHAIN=${sel?.gotoolchain}).`
            : `${file}: toolchain ${toolchain.name} is not a Go release that go can switch to (unused now: the running go ${facts.go.version} is newer).`,
          location: at(file, toolchain.pos),
          actual: toolchain.name,
          expected: 'a release name such as go1.22.0',
          fix: `go ${dirFlag(file)}${file.endsWith('go.work') ? 'work' : 'mod'} edit -toolchain=${v !== undefined && parsed ? `go${v}.0` : 'none'}`
        }),
        ...(switching ? {} : { severity: 'notice' as const })
      })
    }
  }
  return out
}

export const toolchainLineCheck: Check = { rules: [TOOLCHAIN_BELOW_GO, TOOLCHAIN_NOT_RELEASE], run }
