// Bundles the three entry points into dist/ (committed, like actions/typescript-action).
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import { fileURLToPath } from 'node:url'

export default {
  input: {
    index: 'src/index.ts',
    post: 'src/entry/post-entry.ts',
    cli: 'src/entry/cli-entry.ts',
    'verify-worker': 'src/gocache/verify-worker.ts'
  },
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: false,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name].js',
    banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : '')
  },
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return
    if (warning.code === 'THIS_IS_UNDEFINED') return
    warn(warning)
  },
  // @actions/core imports @actions/http-client (and with it undici, about 1 MB) for getIDToken
  // alone, which the gate never calls: declaring http-client free of side effects lets the
  // bundler leave it out wherever nothing from it is used (the action's main step); the Actions
  // cache transport, which does use it, still gets all of it.
  treeshake: {
    moduleSideEffects: (id) => !/[\\/]node_modules[\\/]@actions[\\/]http-client[\\/]/.test(id)
  },
  plugins: [
    // yaml's "node" export is CommonJS, which the commonjs plugin wraps in lazy require shims that
    // cost start-up time; its ESM build (the "default" export) is the same code as real modules.
    {
      name: 'yaml-esm',
      resolveId(source) {
        return source === 'yaml'
          ? fileURLToPath(import.meta.resolve('yaml/package.json')).replace(
              /package\.json$/,
              'browser/index.js'
            )
          : null
      }
    },
    typescript({ tsconfig: 'tsconfig.build.json' }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    commonjs(),
    json()
  ]
}
