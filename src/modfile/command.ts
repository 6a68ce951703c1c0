/**
 * `go-baseline-gate modfile --json FILE`: prints the parse of a go.mod or go.work in the shape of
 * `go mod edit -json` / `go work edit -json`, plus positions. Exit 0 on success; 2 with Go's
 * `file:line:col: message` errors when the file does not parse, or on bad usage.
 */
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { ModfileSyntaxError } from './errors.js'
import { parseGoMod } from './gomod.js'
import { parseGoWork } from './gowork.js'
import { modFileJSON, workFileJSON } from './json.js'

const USAGE =
  'usage: go-baseline-gate modfile --json [--work] FILE\n' +
  '  FILE is a go.mod, or a go.work (by name, or with --work)'

export async function modfileCommand(
  args: string[],
  io: { stdout: (s: string) => void; stderr: (s: string) => void }
): Promise<number> {
  const flags = new Set(args.filter((a) => a.startsWith('-')))
  const files = args.filter((a) => !a.startsWith('-'))
  const unknown = [...flags].filter((f) => f !== '--json' && f !== '--work')
  if (!flags.has('--json') || files.length !== 1 || unknown.length > 0) {
    const why =
      unknown.length > 0
        ? `unknown flag ${unknown[0]}`
        : !flags.has('--json')
          ? 'missing --json'
          : 'expected one FILE'
    io.stderr(`modfile: ${why}\n${USAGE}\n`)
    return 2
  }
  const file = files[0] as string
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (e) {
    io.stderr(`modfile: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`)
    return 2
  }
  const work = flags.has('--work') || basename(file).endsWith('.work')
  try {
    const json = work ? workFileJSON(parseGoWork(text, file)) : modFileJSON(parseGoMod(text, file))
    io.stdout(JSON.stringify(json, null, '\t') + '\n')
    return 0
  } catch (e) {
    if (!(e instanceof ModfileSyntaxError)) throw e
    io.stderr(`errors parsing ${file}:\n${e.message}\n`)
    return 2
  }
}
