/**
 * File names that are not valid UTF-8. Node's string paths are UTF-8: such a name read as a
 * string becomes U+FFFD and no longer names the file, so the gate cannot read what lies under it
 * through its usual (string) paths. The walk finds go.mod files there with Buffer paths and
 * reports each as not checked (GBG200), instead of skipping it silently. Go itself builds such a
 * nested module (`go build` inside it works), but rejects a package of the enclosing module there
 * ("malformed import path ...: invalid UTF-8").
 */
import { isUtf8 } from 'node:buffer'
import { readdir } from './fs-async.js'

/** A name as Go prints one: valid UTF-8 as is, each invalid byte as `\xNN`, controls escaped. */
export function displayName(name: Buffer): string {
  let out = ''
  for (let i = 0; i < name.length;) {
    const b = name[i]!
    const len = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 0
    const seq = len ? name.subarray(i, i + len) : undefined
    if (seq && seq.length === len && isUtf8(seq)) {
      out += b < 0x20 || b === 0x7f ? `\\x${b.toString(16).padStart(2, '0')}` : seq.toString('utf8')
      i += len
    } else {
      out += `\\x${b.toString(16).padStart(2, '0')}`
      i++
    }
  }
  return out
}

export { isUtf8 }

/** A go.mod found where the gate cannot check it, with why. */
export interface UncheckedModule {
  /** Display path from the walk's start (`bad\xff/go.mod`), invalid bytes escaped. */
  file: string
  reason: string
}

const SEP = Buffer.from('/')

/**
 * Every go.mod at or under `dir` (a Buffer path), skipping what the module walk skips; `shown`
 * is how `dir` is displayed. Unreadable directories are listed as not checked too.
 */
export async function modFilesUnder(
  dir: Buffer,
  shown: string,
  skip: (name: string) => boolean
): Promise<UncheckedModule[]> {
  const found: UncheckedModule[] = []
  const reason = 'its path is not valid UTF-8'
  const walk = async (d: Buffer, s: string): Promise<void> => {
    let entries
    try {
      entries = await readdir(d, { withFileTypes: true, encoding: 'buffer' })
    } catch (e) {
      found.push({
        file: `${s}/`,
        reason: `the directory cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`
      })
      return
    }
    if (entries.some((e) => e.isFile() && e.name.equals(GO_MOD))) {
      found.push({ file: `${s}/go.mod`, reason })
    }
    for (const e of entries) {
      if (!e.isDirectory()) continue
      const name = displayName(e.name)
      if (skip(name)) continue
      await walk(Buffer.concat([d, SEP, e.name]), `${s}/${name}`)
    }
  }
  await walk(dir, shown)
  return found
}

const GO_MOD = Buffer.from('go.mod')
