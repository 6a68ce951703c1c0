import type { Location } from './types.js'

/**
 * The gate could not run: bad flags, an unreadable or invalid baseline, no go binary.
 * Exit code 2. The message is one clear sentence (plus the fix); never printed with a stack trace.
 */
export class UsageError extends Error {
  readonly exitCode = 2
  constructor(
    message: string,
    readonly location?: Location,
    readonly fix?: string
  ) {
    super(message)
    this.name = 'UsageError'
  }

  /** `file:line:column: message` followed by the fix, for terminals and logs. */
  format(): string {
    const loc = this.location
    const where = loc
      ? `${loc.file}${loc.line ? `:${loc.line}` : ''}${loc.line && loc.column ? `:${loc.column}` : ''}: `
      : ''
    return `${where}${this.message}${this.fix ? `\n  fix: ${this.fix}` : ''}`
  }
}
