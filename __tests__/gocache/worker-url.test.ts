import { describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { resolveWorkerUrl } from '../../src/gocache/worker-url.js'
import { tempDir } from './helpers.js'

describe('resolveWorkerUrl', () => {
  const dist = path.join(tempDir('dist'), 'dist')
  mkdirSync(path.join(dist, 'chunks'), { recursive: true })
  writeFileSync(path.join(dist, 'verify-worker.js'), '')
  const worker = pathToFileURL(path.join(dist, 'verify-worker.js')).href

  it('finds dist/verify-worker.js from code bundled into dist/', () => {
    expect(resolveWorkerUrl(pathToFileURL(path.join(dist, 'cli.js')).href)?.href).toBe(worker)
  })

  it('finds it from a shared chunk in dist/chunks/', () => {
    expect(resolveWorkerUrl(pathToFileURL(path.join(dist, 'chunks', 'run.js')).href)?.href).toBe(
      worker
    )
  })

  it('is undefined where no worker was built (the TypeScript sources)', () => {
    expect(
      resolveWorkerUrl(pathToFileURL(path.resolve('src/gocache/verify.ts')).href)
    ).toBeUndefined()
  })
})
