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

/** True when `s` holds 64 hex digits from `at` (lower case only unless `upper`). */
function isHex64(s: string, at: number, upper: boolean): boolean {
  if (s.length < at + HEX_SIZE) return false
  for (let i = at; i < at + HEX_SIZE; i++) {
    const c = s.charCodeAt(i)
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66)) continue
    if (upper && c >= 0x41 && c <= 0x46) continue
    return false
  }
  return true
}

/**
 * Classifies a file name inside subdirectory `sub`; undefined when Go would never write it
 * (anything but `<64 lower-case hex digits, the first two = sub>-a` or `-d`).
 */
export function classifyName(sub: string, name: string): EntryName | undefined {
  const kind = nameKind(sub, name)
  if (kind === NOT_GO) return undefined
  return { kind: kind === ACTION ? 'action' : 'output', id: name.slice(0, HEX_SIZE) }
}

/** What nameKind says of a name: not one Go writes, an action entry (`-a`), an output (`-d`). */
export const NOT_GO = 0
export const ACTION = 0x61 /* a */
export const OUTPUT = 0x64 /* d */

/**
 * classifyName without allocating (the scan asks it of every entry): NOT_GO, ACTION or OUTPUT;
 * the ID is the name's first 64 characters.
 */
export function nameKind(sub: string, name: string): number {
  if (name.length !== HEX_SIZE + 2 || name.charCodeAt(HEX_SIZE) !== 0x2d /* - */) return NOT_GO
  const suffix = name.charCodeAt(HEX_SIZE + 1)
  if (suffix !== ACTION && suffix !== OUTPUT) return NOT_GO
  if (!name.startsWith(sub) || !isHex64(name, 0, false)) return NOT_GO
  return suffix
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

const INT64_MAX = '9223372036854775807'
const INT64_MIN_ABS = '9223372036854775808'

interface Decimal {
  negative: boolean
  /** The digits without leading zeros ('0' for zero). */
  digits: string
}

/**
 * A space-padded decimal field, read like Go's strconv.ParseInt(s, 10, 64) after skipping
 * leading spaces: an optional sign, then only digits, within int64.
 */
function paddedInt(field: string): Decimal | undefined {
  let i = 0
  while (field.charCodeAt(i) === SPACE) i++
  const sign = field.charCodeAt(i)
  const negative = sign === 0x2d /* - */
  if (negative || sign === 0x2b /* + */) i++
  if (i === field.length) return undefined
  for (let j = i; j < field.length; j++) {
    const c = field.charCodeAt(j)
    if (c < 0x30 || c > 0x39) return undefined
  }
  while (i < field.length - 1 && field.charCodeAt(i) === 0x30) i++
  const digits = field.slice(i)
  const limit = negative ? INT64_MIN_ABS : INT64_MAX
  if (digits.length > limit.length || (digits.length === limit.length && digits > limit))
    return undefined
  return { negative: negative && digits !== '0', digits }
}

/**
 * Parses an action entry exactly as Go's DiskCache.get does: `data` is up to ENTRY_SIZE + 1 bytes
 * read from the file, `id` the action ID from its file name. Anything Go would treat as a miss
 * is `{ ok: false }` with Go's reason. Only the first `length` bytes of `data` are read.
 */
export function parseActionEntry(
  data: Uint8Array,
  id: string,
  length: number = data.length
): ParseResult {
  const entry = parseCommonEntry(data, id, length)
  return entry ? { ok: true, entry } : parseExactly(data.subarray(0, length), id)
}

const O1 = 3 + HEX_SIZE
const O2 = O1 + 1 + HEX_SIZE
const O3 = O2 + 1 + 20

/**
 * The entry as Go writes it, read straight from the bytes: lower-case hex, no sign, numbers of
 * at most 15 significant digits (exact as a double); undefined for anything else, which then
 * takes the exact path. Every cache entry goes through here, so it makes one string only.
 */
function parseCommonEntry(data: Uint8Array, id: string, length: number): ActionEntry | undefined {
  if (
    length !== ENTRY_SIZE ||
    data[0] !== 0x76 /* v */ ||
    data[1] !== 0x31 /* 1 */ ||
    data[2] !== SPACE ||
    data[O1] !== SPACE ||
    data[O2] !== SPACE ||
    data[O3] !== SPACE ||
    data[ENTRY_SIZE - 1] !== 0x0a
  )
    return undefined
  for (let i = 0; i < HEX_SIZE; i++) if (data[3 + i] !== id.charCodeAt(i)) return undefined
  for (let i = O1 + 1; i < O2; i++) {
    const c = data[i]!
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) return undefined
  }
  const size = smallPaddedInt(data, O2 + 1, O3, 0)
  const timeMs = smallPaddedInt(data, O3 + 1, ENTRY_SIZE - 1, 6)
  if (size < 0 || timeMs < 0) return undefined
  return {
    outputId: Buffer.from(data.buffer, data.byteOffset + O1 + 1, HEX_SIZE).toString('latin1'),
    size,
    timeMs
  }
}

/**
 * A space-padded field of plain digits from the bytes `data[from..to)`, within int64, without
 * its last `drop` digits (integer division by 10^drop), when what is left has at most 15 digits
 * (exact as a double); -1 when the field is anything else.
 */
function smallPaddedInt(data: Uint8Array, from: number, to: number, drop: number): number {
  let i = from
  while (i < to && data[i] === SPACE) i++
  if (i === to) return -1
  while (i < to - 1 && data[i] === 0x30) i++
  const digits = to - i
  if (digits - drop > 15 || digits > INT64_MAX.length) return -1
  if (digits === INT64_MAX.length)
    for (let j = 0; j < digits; j++) {
      const d = data[i + j]! - INT64_MAX.charCodeAt(j)
      if (d < 0) break
      if (d > 0) return -1
    }
  let v = 0
  for (let j = i; j < to; j++) {
    const d = data[j]! - 0x30
    if (d < 0 || d > 9) return -1
    if (j < to - drop) v = v * 10 + d
  }
  return v
}

/** Go's DiskCache.get, step by step, with its reason for every miss. */
function parseExactly(data: Uint8Array, id: string): ParseResult {
  if (data.length > ENTRY_SIZE) return fail(`too long: Go expects exactly ${ENTRY_SIZE} bytes`)
  if (data.length === 0) return fail('file is empty')
  if (data.length < ENTRY_SIZE)
    return fail(`entry file incomplete: ${data.length} bytes, Go expects ${ENTRY_SIZE}`)
  const o1 = O1
  const o2 = O2
  const o3 = O3
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
  // Go writes lower-case IDs; anything else takes the exact (slower) path of hex.Decode.
  const eid = text.slice(3, o1)
  if (eid !== id) {
    if (!isHex64(text, 3, true)) return fail('decoding ID: invalid hex')
    if (eid.toLowerCase() !== id) return fail('mismatched ID: the entry names another action')
  }
  let eout = text.slice(o1 + 1, o2)
  if (!isHex64(text, o1 + 1, false)) {
    if (!isHex64(text, o1 + 1, true)) return fail('decoding output ID: invalid hex')
    eout = eout.toLowerCase()
  }
  const size = paddedInt(text.slice(o2 + 1, o3))
  if (size === undefined) return fail('parsing size: not a decimal number')
  if (size.negative) return fail('negative size')
  const time = paddedInt(text.slice(o3 + 1, ENTRY_SIZE - 1))
  if (time === undefined) return fail('parsing timestamp: not a decimal number')
  if (time.negative) return fail('negative timestamp')
  const ns = time.digits
  return {
    ok: true,
    entry: {
      outputId: eout,
      size: Number(size.digits),
      timeMs: ns.length > 6 ? Number(ns.slice(0, -6)) : 0
    }
  }
}

export type TrimParse = { ok: true; seconds: number } | { ok: false }

/** trim.txt as Go reads it: strings.TrimSpace then strconv.ParseInt. */
export function parseTrim(text: string): TrimParse {
  const v = paddedInt(text.trim())
  if (v === undefined) return { ok: false }
  return { ok: true, seconds: v.negative ? -Number(v.digits) : Number(v.digits) }
}
