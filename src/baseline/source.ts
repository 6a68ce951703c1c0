import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import { UsageError } from '../errors.js'
import type { Location } from '../types.js'

/** A parsed baseline file that can say where any value or key was written. */
export class BaselineSource {
  private constructor(
    readonly file: string,
    readonly doc: Document.Parsed,
    private readonly lines: LineCounter
  ) {}

  /** Parses YAML (JSON is YAML too); a syntax error is a UsageError at its position. */
  static parse(file: string, text: string): BaselineSource {
    const lines = new LineCounter()
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
    const source = new BaselineSource(file, doc, lines)
    const err = doc.errors[0]
    if (err) {
      throw new UsageError(
        `invalid YAML: ${err.message.split('\n')[0]}`,
        source.at(err.pos[0]),
        'fix the syntax; quote values that contain ": " or start with special characters'
      )
    }
    return source
  }

  /** The location of a character offset. */
  at(offset: number): Location {
    const { line, col } = this.lines.linePos(offset)
    return { file: this.file, line, column: col }
  }

  /** The node at a path (e.g. `['env', 'GOFLAGS']`), if present. */
  node(path: readonly (string | number)[]): Node | undefined {
    const n = this.doc.getIn(path, true)
    return n && typeof n === 'object' && 'range' in n ? (n as Node) : undefined
  }

  /** Where a value was written; with `key`, where that key of the map at `path` was written. */
  locate(path: readonly (string | number)[], key?: string): Location {
    if (key !== undefined) {
      const map = path.length ? this.node(path) : this.doc.contents
      if (isMap(map)) {
        const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key)
        if (pair && isScalar(pair.key) && pair.key.range) return this.at(pair.key.range[0])
      }
    }
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? this.doc.contents : this.node(path.slice(0, n))
      if (node?.range) return this.at(node.range[0])
    }
    return { file: this.file, line: 1, column: 1 }
  }

  /** Where the key of the entry at `path` was written (its last segment inside its parent map). */
  locateKey(path: readonly (string | number)[]): Location {
    const last = path[path.length - 1]
    return typeof last === 'string' ? this.locate(path.slice(0, -1), last) : this.locate(path)
  }
}
