/** GBG203: a go.mod/go.work the go command rejects. */
import type { Facts } from '../../facts/types.js'
import type { Finding, RuleMeta } from '../../types.js'
import type { Check } from '../types.js'
import { finding } from './location.js'

export const PARSE_ERROR: RuleMeta = {
  id: 'GBG203',
  name: 'modfile-parse-error',
  area: 'modfile',
  defaultSeverity: 'error',
  summary: 'A go.mod or go.work file does not parse: every go command in that module fails.',
  fix: 'Fix the line the error points at (run `go mod edit -fmt` to see the same error locally).'
}

function run(facts: Facts): Finding[] {
  return facts.modules.errors.map((e) =>
    finding(PARSE_ERROR, {
      message: `${e.file}:${e.line}${e.column > 1 ? `:${e.column}` : ''}: ${e.message}`,
      location: { file: e.file, line: e.line, column: e.column },
      fix: PARSE_ERROR.fix
    })
  )
}

export const parseErrorCheck: Check = { rules: [PARSE_ERROR], run }
