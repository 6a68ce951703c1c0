/**
 * JSON text for large reports, in pieces: the text `JSON.stringify(value, null, 2)` (or, compact,
 * `JSON.stringify(value)`) would give,
 * except that characters outside ASCII are written as `\uXXXX` escapes (the same JSON value, but
 * text V8 keeps at one byte per character, which is what lets 100k findings be written quickly).
 *
 * A large array (at least GROUP elements) is serialized a group of elements at a time, and a
 * `LazyArray` makes its elements only when their group is written: a report of 100k findings
 * never holds all of its JSON objects, nor its whole text in one string, unless the caller joins
 * the pieces (`jsonText`). Time and memory are linear in the size of the text.
 */

/**
 * Elements serialized per piece of a large array: few enough that a piece (a SARIF result is
 * about 1.2 KB) stays below V8's large-object size, so pieces are made in reused memory.
 */
const GROUP = 64

/** Characters per piece handed out, at least (small pieces are joined up to it). */
const PIECE = 32 * 1024

/** How deep below the top a large array is looked for (SARIF results sit at depth 4). */
const MAX_DEPTH = 6

/** An array whose elements are made from `source` when written (in order, once each). */
export class LazyArray<S, T> {
  constructor(
    readonly source: readonly S[],
    readonly make: (item: S, index: number) => T
  ) {}

  get length(): number {
    return this.source.length
  }

  /** Every element: what JSON.stringify writes where the array is not written in pieces. */
  toJSON(): T[] {
    return this.slice(0, this.source.length)
  }

  slice(start: number, end: number): T[] {
    const out: T[] = []
    const stop = Math.min(end, this.source.length)
    for (let i = start; i < stop; i++) out.push(this.make(this.source[i] as S, i))
    return out
  }
}

function pad(depth: number): string {
  return ' '.repeat(2 * depth)
}

/** `[\n  [\n    ` … and its closing: `depth` arrays around a value put it at that depth. */
const wrappers: Array<{ open: string; close: string }> = []
function wrapper(depth: number): { open: string; close: string } {
  let w = wrappers[depth]
  if (!w) {
    let open = ''
    let close = ''
    for (let k = 0; k < depth; k++) {
      open += `[\n${pad(k + 1)}`
      close = `\n${pad(k)}]${close}`
    }
    wrappers[depth] = w = { open, close }
  }
  return w
}

/** `value` as JSON.stringify(…, null, 2) writes it when it sits `depth` levels down. */
function atDepth(value: unknown, depth: number): string {
  if (depth === 0) return JSON.stringify(value, null, 2)
  let wrapped: unknown = value
  for (let k = 0; k < depth; k++) wrapped = [wrapped]
  const text = JSON.stringify(wrapped, null, 2)
  const { open, close } = wrapper(depth)
  return text.slice(open.length, text.length - close.length)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value) as unknown
  return (proto === Object.prototype || proto === null) && !('toJSON' in value)
}

/** A value JSON.stringify leaves out of an object. */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

/** Whether `value` holds a large or lazy array within MAX_DEPTH levels (worth writing in pieces). */
function holdsLarge(value: unknown, depth: number): boolean {
  if (value instanceof LazyArray) return true
  if (depth >= MAX_DEPTH) return false
  if (Array.isArray(value)) {
    if (value.length >= GROUP) return true
    return value.some((v) => holdsLarge(v, depth + 1))
  }
  if (!isPlainObject(value)) return false
  for (const key in value) if (holdsLarge(value[key], depth + 1)) return true
  return false
}

/** Where the text of `pieces` differs between the indented and the compact form. */
interface Style {
  /** `value` as it is written `depth` levels down. */
  at: (value: unknown, depth: number) => string
  /** What starts a line `depth` levels down ('' when compact). */
  line: (depth: number) => string
  /** After a key. */
  colon: string
  /** Characters around the elements of a group written as one array at `depth`. */
  cut: (depth: number) => { head: number; tail: number }
}

const INDENTED: Style = {
  at: atDepth,
  line: (depth) => `\n${pad(depth)}`,
  colon: ': ',
  // A group written as an array at this depth is `[` lead e1 `,` lead e2 … `\n` pad `]`.
  cut: (depth) => ({ head: wrapper(1).open.length + 2 * depth, tail: 2 + 2 * depth })
}

const COMPACT: Style = {
  at: (value) => JSON.stringify(value),
  line: () => '',
  colon: ':',
  cut: () => ({ head: 1, tail: 1 })
}

function* pieces(value: unknown, depth: number, style: Style): Generator<string> {
  if (!holdsLarge(value, depth)) {
    yield style.at(value, depth)
    return
  }
  if (value instanceof LazyArray || Array.isArray(value)) {
    const items = value as LazyArray<unknown, unknown> | unknown[]
    const lead = style.line(depth + 1)
    if (items.length === 0) {
      yield '[]'
      return
    }
    yield '['
    if (items.length >= GROUP || items instanceof LazyArray) {
      const { head, tail } = style.cut(depth)
      for (let i = 0; i < items.length; i += GROUP) {
        const text = style.at(items.slice(i, i + GROUP), depth)
        yield `${i === 0 ? '' : ','}${lead}`
        yield text.slice(head, text.length - tail)
      }
    } else {
      for (let i = 0; i < items.length; i++) {
        yield `${i === 0 ? '' : ','}${lead}`
        const v = items[i]
        yield* pieces(omitted(v) ? null : v, depth + 1, style)
      }
    }
    yield `${style.line(depth)}]`
    return
  }
  const object = value as Record<string, unknown>
  let first = true
  yield '{'
  for (const key in object) {
    const v = object[key]
    if (omitted(v)) continue
    yield `${first ? '' : ','}${style.line(depth + 1)}${JSON.stringify(key)}${style.colon}`
    first = false
    yield* pieces(v, depth + 1, style)
  }
  yield `${style.line(depth)}}`
}

/** Characters outside ASCII as `\uXXXX` (JSON escapes; a surrogate pair as two). */
function asciiOnly(text: string): string {
  if (Buffer.byteLength(text, 'utf8') === text.length) return text
  return text.replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

/**
 * The JSON text of `value` (a JSON value, with `LazyArray`s allowed anywhere a large array is),
 * ending with a newline, as pieces of some tens of kilobytes (a group of elements, or small parts
 * joined). Indented as `JSON.stringify(value, null, 2)`, or with `compact` as
 * `JSON.stringify(value)`.
 */
export function* jsonPieces(value: unknown, compact = false): Generator<string> {
  // Small pieces (keys, brackets, groups of small elements) go out together, up to PIECE
  // characters; a piece that large already goes out alone.
  let batch: string[] = []
  let size = 0
  const flush = (): string => {
    const text = asciiOnly(batch.join(''))
    batch = []
    size = 0
    return text
  }
  for (const piece of pieces(value, 0, compact ? COMPACT : INDENTED)) {
    if (piece.length >= PIECE) {
      if (size > 0) yield flush()
      yield asciiOnly(piece)
      continue
    }
    batch.push(piece)
    size += piece.length
    if (size >= PIECE) yield flush()
  }
  batch.push('\n')
  yield flush()
}

/**
 * The whole JSON text of `value` as one string (see `jsonPieces`): the pieces joined once, not
 * batched first (a batch would copy the text one more time).
 */
export function jsonText(value: unknown, compact = false): string {
  const out: string[] = []
  for (const piece of pieces(value, 0, compact ? COMPACT : INDENTED)) out.push(asciiOnly(piece))
  out.push('\n')
  return out.join('')
}
