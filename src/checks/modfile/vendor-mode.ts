/** Whether go builds a module with -mod=vendor (cmd/go's default when vendor/ exists and go >= 1.14). */
import type { ModEntry } from '../../facts/modules.js'
import type { Facts } from '../../facts/types.js'
import { compareGoVersions } from '../../goversion.js'

export function goFlagsMod(goflags: string | undefined): string | undefined {
  const m = /(?:^|\s)--?mod=(\S+)/.exec(goflags ?? '')
  return m?.[1]
}

/**
 * cmd/go setDefaultBuildMod: vendor/ and go >= 1.14 mean -mod=vendor, unless vendor/modules.txt
 * was written for the other mode (`## workspace` marks `go work vendor`): go then ignores vendor/
 * ("Outside workspace mode, but vendor directory is for a workspace.").
 */
export function vendorMode(mod: ModEntry, env: Record<string, string>): boolean {
  const flag = goFlagsMod(env.GOFLAGS)
  if (flag !== undefined) return flag === 'vendor'
  return (
    mod.hasVendorDir === true &&
    compareGoVersions(mod.parsed.go?.version ?? '1.16', '1.14') >= 0 &&
    mod.vendor?.workspace !== true
  )
}

/** vendor/ that go skips by default because modules.txt was written for the other mode. */
export function vendorIgnored(facts: Facts): Array<{ dir: string; reason: string }> {
  if (goFlagsMod(facts.go.env.GOFLAGS) !== undefined) return []
  const work = facts.modules.work
  if (work) {
    return work.dir &&
      work.hasVendorDir === true &&
      compareGoVersions(work.parsed.go?.version ?? '1.18', '1.14') >= 0 &&
      work.vendor?.workspace !== true
      ? [
          {
            dir: work.dir,
            reason: 'In workspace mode, but vendor directory is not for a workspace'
          }
        ]
      : []
  }
  return facts.modules.mods
    .filter(
      (m) =>
        m.main &&
        m.hasVendorDir === true &&
        compareGoVersions(m.parsed.go?.version ?? '1.16', '1.14') >= 0 &&
        m.vendor?.workspace === true
    )
    .map((m) => ({
      dir: m.dir,
      reason: 'Outside workspace mode, but vendor directory is for a workspace.'
    }))
}

/** Whether go loads the workspace from its vendor directory (-mod=vendor, or vendor/ and go >= 1.14). */
export function workspaceVendorMode(facts: Facts): boolean {
  const work = facts.modules.work
  if (!work) return false
  const flag = goFlagsMod(facts.go.env.GOFLAGS)
  if (flag !== undefined) return flag === 'vendor'
  return (
    work.hasVendorDir === true &&
    compareGoVersions(work.parsed.go?.version ?? '1.18', '1.14') >= 0 &&
    work.vendor?.workspace === true
  )
}
