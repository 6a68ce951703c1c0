/** Whether go builds a module with -mod=vendor (cmd/go's default when vendor/ exists and go >= 1.14). */
import type { ModEntry } from '../../facts/modules.js'
import type { Facts } from '../../facts/types.js'
import { compareGoVersions } from '../../goversion.js'

export function goFlagsMod(goflags: string | undefined): string | undefined {
  const m = /(?:^|\s)--?mod=(\S+)/.exec(goflags ?? '')
  return m?.[1]
}

export function vendorMode(mod: ModEntry, env: Record<string, string>): boolean {
  const flag = goFlagsMod(env.GOFLAGS)
  if (flag !== undefined) return flag === 'vendor'
  return (
    mod.hasVendorDir === true && compareGoVersions(mod.parsed.go?.version ?? '1.16', '1.14') >= 0
  )
}

/** Whether go loads the workspace from its vendor directory (-mod=vendor, or vendor/ and go >= 1.14). */
export function workspaceVendorMode(facts: Facts): boolean {
  const work = facts.modules.work
  if (!work) return false
  const flag = goFlagsMod(facts.go.env.GOFLAGS)
  if (flag !== undefined) return flag === 'vendor'
  return (
    work.hasVendorDir === true && compareGoVersions(work.parsed.go?.version ?? '1.18', '1.14') >= 0
  )
}
