#!/usr/bin/env node
// npm run bench: runs every bench/<area>.js module (each exports `async run() => rows`), prints a
// table and writes bench/results.json as rows { name, value, unit, floor, ratio }. Each floor is
// measured in the same run, so ratios compare like with like on whatever machine runs it.
// Usage: npm run bench [-- <area> ...]   (e.g. npm run bench -- startup cache)
// A module that exports `optIn = true` (slow ones, e.g. cache-growth) runs only when named.
import { readdir, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const only = process.argv.slice(2)

const modules = (await readdir(here))
  .filter((f) => f.endsWith('.js') && f !== 'run.js' && f !== 'util.js')
  .map((f) => f.slice(0, -3))
  .filter((name) => only.length === 0 || only.includes(name))
  .sort()

const rows = []
for (const name of modules) {
  process.stderr.write(`bench: ${name}…\n`)
  const mod = await import(pathToFileURL(path.join(here, `${name}.js`)).href)
  if (mod.optIn && !only.includes(name)) {
    process.stderr.write(`  (opt-in: npm run bench -- ${name})\n`)
    continue
  }
  for (const row of await mod.run()) {
    rows.push(row)
    process.stderr.write(
      `  ${row.name}: ${fmt(row.value)} ${row.unit} (floor ${fmt(row.floor)}, ratio ${fmt(row.ratio)})\n`
    )
  }
}

function fmt(n) {
  return typeof n === 'number' ? (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(3)) : String(n)
}

const header = ['name', 'value', 'unit', 'floor', 'ratio', 'limit']
const table = rows.map((r) => [
  r.name,
  fmt(r.value),
  r.unit,
  fmt(r.floor),
  fmt(r.ratio),
  r.limit === undefined ? '' : fmt(r.limit)
])
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => String(r[i]).length)))
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ')
console.log(line(header))
console.log(widths.map((w) => '-'.repeat(w)).join('  '))
for (const r of table) console.log(line(r))

await writeFile(path.join(here, 'results.json'), JSON.stringify(rows, null, 2) + '\n')
const over = rows.filter((r) => r.limit !== undefined && r.ratio > r.limit)
if (over.length > 0) {
  console.log(`\n${over.length} row(s) over their limit: ${over.map((r) => r.name).join(', ')}`)
  process.exitCode = 1
}
