/**
 * Renders Markdown the way a viewer would (markdown-it: CommonMark + GFM tables, raw HTML allowed
 * as GitHub allows a subset) so tests can assert on what a reader sees, not on the source text.
 */
import MarkdownIt from 'markdown-it'

const md = new MarkdownIt({ html: true })

export function renderMarkdown(source: string): string {
  return md.render(source)
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** The text a reader sees in an HTML fragment: `<br>` as a newline, tags removed, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e.startsWith('#x') || e.startsWith('#X'))
        return String.fromCodePoint(parseInt(e.slice(2), 16))
      if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10))
      return ENTITIES[e] ?? m
    })
}

/** Body rows of every rendered table, each as the cells' inner HTML. */
export function tableRows(html: string): string[][] {
  const bodies = [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].map((m) => m[1] ?? '')
  return bodies.flatMap((b) =>
    [...b.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
      [...(r[1] ?? '').matchAll(/<td>([\s\S]*?)<\/td>/g)].map((c) => c[1] ?? '')
    )
  )
}

/** Every HTML element name in the rendered output (to prove no `img`/`script` came alive). */
export function elements(html: string): Set<string> {
  return new Set(
    [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => (m[1] ?? '').toLowerCase())
  )
}
