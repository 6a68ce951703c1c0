import { parseArgs, type ParseArgsOptionsConfig } from 'node:util'
import { didYouMean } from './baseline/suggest.js'
import { UsageError } from './errors.js'

/**
 * Every command's flags, parsed one way (node:util parseArgs, strict): an unknown flag or a
 * missing value is a UsageError naming the command, with a "did you mean" and the usage line.
 */
export function parseFlags<T extends ParseArgsOptionsConfig>(
  command: string,
  args: string[],
  options: T,
  usage: string,
  maxPositionals = 0
) {
  let parsed
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: true })
  } catch (err) {
    const message = (err as Error).message
    const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1]
    const flags = Object.keys(options).map((name) => `--${name}`)
    throw new UsageError(
      unknown
        ? `unknown argument '${unknown}' for ${command}${didYouMean(unknown, flags)}`
        : (message.split('\n')[0] ?? message),
      undefined,
      usage
    )
  }
  const extra = parsed.positionals[maxPositionals]
  if (extra !== undefined) {
    throw new UsageError(`unexpected argument '${extra}' for ${command}`, undefined, usage)
  }
  return parsed
}
