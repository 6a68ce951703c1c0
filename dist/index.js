import module$1 from 'node:module';

// Node 22.1+ caches compiled code between runs (a no-op where unsupported, e.g. Node 20); enabled
// before the gate's modules load, so they are the ones it caches.
module$1.enableCompileCache?.();
const { run } = await import('./chunks/main.js');
await run();
