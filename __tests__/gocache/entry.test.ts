import { describe, expect, it } from '@jest/globals'
import { classifyName, ENTRY_SIZE, parseActionEntry, parseTrim } from '../../src/gocache/entry.js'

const ID = 'ab'.repeat(32)
const OUT = 'cd'.repeat(32)
/** An action entry as Go's putIndexEntry writes it. */
const line = (id = ID, out = OUT, size = '1234', time = '1700000000000000000'): string =>
  `v1 ${id} ${out} ${size.padStart(20)} ${time.padStart(20)}\n`
const bytes = (s: string): Uint8Array => Buffer.from(s, 'latin1')

describe('parseActionEntry (Go DiskCache.get)', () => {
  it('parses the line Go writes', () => {
    expect(line().length).toBe(ENTRY_SIZE)
    expect(parseActionEntry(bytes(line()), ID)).toEqual({
      ok: true,
      entry: { outputId: OUT, size: 1234, timeMs: 1700000000000 }
    })
  })

  it('accepts upper-case hex like hex.Decode, and a + sign like strconv.ParseInt', () => {
    const r = parseActionEntry(bytes(line(ID.toUpperCase(), OUT.toUpperCase(), '+7')), ID)
    expect(r).toEqual({ ok: true, entry: { outputId: OUT, size: 7, timeMs: 1700000000000 } })
  })

  it.each([
    ['int64 max', '9223372036854775807', Number('9223372036854775807')],
    ['leading zeros', '00042', 42],
    ['minus zero', '-0', 0]
  ])('reads a size of %s like strconv.ParseInt', (_name, size, want) => {
    const r = parseActionEntry(bytes(line(ID, OUT, size)), ID)
    expect(r).toEqual({ ok: true, entry: { outputId: OUT, size: want, timeMs: 1700000000000 } })
  })

  it('keeps the timestamp to the millisecond, truncating like integer division', () => {
    const r = parseActionEntry(bytes(line(ID, OUT, '1', '1700000000123999999')), ID)
    expect(r.ok && r.entry.timeMs).toBe(1700000000123)
    const small = parseActionEntry(bytes(line(ID, OUT, '1', '999999')), ID)
    expect(small.ok && small.entry.timeMs).toBe(0)
  })

  it.each([
    ['15 digits', '999999999999999', 999999999999999],
    ['16 digits', '1000000000000001', 1000000000000001],
    ['a padded zero', '0', 0]
  ])('reads a size of %s exactly, on the common path or off it', (_name, size, want) => {
    const r = parseActionEntry(bytes(line(ID, OUT, size)), ID)
    expect(r).toEqual({ ok: true, entry: { outputId: OUT, size: want, timeMs: 1700000000000 } })
  })

  it('takes a timestamp up to int64 max, and not one past it', () => {
    const max = parseActionEntry(bytes(line(ID, OUT, '1', '9223372036854775807')), ID)
    expect(max.ok && max.entry.timeMs).toBe(9223372036854)
    expect(parseActionEntry(bytes(line(ID, OUT, '1', '9223372036854775808')), ID)).toEqual({
      ok: false,
      reason: 'parsing timestamp: not a decimal number'
    })
    const under = parseActionEntry(bytes(line(ID, OUT, '1', '9223372036854775799')), ID)
    expect(under.ok && under.entry.timeMs).toBe(9223372036854)
  })

  it('reads only the first `length` bytes of a larger buffer', () => {
    const buf = Buffer.alloc(512, 0x78)
    buf.write(line(), 0, 'latin1')
    expect(parseActionEntry(buf, ID, ENTRY_SIZE)).toEqual(parseActionEntry(bytes(line()), ID))
    expect(parseActionEntry(buf, ID, ENTRY_SIZE + 1)).toEqual({
      ok: false,
      reason: 'too long: Go expects exactly 175 bytes'
    })
    expect(parseActionEntry(buf, ID, 100)).toEqual({
      ok: false,
      reason: 'entry file incomplete: 100 bytes, Go expects 175'
    })
  })

  it.each([
    ['int64 max + 1', line(ID, OUT, '9223372036854775808'), 'parsing size: not a decimal number'],
    ['sign only', line(ID, OUT, '+'), 'parsing size: not a decimal number'],
    ['empty', '', 'file is empty'],
    ['short', line().slice(0, 100), 'entry file incomplete: 100 bytes, Go expects 175'],
    ['long', line() + 'x', 'too long: Go expects exactly 175 bytes'],
    ['v2', line().replace('v1', 'v2'), 'invalid header'],
    ['no newline', line().slice(0, -1) + ' ', 'invalid header'],
    ['bad id hex', line('zz'.repeat(32)), 'decoding ID: invalid hex'],
    ['other id', line(OUT), 'mismatched ID: the entry names another action'],
    ['bad output hex', line(ID, 'g'.repeat(64)), 'decoding output ID: invalid hex'],
    ['size letters', line(ID, OUT, '12a4'), 'parsing size: not a decimal number'],
    ['size inner space', line(ID, OUT, '12 4'), 'parsing size: not a decimal number'],
    ['negative size', line(ID, OUT, '-5'), 'negative size'],
    ['size overflow', line(ID, OUT, '99999999999999999999'), 'parsing size: not a decimal number'],
    ['bad time', line(ID, OUT, '1', 'x'), 'parsing timestamp: not a decimal number'],
    ['negative time', line(ID, OUT, '1', '-1'), 'negative timestamp']
  ])('rejects %s as Go does', (_name, text, reason) => {
    expect(parseActionEntry(bytes(text), ID)).toEqual({ ok: false, reason })
  })
})

describe('classifyName', () => {
  it('knows action entries and outputs in their own subdirectory', () => {
    expect(classifyName('ab', `${ID}-a`)).toEqual({ kind: 'action', id: ID })
    expect(classifyName('cd', `${OUT}-d`)).toEqual({ kind: 'output', id: OUT })
  })
  it.each([
    `${ID}-a`,
    `${ID}-x`,
    `${ID.toUpperCase()}-a`,
    `${ID}-a.tmp`,
    'README',
    `${ID.slice(2)}-a`
  ])('rejects %s in 00', (name) => expect(classifyName('00', name)).toBeUndefined())
})

describe('parseTrim (strings.TrimSpace + strconv.ParseInt)', () => {
  it.each([
    ['1700000000', { ok: true, seconds: 1700000000 }],
    [' 1700000000\n', { ok: true, seconds: 1700000000 }],
    ['-3600', { ok: true, seconds: -3600 }],
    ['17e8', { ok: false }],
    ['', { ok: false }]
  ])('%j', (text, want) => expect(parseTrim(text)).toEqual(want))
})
