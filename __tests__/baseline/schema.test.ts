/**
 * The baseline schema exists in three forms that must agree: the TypeScript object
 * (src/baseline/schema.ts, the source of truth), the JSON file editors fetch
 * (schema/go-baseline.schema.json), and the validator compiled ahead of time with Ajv's standalone
 * code generation (src/baseline/schema-validator.generated.ts; compiling at run time costs hundreds
 * of milliseconds on every gate start). After changing the schema, regenerate both files with:
 *   GBG_UPDATE_SCHEMA=1 npm test -- __tests__/baseline/schema
 */
import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import standaloneCode from 'ajv/dist/standalone/index.js'
import { readFileSync, writeFileSync } from 'node:fs'
import * as prettier from 'prettier'
import { AJV_OPTIONS, baselineSchema } from '../../src/baseline/schema.js'

const JSON_FILE = 'schema/go-baseline.schema.json'
const VALIDATOR_FILE = 'src/baseline/schema-validator.generated.ts'
const update = process.env.GBG_UPDATE_SCHEMA === '1'

async function format(text: string, file: string): Promise<string> {
  const options = (await prettier.resolveConfig(file)) ?? {}
  return prettier.format(text, { ...options, filepath: file })
}

async function expectFile(file: string, text: string): Promise<void> {
  const formatted = await format(text, file)
  if (update) writeFileSync(file, formatted)
  expect(readFileSync(file, 'utf8')).toBe(formatted)
}

describe('the baseline schema', () => {
  it('is shipped as JSON, identical to the schema the gate validates with', async () => {
    await expectFile(JSON_FILE, JSON.stringify(baselineSchema, null, 2))
  })

  it('is compiled ahead of time into the validator the gate uses', async () => {
    const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true } })
    const code = (standaloneCode as unknown as typeof standaloneCode.default)(
      ajv,
      ajv.compile(baselineSchema)
    )
    const header =
      '// Generated from src/baseline/schema.ts by __tests__/baseline/schema.test.ts (GBG_UPDATE_SCHEMA=1). Do not edit.\n' +
      '/* eslint-disable */\n// @ts-nocheck\n'
    await expectFile(VALIDATOR_FILE, header + code.replace(/^"use strict";/, ''))
  })

  it('is a valid JSON Schema (draft-07) under strict mode', () => {
    expect(() => new Ajv(AJV_OPTIONS).compile(baselineSchema)).not.toThrow()
  })
})
