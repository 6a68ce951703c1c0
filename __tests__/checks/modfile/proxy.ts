/** A file:// module proxy for tests: real module zips (made with `zip`) that the real go downloads. */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { cleanGoEnv } from '../../modfile/gotool.js'

export interface Proxy {
  /** The directory served as GOPROXY=file://DIR. */
  dir: string
  /** A clean go environment using this proxy and its own module cache (no checksum database). */
  env(extra?: Record<string, string>): Record<string, string>
  publish(path: string, version: string, files: Record<string, string>): void
}

export function fileProxy(): Proxy {
  const base = mkdtempSync(join(tmpdir(), 'gbg-proxy-'))
  const dir = join(base, 'proxy')
  const versions = new Map<string, string[]>()
  return {
    dir,
    env: (extra = {}) =>
      cleanGoEnv({
        GOPROXY: `file://${dir}`,
        GOMODCACHE: join(base, 'modcache'),
        GOFLAGS: '-mod=readonly',
        ...extra
      }),
    publish(path, version, files) {
      const src = join(base, 'zip', path, version)
      const top = join(src, `${path}@${version}`)
      for (const [p, text] of Object.entries(files)) {
        mkdirSync(dirname(join(top, p)), { recursive: true })
        writeFileSync(join(top, p), text)
      }
      const v = join(dir, path, '@v')
      mkdirSync(v, { recursive: true })
      execFileSync('zip', ['-qrD', join(v, `${version}.zip`), path.split('/')[0] as string], {
        cwd: src
      })
      writeFileSync(join(v, `${version}.mod`), files['go.mod'] ?? `module ${path}\n`)
      writeFileSync(join(v, `${version}.info`), JSON.stringify({ Version: version }))
      const list = [...(versions.get(path) ?? []), version]
      versions.set(path, list)
      writeFileSync(join(v, 'list'), list.join('\n') + '\n')
    }
  }
}
