import module from 'node:module'

// Node 22.1+ caches compiled code between runs (a no-op where unsupported, e.g. Node 20); enabled
// before the gate's modules load, so they are the ones it caches.
module.enableCompileCache?.()

const { run } = await import('./entry/main.js')
await run()
