/** Whether go builds a module with -mod=vendor (cmd/go's default when vendor/ exists and go >= 1.14). */
import type { ModEntry } from '../../facts/modules.js'
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
