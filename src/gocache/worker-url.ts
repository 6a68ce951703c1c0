import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * Where the bundled worker lives. The bundler emits it as dist/verify-worker.js while the code
 * asking for it may sit in dist/ or in dist/chunks/, so both neighbours are tried. Under the
 * TypeScript sources (tests) there is no built worker: undefined, and verification hashes
 * in-process instead.
 */
export function resolveWorkerUrl(from: string = import.meta.url): URL | undefined {
  for (const rel of ['./verify-worker.js', '../verify-worker.js']) {
    const url = new URL(rel, from)
    if (existsSync(fileURLToPath(url))) return url
  }
  return undefined
}
