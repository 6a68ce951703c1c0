/**
 * A total deadline for each call to the Actions cache service. The @actions/cache client has
 * timeouts only for parts of a download (`timeoutInMs`, `segmentTimeoutInMs`); its Twirp calls
 * (lookup, create, finalize) use an HTTP client without any, so a service that accepts a
 * connection and never answers would hold the step forever. A call past its deadline is given up:
 * the caller warns and goes on as if the cache had missed (restore) or refused (save). The client
 * cannot be cancelled, so the abandoned call may keep a socket open; the entry points end the
 * process once their work is done when any call was abandoned (abandonedCalls()).
 */

/** Default deadline of one cache call (restore: lookup, download and extraction; save: upload). */
export const DEFAULT_CACHE_TIMEOUT_MS = 10 * 60_000
/** The environment variable that changes it, in seconds. */
export const CACHE_TIMEOUT_VAR = 'GO_BASELINE_GATE_CACHE_TIMEOUT'

let abandoned = 0

/** How many cache calls were given up at their deadline in this process. */
export function abandonedCalls(): number {
  return abandoned
}

/** The deadline from GO_BASELINE_GATE_CACHE_TIMEOUT (seconds), else the default; nonsense is ignored with a note. */
export function cacheTimeoutMs(
  env: Record<string, string | undefined>,
  log?: (line: string) => void
): number {
  const raw = env[CACHE_TIMEOUT_VAR]?.trim()
  if (!raw) return DEFAULT_CACHE_TIMEOUT_MS
  const seconds = Number(raw)
  if (Number.isFinite(seconds) && seconds > 0) return Math.round(seconds * 1000)
  log?.(
    `cache: ${CACHE_TIMEOUT_VAR}=${JSON.stringify(raw)} is not a number of seconds; using ${DEFAULT_CACHE_TIMEOUT_MS / 1000} s`
  )
  return DEFAULT_CACHE_TIMEOUT_MS
}

/** The call did not finish within its deadline and was given up. */
export class CacheTimeoutError extends Error {
  constructor(
    readonly what: string,
    readonly timeoutMs: number
  ) {
    super(
      `${what} did not finish within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Number((timeoutMs / 1000).toFixed(1))} s`}; given up`
    )
    this.name = 'CacheTimeoutError'
  }
}

/** `call()` or a CacheTimeoutError at the deadline, whichever comes first. */
export async function withDeadline<T>(
  what: string,
  timeoutMs: number,
  call: () => Promise<T>
): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abandoned++
      reject(new CacheTimeoutError(what, timeoutMs))
    }, timeoutMs)
  })
  const work = call()
  work.catch(() => undefined) // a late failure of an abandoned call is not unhandled
  try {
    return await Promise.race([work, deadline])
  } finally {
    clearTimeout(timer)
  }
}
