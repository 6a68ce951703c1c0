/**
 * The on-disk format of Go's build cache (cmd/go/internal/cache/cache.go), as pure functions:
 * file names, the fixed-size action entry line, and Go's time constants.
 */

const HEX_SIZE = 64
/** `v1 <hex id> <hex out> <size padded to 20> <unixnano padded to 20>\n` */
export const ENTRY_SIZE = 2 + 1 + HEX_SIZE + 1 + HEX_SIZE + 1 + 20 + 1 + 20 + 1

const HOUR = 3600
/** Go refreshes a used entry's mtime at most once per hour. */
export const MTIME_INTERVAL_S = HOUR
/** Go trims at most once per day (trim.txt records the last trim). */
export const TRIM_INTERVAL_S = 24 * HOUR
/** Go's trim removes entries unused for 5 days. */
export const TRIM_LIMIT_S = 5 * 24 * HOUR

/** Files Go (or `go clean`) keeps at the top of the cache besides `00`..`ff` and `fuzz/`. */
export const TOP_LEVEL_FILES = new Set(['README', 'trim.txt', 'testexpire.txt', 'log.txt'])

/** The 256 subdirectory names `00`..`ff`. */
export const SUBDIRS: readonly string[] = Array.from({ length: 256 }, (_, i) =>
  i.toString(16).padStart(2, '0')
)

export type EntryName = { kind: 'action' | 'output'; id: string }

const NAME_RE = /^([0-9a-f]{64})-([ad])$/

/** Classifies a file name inside subdirectory `sub`; undefined when Go would never write it. */
export function classifyName(sub: string, name: string): EntryName | undefined {
  const m = NAME_RE.exec(name)
  if (!m || !m[1]!.startsWith(sub)) return undefined
  return { kind: m[2] === 'a' ? 'action' : 'output', id: m[1]! }
}

export interface ActionEntry {
  outputId: string
  size: number
  /** When Go wrote the entry (Unix nanoseconds in the file), in Unix milliseconds. */
  timeMs: number
}

export type ParseResult = { ok: true; entry: ActionEntry } | { ok: false; reason: string }

const SPACE = 0x20

function fail(reason: string): ParseResult {
  return { ok: false, reason }
}

/** A space-padded decimal field, parsed like Go's strconv.ParseInt after skipping leading spaces. */
function paddedInt(field: string): bigint | undefined {
  const digits = field.replace(/^ +/, '')
  if (!/^[+-]?[0-9]+$/.test(digits)) return undefined
  const value = BigInt(digits)
  return value > 0x7fffffffffffffffn || value < -0x8000000000000000n ? undefined : value
}

/**
 * Parses an action entry exactly as Go's DiskCache.get does: `data` is up to ENTRY_SIZE + 1 bytes
 * read from the file, `id` the action ID from its file name. Anything Go would treat as a miss
 * is `{ ok: false }` with Go's reason.
 */
export function parseActionEntry(data: Uint8Array, id: string): ParseResult {
  if (data.length > ENTRY_SIZE) return fail(`too long: Go expects exactly ${ENTRY_SIZE} bytes`)
  if (data.length === 0) return fail('file is empty')
  if (data.length < ENTRY_SIZE)
    return fail(`entry file incomplete: ${data.length} bytes, Go expects ${ENTRY_SIZE}`)
  const o1 = 3 + HEX_SIZE
  const o2 = o1 + 1 + HEX_SIZE
  const o3 = o2 + 1 + 20
  if (
    data[0] !== 0x76 /* v */ ||
    data[1] !== 0x31 /* 1 */ ||
    data[2] !== SPACE ||
    data[o1] !== SPACE ||
    data[o2] !== SPACE ||
    data[o3] !== SPACE ||
    data[ENTRY_SIZE - 1] !== 0x0a
  )
    return fail('invalid header')
  const text = Buffer.from(data.buffer, data.byteOffset, data.length).toString('latin1')
  const eid = text.slice(3, o1)
  const eout = text.slice(o1 + 1, o2)
  if (!/^[0-9a-fA-F]{64}$/.test(eid)) return fail('decoding ID: invalid hex')
  if (eid.toLowerCase() !== id) return fail('mismatched ID: the entry names another action')
  if (!/^[0-9a-fA-F]{64}$/.test(eout)) return fail('decoding output ID: invalid hex')
  const size = paddedInt(text.slice(o2 + 1, o3))
  if (size === undefined) return fail('parsing size: not a decimal number')
  if (size < 0n) return fail('negative size')
  const time = paddedInt(text.slice(o3 + 1, ENTRY_SIZE - 1))
  if (time === undefined) return fail('parsing timestamp: not a decimal number')
  if (time < 0n) return fail('negative timestamp')
  return {
    ok: true,
    entry: { outputId: eout.toLowerCase(), size: Number(size), timeMs: Number(time / 1000000n) }
  }
}

export type TrimParse = { ok: true; seconds: number } | { ok: false }

/** trim.txt as Go reads it: strings.TrimSpace then strconv.ParseInt. */
export function parseTrim(text: string): TrimParse {
  const v = paddedInt(text.trim())
  return v === undefined ? { ok: false } : { ok: true, seconds: Number(v) }
}
