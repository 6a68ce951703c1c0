import module$1 from 'node:module';

/**
 * The action's main step as the runner starts it: Node's compile cache first, then `go env`
 * started while the rest of the action loads (without a `go` input; record mode probes on its
 * own), then the step itself (./main.ts).
 */
async function run(env = process.env) {
    // Node 22.1+ caches compiled code between runs (a no-op where unsupported, e.g. Node 20);
    // enabled before the gate's modules load, so they are the ones it caches.
    module$1.enableCompileCache?.();
    const input = (name) => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
    if (input('go') === '' && input('mode') !== 'record') {
        const { prefetchCheck } = await import('./chunks/main-boot.js').then(function (n) { return n.m; });
        const { resolve } = await import('node:path');
        const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
        const dir = resolve(workspace, input('working-directory') || '.');
        prefetchCheck({ env, dir, baseline: input('baseline') || undefined });
    }
    const main = await import('./chunks/main-core.js').then(function (n) { return n.x; });
    await main.run(env);
}

await run();
