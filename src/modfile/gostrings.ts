/**
 * Go string literal helpers: `strconv.Unquote` for double-quoted strings (go.mod quoted paths)
 * and `%q`-style quoting for error messages, so messages read like the go command's.
 */

const SIMPLE_ESCAPES: Record<string, number> = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  '\\': 92,
  '"': 34
}

const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 }

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8')

/**
 * Unquotes a Go interpreted string literal (`"..."`). Returns undefined on invalid syntax,
 * like `strconv.Unquote` returning `ErrSyntax`. `\x` and octal escapes produce bytes; invalid
 * UTF-8 decodes to U+FFFD (what `encoding/json` prints for such strings).
 */
export function goUnquote(literal: string): string | undefined {
  if (literal.length < 2 || !literal.startsWith('"') || !literal.endsWith('"')) return undefined
  const body = literal.slice(1, -1)
  if (!body.includes('\\')) return body.includes('"') || body.includes('\n') ? undefined : body
  const bytes: number[] = []
  for (let i = 0; i < body.length;) {
    const c = body[i] as string
    if (c === '"' || c === '\n') return undefined
    if (c !== '\\') {
      const cp = body.codePointAt(i) as number
      const ch = String.fromCodePoint(cp)
      bytes.push(...encoder.encode(ch))
      i += ch.length
      continue
    }
    const esc = body[i + 1]
    if (esc === undefined) return undefined
    if (esc in SIMPLE_ESCAPES) {
      bytes.push(SIMPLE_ESCAPES[esc] as number)
      i += 2
    } else if (esc in HEX_LENGTH) {
      const n = HEX_LENGTH[esc] as number
      const hex = body.slice(i + 2, i + 2 + n)
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) return undefined
      const value = parseInt(hex, 16)
      if (esc === 'x') bytes.push(value)
      else if (value > 0x10ffff || (value >= 0xd800 && value < 0xe000)) return undefined
      else bytes.push(...encoder.encode(String.fromCodePoint(value)))
      i += 2 + n
    } else if (esc >= '0' && esc <= '7') {
      const oct = body.slice(i + 1, i + 4)
      if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255) return undefined
      bytes.push(parseInt(oct, 8))
      i += 4
    } else {
      return undefined
    }
  }
  return decoder.decode(new Uint8Array(bytes))
}

/** Whether Go's `unicode.IsPrint` holds: letters, marks, numbers, punctuation, symbols, ASCII space. */
export function isGoPrint(cp: number): boolean {
  if (cp === 0x20) return true
  return PRINTABLE.test(String.fromCodePoint(cp))
}
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u

function escapeRune(cp: number, quote: string): string {
  const ch = String.fromCodePoint(cp)
  if (ch === quote || ch === '\\') return '\\' + ch
  const simple = Object.entries(SIMPLE_ESCAPES).find(
    ([k, v]) => v === cp && k !== '\\' && k !== '"'
  )
  if (isGoPrint(cp)) return ch
  if (simple) return '\\' + simple[0]
  if (cp < 0x80) return '\\x' + cp.toString(16).padStart(2, '0')
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0')
  return '\\U' + cp.toString(16).padStart(8, '0')
}

/** Go's `%q` of a string. */
export function goQuote(s: string): string {
  let out = '"'
  for (const ch of s) out += escapeRune(ch.codePointAt(0) as number, '"')
  return out + '"'
}

/** Go's `%q` of a rune: `'x'`, `'\ufeff'`. */
export function goQuoteRune(cp: number): string {
  return `'${escapeRune(cp, "'")}'`
}
