/**
 * Markdown building blocks shared by the job summary and the PR comment. Every value that came
 * from a Finding, `go env`, a file name or the baseline goes through `prose` or `code` (or a fence):
 * nothing untrusted reaches the output as markup.
 */
import { readEvent } from '../event.js'
import { docsUrl, ruleById } from '../rules.js'
import type { Finding, Location, Result, Severity } from '../types.js'
import { escapeMarkdown, markdownCode } from './escape.js'
import type { GateReport } from './types.js'

/** Longest piece of one untrusted value we render; longer ones are cut (the JSON report keeps all). */
const MAX_VALUE = 2000

/** Cut `s` to `max` characters (never inside a surrogate pair), marking the cut. */
function clip(s: string, max = MAX_VALUE): string {
  if (s.length <= max) return s
  const end = /[\uD800-\uDBFF]/.test(s.charAt(max - 1)) ? max - 1 : max
  return `${s.slice(0, end)}… (${s.length - end} more characters)`
}

/**
 * Plain text rendered as Markdown text: escaped, and with `@name` mentions broken by a zero-width
 * space so a hostile value cannot notify people or teams from a PR comment.
 */
export function prose(s: string | undefined, opts: { wrap?: boolean } = {}): string {
  if (!s) return ''
  const text = opts.wrap ? breakable(clip(s)) : clip(s)
  return escapeMarkdown(text.replace(/(^|[^\w`])@(?=[\w-])/g, '$1@\u200b'))
}

/** A value shown literally in an inline code span (table-safe); empty for a missing value. */
export function code(s: string | undefined): string {
  if (s === undefined || s.trim() === '') return ''
  return markdownCode(clip(s))
}

/** A fenced code block that the text cannot close: the fence is longer than any backtick run in it. */
export function fence(s: string): string {
  const longest = Math.max(2, ...(s.match(/`+/g) ?? []).map((r) => r.length))
  const f = '`'.repeat(longest + 1)
  return `${f}text\n${clip(s, 4 * MAX_VALUE).replace(/\r\n?/g, '\n')}\n${f}`
}

/** `file:line:column`, as far as known. */
export function where(loc: Location | undefined): string | undefined {
  if (!loc) return undefined
  let s = loc.file
  if (loc.line) s += `:${loc.line}`
  if (loc.line && loc.column) s += `:${loc.column}`
  return s
}

const ICON: Record<Result, string> = { pass: '✅', warn: '⚠️', fail: '❌' }
const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' }

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/**
 * Where links point: the server, `owner/repo` and the commit the run checked (the pull request's
 * head, not the merge commit GitHub builds). Undefined outside Actions: no links then.
 */
export interface LinkContext {
  serverUrl: string
  repository: string
  sha: string
}

const SHA = /^[0-9a-f]{7,64}$/i
const REPOSITORY = /^[\w.-]+\/[\w.-]+$/

/** The link context of the run from the runner's environment, or undefined when incomplete. */
export function linkContextFromEnv(
  env: Record<string, string | undefined>
): LinkContext | undefined {
  const event = readEvent(env) as { pull_request?: { head?: { sha?: unknown } } }
  const head = event.pull_request?.head?.sha
  const sha = typeof head === 'string' && SHA.test(head) ? head : env.GITHUB_SHA
  const repository = env.GITHUB_REPOSITORY
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  if (!sha || !SHA.test(sha) || !repository || !REPOSITORY.test(repository)) return undefined
  if (!/^https?:\/\/[^\s()<>]+$/.test(serverUrl)) return undefined
  return { serverUrl, repository, sha }
}

/** A path segment for a URL: also `(`, `)` and the other characters Markdown link syntax uses. */
function urlSegment(s: string): string {
  return encodeURIComponent(s).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

/**
 * The file and line at the commit (`…/blob/SHA/path#L3`), for a location inside the repository;
 * undefined for an absolute path, one outside the repository, or without a link context.
 */
export function blobUrl(
  loc: Location | undefined,
  links: LinkContext | undefined
): string | undefined {
  if (!loc || !links) return undefined
  const parts = loc.file.split(/[\\/]/)
  if (
    loc.file === '' ||
    /^([a-zA-Z]:)?[\\/]/.test(loc.file) ||
    parts.some((p) => p === '..' || p === '')
  ) {
    return undefined
  }
  const anchor = loc.line
    ? `#L${loc.line}${loc.endLine && loc.endLine > loc.line ? `-L${loc.endLine}` : ''}`
    : ''
  return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${parts.map(urlSegment).join('/')}${anchor}`
}

/** `[text](url)`, or the text alone without a URL. The text must already be rendered. */
export function link(text: string, url: string | undefined): string {
  return url ? `[${text}](${url})` : text
}

/** The rule ID linked to its entry in docs/rules.md (an unknown ID stays plain text). */
export function ruleLink(id: string): string {
  let out = ruleLinks.get(id)
  if (out === undefined) {
    const rule = ruleById(id)
    ruleLinks.set(id, (out = link(prose(id), rule ? docsUrl(rule) : undefined)))
  }
  return out
}

/** ruleLink of each ID asked (a summary links the rule of every row). */
const ruleLinks = new Map<string, string>()

/** The run's page, `…/actions/runs/ID`, from the runner's environment. */
export function runUrl(env: Record<string, string | undefined>): string | undefined {
  const links = linkContextFromEnv(env)
  const id = env.GITHUB_RUN_ID
  if (!links || !id || !/^\d+$/.test(id)) return undefined
  const attempt = env.GITHUB_RUN_ATTEMPT
  const suffix = attempt && /^\d+$/.test(attempt) && attempt !== '1' ? `/attempts/${attempt}` : ''
  return `${links.serverUrl}/${links.repository}/actions/runs/${id}${suffix}`
}

/**
 * The verdict: the first line says pass/warn/fail and how many violations, the second the
 * settings and counts. `where` names the checked directory when it is not the repository root.
 */
export function verdict(report: GateReport, level: '##' | '###', where?: string): string {
  const { errors, warnings, notices } = report.counts
  const total = errors + warnings + notices
  const headline =
    report.violations > 0
      ? `${plural(report.violations, 'violation')}`
      : total > 0
        ? `no violations, ${plural(total, 'finding')} below ${code(report.failOn)}`
        : 'no findings'
  const facts = [
    total > 0
      ? `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')}`
      : undefined,
    `mode ${code(report.mode)}`,
    `fail-on ${code(report.failOn)}`,
    report.goVersion ? code(report.goVersion) : undefined,
    where ? `in ${code(where)}` : undefined
  ].filter((f): f is string => f !== undefined)
  return `${level} ${ICON[report.result]} go-baseline-gate: ${report.result} — ${headline}\n\n${facts.join(' · ')}`
}

/** A GitHub-flavoured Markdown table; cells must already be rendered (see `prose`, `code`). */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`
  const out = [line(header), line(header.map(() => '---'))]
  for (const r of rows) out.push(line(r))
  return out.join('\n')
}

/** Four columns, so the table fits a pull-request page: the JSON report has expected/actual/source. */
const FINDING_HEADER = ['Severity', 'Rule', 'Location', 'Message']

/** Longest place shown in a table cell or fix list; longer ones keep their end (the file name). */
const MAX_PLACE = 40

/**
 * `file:line:column` short enough for a narrow column: a long path (a build-cache file, say)
 * keeps its last characters after `…`, and a long last segment is cut in its middle. The full
 * path stays in the JSON report, SARIF and the log.
 */
export function shortWhere(loc: Location | undefined): string | undefined {
  const full = where(loc)
  if (full === undefined || full.length <= MAX_PLACE) return full
  /** `t` in `room` characters: its start, `…`, its end. */
  const middle = (t: string, room: number): string => {
    const head = Math.floor((room - 1) / 2)
    return `${t.slice(0, head)}…${t.slice(t.length - (room - 1 - head))}`
  }
  const slash = full.lastIndexOf('/', full.length - 2)
  if (slash < 0) return middle(full, MAX_PLACE)
  const name = full.slice(slash + 1)
  if (name.length > MAX_PLACE - 2) return `…/${middle(name, MAX_PLACE - 2)}`
  const dir = full.slice(0, slash + 1)
  return `…${dir.slice(dir.length - (MAX_PLACE - 1 - name.length))}${name}`
}

function findingRow(f: Finding, links: LinkContext | undefined): string[] {
  return [
    // a no-break space keeps the icon and the word on one line
    `${SEVERITY_ICON[f.severity]}\u00a0${f.severity}`,
    ruleLink(f.rule),
    link(code(shortWhere(f.location)), blobUrl(f.location, links)),
    prose(f.message, { wrap: true })
  ]
}

/** A word this long (a path, a hash) would widen its column past the page: it may break. */
const LONG_WORD = 24

/**
 * Text whose long words (paths, hashes) may wrap: a zero-width space after each `/` and every
 * LONG_WORD characters of an unbroken run. Only for prose in table cells, never for commands.
 */
export function breakable(s: string): string {
  return s.replace(LONG_RUN, (word) =>
    word.replace(/\//g, '/\u200b').replace(LONG_PART, '$&\u200b')
  )
}

// Made once: breakable runs for every row of a summary. A run starts where the text or a space
// ends (the lookbehind): tried from inside a word, a run would scan that word again and again.
const LONG_RUN = new RegExp(`(?<!\\S)\\S{${LONG_WORD + 1},}`, 'g')
const LONG_PART = new RegExp(`[^/\\u200b]{${LONG_WORD}}(?=[^/\\u200b])`, 'g')

/**
 * The rendered pieces of each finding (table row, fix target), made once and reused: the size
 * search of `fitFindings` tries many prefixes of one report, and must not escape a finding again
 * for each, nor join and measure its rows again: each row is measured once, by `measure` (the
 * unit of the document's limit), and runs of rows are measured from the running total.
 */
export class FindingCells {
  private readonly rows: string[] = []
  private readonly targets: string[] = []
  private readonly fixes = new Map<string, string>()
  /** ends[i]: what rows 0 … i-1 take, one newline each. */
  private readonly ends: number[] = [0]

  constructor(
    readonly findings: Finding[],
    private readonly links: LinkContext | undefined,
    readonly measure: (s: string) => number
  ) {}

  row(i: number): string {
    return (this.rows[i] ??=
      `| ${findingRow(this.findings[i] as Finding, this.links).join(' | ')} |`)
  }

  target(i: number): string {
    const f = this.findings[i] as Finding
    return (this.targets[i] ??= [prose(f.rule), code(shortWhere(f.location))]
      .filter(Boolean)
      .join(' '))
  }

  fix(text: string): string {
    let out = this.fixes.get(text)
    if (out === undefined) this.fixes.set(text, (out = fixText(text)))
    return out
  }

  /** What rows 0 … n-1 take with a newline each (rows are measured once, in order). */
  private end(n: number): number {
    const { ends } = this
    for (let i = ends.length - 1; i < n; i++) {
      ends.push((ends[i] as number) + this.measure(this.row(i)) + 1)
    }
    return ends[n] as number
  }

  /** What row i adds to a document (with its newline). */
  rowSize(i: number): number {
    return this.end(i + 1) - this.end(i)
  }

  /** Rows `from` … `to - 1` joined by newlines, measured. */
  runSize(from: number, to: number): number {
    return to > from ? this.end(to) - this.end(from) - 1 : 0
  }

  /**
   * How many rows fit in `budget` (one newline each): an upper bound on the findings any
   * document under that budget can show. Renders no row past the budget.
   */
  rowsWithin(budget: number): number {
    for (let i = 0; i < this.findings.length; i++) if (this.end(i + 1) > budget) return i
    return this.findings.length
  }
}

/** Rows `from` … `to - 1` of a table, joined by newlines only when the document is written. */
export class RowRun {
  constructor(
    readonly cells: FindingCells,
    readonly from: number,
    readonly to: number
  ) {}
}

/**
 * A document as it is built: text, and runs of table rows. Its size is the sum of its pieces'
 * (`docSize`), so a size search never joins the megabyte of rows it is about; `docText` joins it
 * once, for the document kept.
 */
export type Doc = Array<string | RowRun>

/** The pieces joined by `sep` (a string piece, or the pieces of a document, each). */
export function joinDoc(parts: ReadonlyArray<string | Doc>, sep: string): Doc {
  const out: Doc = []
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) out.push(sep)
    const part = parts[i] as string | Doc
    if (typeof part === 'string') out.push(part)
    else for (const piece of part) out.push(piece)
  }
  return out
}

/**
 * The size of `doc` by `measure`, which must be the measure of the cells its runs come from: the
 * sum of its pieces' sizes (both measures used, characters and UTF-8 bytes, add up over pieces
 * that split no character).
 */
export function docSize(doc: Doc, measure: (s: string) => number): number {
  let size = 0
  for (const piece of doc) {
    size += typeof piece === 'string' ? measure(piece) : piece.cells.runSize(piece.from, piece.to)
  }
  return size
}

/** The text of `doc`. */
export function docText(doc: Doc): string {
  const out: string[] = []
  for (const piece of doc) {
    if (typeof piece === 'string') out.push(piece)
    else {
      for (let i = piece.from; i < piece.to; i++) {
        if (i > piece.from) out.push('\n')
        out.push(piece.cells.row(i))
      }
    }
  }
  return out.join('')
}

const TABLE_HEAD = `| ${FINDING_HEADER.join(' | ')} |\n| ${FINDING_HEADER.map(() => '---').join(' | ')} |`

/**
 * The table of the first `shown` findings; after `open` rows the rest go into a collapsed
 * `<details>` block.
 */
export function findingsTable(cells: FindingCells, shown: number, open = Infinity): Doc {
  const head = Math.min(shown, open)
  const doc: Doc = [TABLE_HEAD]
  if (head > 0) doc.push('\n', new RowRun(cells, 0, head))
  if (shown > head) {
    const rest = [`${TABLE_HEAD}\n`, new RowRun(cells, head, shown)]
    doc.push('\n\n', ...detailsDoc(plural(shown - head, 'more finding'), rest))
  }
  return doc
}

/** Places named per fix before the rest are counted ("and 12 more"). */
const TARGETS_SHOWN = 5

/** A command to copy: one line that starts with a program the fixes use. */
const COMMAND = /^(go|gofmt|git|cd|go-baseline-gate|echo|export|unset|rm)\s/

/**
 * A fix as wrapping Markdown: a one-line command as inline code, text with its `quoted` commands
 * as inline code, and only a multi-line fix in a fenced block (it is a script).
 */
export function fixText(fix: string): string {
  const text = fix.trim()
  if (/[\r\n]/.test(text)) return `\n\n${indent(fence(text), '  ')}`
  if (COMMAND.test(text)) return code(text)
  const out: string[] = []
  const re = /`([^`]+)`/g
  let last = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(prose(text.slice(last, m.index)), code(m[1]))
    last = m.index + m[0].length
  }
  out.push(prose(text.slice(last)))
  return out.join('')
}

/**
 * One Markdown list item per distinct fix among the first `shown` findings, then the rules and
 * places it fixes (at most TARGETS_SHOWN, then a count). Linear time.
 */
export function fixItems(cells: FindingCells, shown: number): string[] {
  const byFix = new Map<string, { targets: Set<string>; more: number }>()
  for (let i = 0; i < shown; i++) {
    const fix = cells.findings[i]?.fix
    if (!fix?.trim()) continue
    let group = byFix.get(fix)
    if (!group) byFix.set(fix, (group = { targets: new Set(), more: 0 }))
    if (group.targets.size < TARGETS_SHOWN) group.targets.add(cells.target(i))
    else if (!group.targets.has(cells.target(i))) group.more++
  }
  const items: string[] = []
  for (const [fix, { targets, more }] of byFix) {
    const names = [...targets].join(', ') + (more > 0 ? ` and ${more} more` : '')
    const text = cells.fix(fix)
    // the fix first, so a reader sees what to do before where; a multi-line fix is a block below
    items.push(text.startsWith('\n') ? `- ${names}:${text}` : `- ${text} — ${names}`)
  }
  return items
}

function indent(s: string, by: string): string {
  return s
    .split('\n')
    .map((l) => by + l)
    .join('\n')
}

/** A collapsible block; the blank lines let GitHub render the Markdown inside. */
export function details(summary: string, body: string): string {
  return docText(detailsDoc(summary, [body]))
}

/** `details` around a document (the folded rows of a findings table). */
function detailsDoc(summary: string, body: Doc): Doc {
  return [`<details><summary>${summary}</summary>\n\n`, ...body, '\n\n</details>']
}

/**
 * The largest document that fits `limit`: `render(k)` shows the first k findings. No document
 * can show more findings than `upper` (see `FindingCells.rowsWithin`), so the search runs over
 * [0, upper]. With `rowSize` (what row k adds to a document, at least), a document over the
 * limit by some bytes is followed by one without enough of its last rows to cover them; then,
 * since a document grows about linearly with its rows, the count where the line through the
 * sizes of the largest document that fits and the smallest that does not crosses the limit
 * (two guesses in a row that do not halve the range are followed by a bisection): about four
 * tries. Without it, a binary search: about log2(upper) tries. Both find the same count
 * (documents grow with k). A try builds a `Doc` and adds up its pieces' sizes (`docSize`, with
 * `measure`); only the document kept is joined into text.
 */
export function fitFindings(
  total: number,
  limit: number,
  measure: (s: string) => number,
  render: (shown: number) => Doc,
  upper = total,
  rowSize?: (i: number) => number
): string {
  const most = Math.min(total, upper)
  const size = (doc: Doc): number => docSize(doc, measure)
  const first = render(most)
  const firstSize = size(first)
  if (firstSize <= limit) return docText(first)
  // lo fits (or is -1), hi does not; their sizes as measured.
  let lo = -1
  let hi = most
  let loSize = 0
  let hiSize = firstSize
  let best: Doc | undefined
  let smallest = first
  const tryCount = (k: number): boolean => {
    const doc = render(k)
    const bytes = size(doc)
    if (k === 0) smallest = doc
    if (bytes <= limit) {
      lo = k
      loSize = bytes
      best = doc
      return true
    }
    hi = k
    hiSize = bytes
    return false
  }
  if (rowSize) {
    // Down: drop the last rows until they cover what the document is over.
    while (lo < 0 && hi > 0) {
      let k = hi
      for (let dropped = 0; k > 0 && dropped < hiSize - limit;) dropped += rowSize(--k)
      tryCount(k === hi ? hi - 1 : k)
    }
    // Between: where the sizes' line crosses the limit; the middle after two guesses in a row
    // that did not halve the range.
    let poor = 0
    while (lo >= 0 && hi - lo > 1) {
      const range = hi - lo
      let k = (lo + hi) >> 1
      if (poor < 2) {
        const slope = (hiSize - loSize) / range
        k = Math.min(hi - 1, Math.max(lo + 1, lo + Math.floor((limit - loSize) / slope)))
      }
      tryCount(k)
      poor = poor < 2 && 2 * (hi - lo) > range ? poor + 1 : 0
    }
  }
  while (hi - lo > 1) tryCount((lo + hi) >> 1)
  if (best !== undefined) return docText(best)
  // Not even 0 findings fit: `smallest` is that document (render(0), or `first` when most is 0).
  return cutTo(docText(smallest), limit, measure)
}

/** Last resort when even the smallest document is too big: a hard cut with a note. */
function cutTo(s: string, limit: number, measure: (s: string) => number): string {
  const note = '\n\n… (cut to fit the size limit)\n'
  let lo = 0
  let hi = s.length
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (measure(s.slice(0, mid) + note) <= limit) lo = mid
    else hi = mid - 1
  }
  return s.slice(0, lo) + note
}

export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8')
export const chars = (s: string): number => s.length
