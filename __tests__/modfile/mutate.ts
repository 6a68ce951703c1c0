/** Deterministic mutations of go.mod texts for the differential test (seeded PRNG, no randomness between runs). */

export interface MutationCase {
  name: string
  text: string
  work: boolean
}

function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SNIPPETS = [
  '(',
  ')',
  '( )',
  '//',
  '// indirect',
  '"',
  '`',
  '=>',
  '[',
  ']',
  ',',
  '{',
  '}',
  'v1.2',
  'v1',
  'v2.0.0',
  'go',
  'toolchain',
  'require',
  'replace',
  'retract',
  'exclude',
  'godebug',
  'tool',
  'ignore',
  'module',
  '\t',
  ' ',
  '\n',
  '\r\n',
  '/*',
  '\u00a0',
  '\ufeff',
  '1.21',
  'go1.22.0',
  'x=y',
  '../dir',
  '"a b"',
  '\\',
  'example.com/m/v2',
  'gopkg.in/x.v1',
  '+incompatible',
  '-pre',
  '\u00e9'
]

type Mutation = (text: string, rand: () => number) => string

const pick = <T>(xs: T[], rand: () => number): T => xs[Math.floor(rand() * xs.length)] as T

function onLines(
  text: string,
  f: (lines: string[], rand: () => number) => void,
  rand: () => number
): string {
  const lines = text.split('\n')
  f(lines, rand)
  return lines.join('\n')
}

const MUTATIONS: Mutation[] = [
  (t, r) => onLines(t, (ls, rr) => void ls.splice(Math.floor(rr() * ls.length), 1), r),
  (t, r) =>
    onLines(
      t,
      (ls, rr) => {
        const i = Math.floor(rr() * ls.length)
        ls.splice(i, 0, ls[i] ?? '')
      },
      r
    ),
  (t, r) =>
    onLines(
      t,
      (ls, rr) => {
        const i = Math.floor(rr() * ls.length)
        const j = Math.floor(rr() * ls.length)
        ;[ls[i], ls[j]] = [ls[j] ?? '', ls[i] ?? '']
      },
      r
    ),
  (t, r) => {
    const i = Math.floor(r() * (t.length + 1))
    return t.slice(0, i) + pick(SNIPPETS, r) + t.slice(i)
  },
  (t, r) => {
    const i = Math.floor(r() * t.length)
    return t.slice(0, i) + t.slice(i + 1 + Math.floor(r() * 8))
  },
  (t) => t.replace(/\r?\n/g, '\r\n'),
  (t) => t.replace(/\s+$/, ''),
  (t) => '\ufeff' + t,
  (t, r) => {
    const versions = [...t.matchAll(/v\d+\.\d+\.\d+\S*/g)]
    if (versions.length === 0) return t
    const m = pick(versions, r)
    const repl = pick(
      ['v1.2', '1.2.3', 'v01.2.3', 'v1.2.3-', 'v1.2.3+x', 'v9.0.0', 'latest', '"v1.0.0"'],
      r
    )
    return t.slice(0, m.index) + repl + t.slice((m.index ?? 0) + m[0].length)
  },
  (t, r) => {
    const lines = t.split('\n').filter((l) => l.trim() !== '')
    return lines.length === 0 ? t : `${t}\n${pick(lines, r).trim()} // ${pick(SNIPPETS, r)}\n`
  }
]

/** `count` mutated cases: each a source text with one to three mutations applied. */
export function mutate(sources: MutationCase[], count: number, seed: number): MutationCase[] {
  const rand = prng(seed)
  const out: MutationCase[] = []
  for (let n = 0; n < count; n++) {
    const src = pick(sources, rand)
    let text = src.text
    const ops: number[] = []
    const k = 1 + Math.floor(rand() * 3)
    for (let j = 0; j < k; j++) {
      const op = Math.floor(rand() * MUTATIONS.length)
      ops.push(op)
      text = (MUTATIONS[op] as Mutation)(text, rand)
    }
    out.push({ name: `${src.name} [mutation ${n}: ops ${ops.join(',')}]`, text, work: src.work })
  }
  return out
}
