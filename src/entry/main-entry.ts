import module from 'node:module'

/**
 * The action's main step as the runner starts it: Node's compile cache first, then `go env`
 * started while the rest of the action loads (without a `go` input; record mode probes on its
 * own), then the step itself (./main.ts).
 */
export async function run(env: Record<string, string | undefined> = process.env): Promise<void> {
  // Node 22.1+ caches compiled code between runs (a no-op where unsupported, e.g. Node 20);
  // enabled before the gate's modules load, so they are the ones it caches.
  module.enableCompileCache?.()
  const input = (name: string): string => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim()
  if (input('go') === '' && input('mode') !== 'record') {
    const { prefetchCheck } = await import('../facts/go.js')
    const { resolve } = await import('node:path')
    const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd())
    const dir = resolve(workspace, input('working-directory') || '.')
    prefetchCheck({ env, dir, baseline: input('baseline') || undefined })
  }
  const main = await import('./main.js')
  await main.run(env)
}
