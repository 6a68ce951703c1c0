// Bundles the entry points into dist/ (committed, like actions/typescript-action).
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const SRC = path.resolve('src')

// Imported by @actions/core for getIDToken alone (see treeshake below): never on a common path.
const HTTP_CLIENT = /[\\/]node_modules[\\/]@actions[\\/]http-client[\\/]/

const HTTP = /[\\/]node_modules[\\/](undici|@actions[\\/]http-client)[\\/]/

/** The modules `from` reaches through static imports, not entering `stop` (nor http-client). */
function staticClosure(getModuleInfo, from, stop = new Set()) {
  const seen = new Set()
  const todo = [from]
  while (todo.length > 0) {
    const id = todo.pop()
    if (seen.has(id) || stop.has(id) || HTTP_CLIENT.test(id)) continue
    seen.add(id)
    todo.push(...(getModuleInfo(id)?.importedIds ?? []))
  }
  return seen
}

/**
 * Start-up is mostly Node loading modules, and each file of an ES module graph costs about a
 * millisecond (resolve, read, link) whatever its size. So the common path of an entry loads few
 * files: `boot` (the `go env` probe, which the entry starts while the rest loads), `core`
 * (everything else the run statically needs) and, where other entries of the same build load
 * some of those modules too (the post step), `shared` with those. What only some runs need (the
 * YAML parser, RE2, the GitHub client, SARIF, cache verification) stays in chunks of its own,
 * loaded on demand; the HTTP client (undici, 1 MB) too.
 */
function commonPathChunks({ boot: bootModule, core: coreModule, others = [], prefix = '' }) {
  let boot
  let core
  let elsewhere
  return (id, { getModuleInfo }) => {
    if (!boot) {
      const closure = (from, stop) => staticClosure(getModuleInfo, path.join(SRC, from), stop)
      // What the other entries load, except those entry modules themselves (which run on import).
      elsewhere = new Set(others.flatMap((o) => [...closure(o)].slice(1)))
      boot = closure(bootModule, elsewhere)
      core = closure(coreModule, new Set([...boot, ...elsewhere]))
    }
    if (HTTP.test(id)) return 'http'
    // The CommonJS interop helpers, used by the common path and the HTTP client alike.
    if (id.startsWith('\0commonjsHelpers')) return `${prefix}boot`
    if (boot.has(id)) return `${prefix}boot`
    if (core.has(id)) return `${prefix}core`
    if (elsewhere.has(id)) return `${prefix}shared`
    return undefined
  }
}

const shared = {
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
    moduleSideEffects: (id) => !HTTP_CLIENT.test(id)
  }
}

/**
 * An ES module import of a Node built-in evaluates every export of it, and some exports are
 * getters that load more: `fs.promises` loads fs/promises (with readline and the REPL history),
 * `util.diff` a diff engine, `buffer.File` its module, milliseconds of start-up for nothing. So
 * the bundle takes `fs`, `util` and `buffer` with `process.getBuiltinModule` (Node 20.16+ and
 * 22.3+; createRequire before), which returns the module object without touching its getters.
 */
function builtinsWithoutGetters() {
  const IMPORT = /^import (?:(.+?) from )?'(?:node:)?(fs|util|buffer)';$/gm
  const NAMED = /^\{(.*)\}$/
  const destructure = (named) =>
    `{ ${named
      .split(',')
      .map((b) => b.trim().replace(/ as /, ': '))
      .join(', ')} }`
  return {
    name: 'builtins-without-getters',
    renderChunk(code) {
      let used = false
      const out = code.replace(IMPORT, (line, clause, name) => {
        used = true
        if (clause === undefined) return '' // loaded where it is used
        const get = `__gbgBuiltin('node:${name}')`
        const named = NAMED.exec(clause)
        if (named) return `const ${destructure(named[1])} = ${get};`
        const m = /^(?:\* as )?([\w$]+)(?:, (\{.*\}))?$/.exec(clause)
        if (!m) throw new Error(`builtins-without-getters: unexpected import: ${line}`)
        const more = m[2] ? ` const ${destructure(NAMED.exec(m[2])[1])} = ${m[1]};` : ''
        return `const ${m[1]} = ${get};${more}`
      })
      if (!used) return null
      const prelude =
        "import { createRequire as __gbgCreateRequire } from 'node:module';\n" +
        'const __gbgBuiltin = process.getBuiltinModule ?? __gbgCreateRequire(import.meta.url);\n'
      const shebang = out.startsWith('#!') ? out.slice(0, out.indexOf('\n') + 1) : ''
      return { code: shebang + prelude + out.slice(shebang.length), map: null }
    }
  }
}

const plugins = () => [
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
  json(),
  builtinsWithoutGetters()
]

// Three builds into dist/: the action's entries (main step, post step), the CLI on its own, so
// neither's common path shares (and splits) chunks with the other, and the cache-scan worker that
// both start, as one self-contained file: a worker is a fresh isolate, and every module it loads
// delays the moment it starts sharing the scan.
export default [
  {
    ...shared,
    input: {
      index: 'src/index.ts',
      post: 'src/entry/post-entry.ts'
    },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: false,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name].js',
      manualChunks: commonPathChunks({
        boot: 'facts/go.ts',
        core: 'entry/main.ts',
        others: ['entry/post-entry.ts'],
        prefix: 'main-'
      })
    },
    plugins: plugins()
  },
  {
    ...shared,
    input: { cli: 'src/entry/cli-entry.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: false,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/cli-[name].js',
      banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : ''),
      manualChunks: commonPathChunks({ boot: 'facts/go.ts', core: 'entry/cli.ts' })
    },
    plugins: plugins()
  },
  {
    ...shared,
    input: { 'verify-worker': 'src/gocache/verify-worker.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: false,
      entryFileNames: '[name].js',
      inlineDynamicImports: true
    },
    plugins: plugins()
  }
]
