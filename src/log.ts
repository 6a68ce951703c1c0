import { randomUUID } from 'node:crypto'

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
  const token = randomUUID()
  write(`::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`)
}
