/**
 * A validator for the SARIF 2.1.0 JSON schema vendored beside this file: the schema as published
 * for the OASIS standard (2.1.0-rtm.5, shipped verbatim in the npm package @microsoft/jest-sarif
 * 1.0.0-beta.0, MIT; reformatted by prettier, same JSON). It is written for JSON Schema draft-04,
 * whose only keyword in it that draft-07 spells differently is the root `id`.
 */
import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'

function compile() {
  const schema = JSON.parse(
    readFileSync(new URL('./sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8')
  ) as Record<string, unknown>
  const { id, $schema: _draft04, ...rest } = schema
  // unicodeRegExp: false because the schema's `language` pattern has a stray `]`, which only
  // non-unicode regular expressions (like those of other JSON Schema validators) accept.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
  addFormats.default(ajv)
  return ajv.compile({ ...rest, $id: String(id) })
}

export const validateSarif = compile()
