/** Go extracts modules read-only; tar and rm need write permission on the directories. */
import { chmodSync, lstatSync, readdirSync } from 'node:fs'
import path from 'node:path'

/** Adds owner write permission to `dir` and every directory below it (files are left alone). */
export function makeDirsWritable(dir: string): void {
  const st = lstatSync(dir)
  if (!st.isDirectory()) return
  if ((st.mode & 0o200) === 0) chmodSync(dir, (st.mode & 0o7777) | 0o200)
  for (const e of readdirSync(dir, { withFileTypes: true }))
    if (e.isDirectory()) makeDirsWritable(path.join(dir, e.name))
}
