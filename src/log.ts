/**
 * Plain text for the Actions log that can never be read as a workflow command. The runner treats
 * any line whose first non-blank characters are `::` as a command, so text that contains `::` is
 * wrapped in `::stop-commands::<token>` … `::<token>::` (the runner's own mechanism), with a fresh
 * random token that the text cannot know.
 */
export function logText(text: string, write: (s: string) => void): void {
  if (!text.includes('::')) {
    write(text.endsWith('\n') ? text : `${text}\n`)
    return
  }
  // The global Web Crypto (Node 19+), loaded on first use: an import of node:crypto would load
  // the whole crypto module at start-up, for a token that most runs never need.
  const token = globalThis.crypto.randomUUID()
  write(`::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`)
}
