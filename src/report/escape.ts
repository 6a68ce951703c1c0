/**
 * Escaping for every place untrusted text can land. Values from `go env`, go.mod comments, file
 * names and the baseline may contain `::`, `%`, newlines, Markdown or HTML: they must stay text.
 */

/** Message part of a workflow command (`::error ...::<data>`), as @actions/core escapes it. */
export function escapeCommandData(s: string): string {
  // The common case (nothing to escape) checked in one pass: escaping runs once per finding.
  if (!/[%\r\n]/.test(s)) return s
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A property value of a workflow command (`file=`, `title=`): also `:` and `,`. */
export function escapeCommandProperty(s: string): string {
  return escapeCommandData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

const HTML: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

/** Text for HTML contexts (PR comments, `<details>` in summaries): no live tags. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML[c] ?? c)
}

/**
 * Text inside Markdown (tables included, not at the start of a block): Markdown punctuation
 * backslash-escaped (`|` too, for tables), `&`, `<`, `>` HTML-escaped, and newlines folded to `<br>`
 * so one value stays one cell.
 */
export function escapeMarkdown(s: string): string {
  // Backslash-escape before making entities (it would turn `&#39;` into `&\#39;`). Quotes stay:
  // they only matter inside attributes, and `it's` must read as text in the plain Markdown.
  return s
    .replace(/([\\`*_[\]{}()#+!|~])/g, '\\$1')
    .replace(/[&<>]/g, (c) => HTML[c] ?? c)
    .replace(/\r?\n|\r/g, '<br>')
}

/**
 * Inline code in Markdown that cannot be broken out of: a fence longer than any backtick run
 * inside, newlines folded, `|` escaped so a table cell stays one cell. (Code spans show `<`, `&`
 * literally, so no HTML escaping is needed or wanted inside them.)
 */
export function markdownCode(s: string): string {
  const flat = s.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|')
  // A loop, not Math.max(...runs): a value with very many backtick runs must not overflow the stack.
  let longest = 0
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/**
 * One line for a terminal: control characters (ANSI escapes, CR, LF) shown as `\xNN`, not
 * executed, so a value can neither recolour the terminal nor start a new line.
 */
export function escapeTerminal(s: string): string {
  // A test first: most text has no control character, and a test is cheaper than a replace.
  if (!TERMINAL_CONTROL.test(s)) return s
  return s.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000a-\u001f\u007f\u009b]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
  )
}

// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f\u009b]/
