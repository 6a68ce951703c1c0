/**
 * A small GitHub Actions cache service (v2) on 127.0.0.1, speaking what the real @actions/cache
 * client speaks when the runner sets ACTIONS_CACHE_SERVICE_V2 and ACTIONS_RESULTS_URL:
 *  - the Twirp JSON API `github.actions.results.api.v1.CacheService` (CreateCacheEntry,
 *    FinalizeCacheEntryUpload, GetCacheEntryDownloadURL; proto field names, Twirp error JSON);
 *  - the signed blob URLs it hands out, served like Azure Blob Storage in path style
 *    (`/<account>/<container>/<blob>`): Put Blob, Put Block + Put Block List (@azure/storage-blob
 *    uploads), and GET/HEAD with optional Range (the client's downloads).
 * Cache scopes follow GitHub's rules: the runtime token (a JWT) lists scopes in its `ac` claim
 * with a permission (1 read, 2 write); a lookup tries each readable scope in order (the run's ref
 * first, then e.g. the default branch), in each the key exactly, then the key and every restore key
 * as a prefix, newest first; an entry is written to the first writable scope.
 * Failures are scriptable (N x status per route), so are hangs (a route, or all, reads requests
 * and never answers, as a stuck service would), and every request is recorded.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface CacheEntry {
  id: number
  key: string
  version: string
  scope: string
  /** Unix ms; newer entries win prefix matches. */
  createdAt: number
  finalized: boolean
  /** The archive, once uploaded. */
  blob?: Buffer
  /** Blocks staged with Put Block, not yet committed. */
  blocks: Map<string, Buffer>
  sig: string
}

export type Route =
  | 'CreateCacheEntry'
  | 'FinalizeCacheEntryUpload'
  | 'GetCacheEntryDownloadURL'
  | 'blob-upload'
  | 'blob-download'

export interface RecordedRequest {
  route: Route | 'unknown'
  method: string
  path: string
  /** The Twirp request body (JSON). */
  body?: Record<string, unknown>
  status: number
}

export interface ScriptedFailure {
  route: Route
  status: number
  /** How many matching requests fail; Infinity for an outage. */
  times: number
}

export interface TokenScope {
  scope: string
  read?: boolean
  write?: boolean
}

export interface CacheService {
  /** ACTIONS_RESULTS_URL, with a trailing slash as the runner sets it. */
  url: string
  entries: CacheEntry[]
  requests: RecordedRequest[]
  /** A runtime token granting these scopes (in lookup order). */
  token(scopes: TokenScope[]): string
  /** The variables the runner gives an action for this service and token. */
  env(token: string): Record<string, string>
  /** Stores a finalized entry as if an earlier run had saved it. */
  seed(entry: {
    key: string
    version: string
    scope: string
    blob: Buffer
    createdAt?: number
  }): CacheEntry
  fail(failure: Omit<ScriptedFailure, 'times'> & { times?: number }): void
  /** From now on, requests to this route (or to every route) are read and never answered. */
  hang(route: Route | 'all'): void
  /** Requests held unanswered so far. */
  held(): number
  close(): Promise<void>
}

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/'
const ACCOUNT = 'devstoreaccount1'
const CONTAINER = 'actions-cache'
const TWIRP_CODES: Record<number, string> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  409: 'already_exists',
  500: 'internal',
  501: 'unimplemented',
  502: 'unavailable',
  503: 'unavailable',
  504: 'deadline_exceeded'
}

export async function startCacheService(): Promise<CacheService> {
  const entries: CacheEntry[] = []
  const requests: RecordedRequest[] = []
  const failures: ScriptedFailure[] = []
  const hangs = new Set<Route | 'all'>()
  const held: ServerResponse[] = []
  /** Holds the response open forever (until close) when the route is set to hang. */
  const hold = (route: Route, res: ServerResponse): boolean => {
    if (!hangs.has(route) && !hangs.has('all')) return false
    held.push(res)
    return true
  }
  let nextId = 1
  let clock = Date.parse('2026-01-01T00:00:00Z')
  const tick = (): number => (clock += 1000)

  const server = createServer((req, res) => {
    void readBody(req).then(
      (raw) => handle(req, res, raw),
      () => res.destroy()
    )
  })

  const handle = (req: IncomingMessage, res: ServerResponse, raw: Buffer): void => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = req.method ?? 'GET'
    const rec: RecordedRequest = { route: 'unknown', method, path: url.pathname, status: 0 }
    requests.push(rec)
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      rec.status = status
      send(res, status, body, headers)
    }
    if (url.pathname.startsWith(TWIRP_PREFIX)) {
      rec.route = url.pathname.slice(TWIRP_PREFIX.length) as Route
      rec.body = parseJson(raw)
      if (hold(rec.route, res)) return
      const failure = takeFailure(rec.route)
      if (failure) return reply(failure, twirpError(failure, 'scripted failure'))
      if (method !== 'POST') return reply(405, twirpError(400, 'POST only'))
      const scopes = tokenScopes(req.headers.authorization)
      if (!scopes) return reply(401, twirpError(401, 'missing or invalid runtime token'))
      const out = twirp(rec.route, rec.body ?? {}, scopes)
      return reply(out.status, out.body)
    }
    rec.route = method === 'GET' || method === 'HEAD' ? 'blob-download' : 'blob-upload'
    if (hold(rec.route, res)) return
    const failure = takeFailure(rec.route)
    if (failure) return reply(failure, { error: 'scripted failure' })
    blob(req, res, url, method, raw, rec)
  }

  const takeFailure = (route: Route | 'unknown'): number | undefined => {
    const f = failures.find((x) => x.route === route && x.times > 0)
    if (!f) return undefined
    f.times--
    return f.status
  }

  const signedUrl = (e: CacheEntry): string =>
    `${base()}/${ACCOUNT}/${CONTAINER}/${e.id}?sv=2024-08-04&sr=b&sp=rw&sig=${e.sig}`

  const twirp = (
    route: string,
    body: Record<string, unknown>,
    scopes: TokenScope[]
  ): { status: number; body: unknown } => {
    const key = String(body.key ?? '')
    const version = String(body.version ?? '')
    if (!key || !version)
      return { status: 400, body: twirpError(400, 'key and version are required') }
    const writable = scopes.find((s) => s.write)
    switch (route) {
      case 'GetCacheEntryDownloadURL': {
        const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(String) : []
        const hit = lookup(
          scopes.filter((s) => s.read),
          key,
          restoreKeys,
          version
        )
        if (!hit)
          return { status: 200, body: { ok: false, signed_download_url: '', matched_key: '' } }
        return {
          status: 200,
          body: { ok: true, signed_download_url: signedUrl(hit), matched_key: hit.key }
        }
      }
      case 'CreateCacheEntry': {
        if (!writable)
          return {
            status: 200,
            body: {
              ok: false,
              signed_upload_url: '',
              message: 'cache write denied: read-only token'
            }
          }
        const exists = entries.some(
          (e) => e.key === key && e.version === version && e.scope === writable.scope
        )
        if (exists)
          return {
            status: 409,
            body: twirpError(
              409,
              'cache entry with the same key, version, and scope already exists'
            )
          }
        const e: CacheEntry = {
          id: nextId++,
          key,
          version,
          scope: writable.scope,
          createdAt: tick(),
          finalized: false,
          blocks: new Map(),
          sig: randomBytes(12).toString('hex')
        }
        entries.push(e)
        return { status: 200, body: { ok: true, signed_upload_url: signedUrl(e), message: '' } }
      }
      case 'FinalizeCacheEntryUpload': {
        const e = entries.find(
          (x) =>
            !x.finalized && x.key === key && x.version === version && x.scope === writable?.scope
        )
        if (!e) return { status: 404, body: twirpError(404, 'no cache entry is being uploaded') }
        if (!e.blob || String(e.blob.length) !== String(body.size_bytes ?? ''))
          return {
            status: 200,
            body: { ok: false, entry_id: '0', message: 'uploaded size differs from size_bytes' }
          }
        e.finalized = true
        return { status: 200, body: { ok: true, entry_id: String(e.id), message: '' } }
      }
      default:
        return { status: 404, body: twirpError(404, `unknown method ${route}`) }
    }
  }

  const lookup = (
    scopes: TokenScope[],
    key: string,
    restoreKeys: string[],
    version: string
  ): CacheEntry | undefined => {
    const newest = (match: (e: CacheEntry) => boolean, scope: string): CacheEntry | undefined =>
      entries
        .filter((e) => e.finalized && e.version === version && e.scope === scope && match(e))
        .sort((a, b) => b.createdAt - a.createdAt)[0]
    for (const { scope } of scopes) {
      const hit =
        newest((e) => e.key === key, scope) ??
        [key, ...restoreKeys].reduce<CacheEntry | undefined>(
          (found, prefix) => found ?? newest((e) => e.key.startsWith(prefix), scope),
          undefined
        )
      if (hit) return hit
    }
    return undefined
  }

  const blob = (
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    method: string,
    raw: Buffer,
    rec: RecordedRequest
  ): void => {
    const reply = (status: number, body?: Buffer, headers: Record<string, string> = {}): void => {
      rec.status = status
      res.writeHead(status, {
        'x-ms-request-id': randomBytes(8).toString('hex'),
        'x-ms-version': '2024-08-04',
        etag: `"0x${randomBytes(6).toString('hex')}"`,
        'last-modified': new Date(clock).toUTCString(),
        ...headers
      })
      res.end(body)
    }
    const m = new RegExp(`^/${ACCOUNT}/${CONTAINER}/(\\d+)$`).exec(url.pathname)
    const e = m ? entries.find((x) => x.id === Number(m[1])) : undefined
    if (!e || url.searchParams.get('sig') !== e.sig)
      return reply(403, Buffer.from('AuthenticationFailed'))
    if (method === 'PUT') {
      const comp = url.searchParams.get('comp')
      if (e.finalized) return reply(409, Buffer.from('BlobImmutable'))
      if (comp === 'block') {
        e.blocks.set(url.searchParams.get('blockid') ?? '', raw)
        return reply(201, undefined, { 'content-length': '0' })
      }
      if (comp === 'blocklist') {
        const ids = [
          ...raw.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)
        ]
        const parts = ids.map((x) => e.blocks.get(x[1] ?? ''))
        if (parts.some((p) => p === undefined)) return reply(400, Buffer.from('InvalidBlockList'))
        e.blob = Buffer.concat(parts as Buffer[])
        e.blocks.clear()
        return reply(201, undefined, { 'content-length': '0' })
      }
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob')
        return reply(400, Buffer.from('MissingBlobType'))
      e.blob = raw
      return reply(201, undefined, { 'content-length': '0' })
    }
    if (!e.finalized || !e.blob) return reply(404, Buffer.from('BlobNotFound'))
    const range = /^bytes=(\d+)-(\d*)$/.exec(
      String(req.headers.range ?? req.headers['x-ms-range'] ?? '')
    )
    if (range) {
      const start = Number(range[1])
      const end = Math.min(range[2] ? Number(range[2]) : e.blob.length - 1, e.blob.length - 1)
      const part = e.blob.subarray(start, end + 1)
      return reply(206, method === 'HEAD' ? undefined : part, {
        'content-length': String(part.length),
        'content-range': `bytes ${start}-${end}/${e.blob.length}`
      })
    }
    reply(200, method === 'HEAD' ? undefined : e.blob, {
      'content-length': String(e.blob.length),
      'content-type': 'application/octet-stream'
    })
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = (): string => `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url: `${base()}/`,
    entries,
    requests,
    token: (scopes) => makeToken(scopes),
    env: (token) => ({
      ACTIONS_CACHE_SERVICE_V2: 'True',
      ACTIONS_RESULTS_URL: `${base()}/`,
      ACTIONS_RUNTIME_TOKEN: token,
      GITHUB_SERVER_URL: 'https://github.com'
    }),
    seed: ({ key, version, scope, blob: data, createdAt }) => {
      const e: CacheEntry = {
        id: nextId++,
        key,
        version,
        scope,
        createdAt: createdAt ?? tick(),
        finalized: true,
        blob: data,
        blocks: new Map(),
        sig: randomBytes(12).toString('hex')
      }
      entries.push(e)
      return e
    },
    fail: (f) => failures.push({ ...f, times: f.times ?? 1 }),
    hang: (route) => hangs.add(route),
    held: () => held.length,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((err) => (err ? reject(err) : resolve()))
      })
  }
}

/** A JWT-shaped runtime token whose `ac` claim lists the scopes like the runner's does. */
function makeToken(scopes: TokenScope[]): string {
  const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url')
  const ac = scopes.map((s) => ({
    Scope: s.scope,
    Permission: (s.read === false ? 0 : 1) | (s.write ? 2 : 0)
  }))
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ac: JSON.stringify(ac) })}.`
}

function tokenScopes(authorization: string | undefined): TokenScope[] | undefined {
  const token = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1]
  const payload = token?.split('.')[1]
  if (!payload) return undefined
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { ac?: string }
    const ac = JSON.parse(claims.ac ?? '[]') as Array<{ Scope: string; Permission: number }>
    return ac.map((s) => ({
      scope: s.Scope,
      read: (s.Permission & 1) !== 0,
      write: (s.Permission & 2) !== 0
    }))
  } catch {
    return undefined
  }
}

function twirpError(status: number, msg: string): object {
  return { code: TWIRP_CODES[status] ?? 'unknown', msg }
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string>
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function parseJson(raw: Buffer): Record<string, unknown> | undefined {
  try {
    return JSON.parse(raw.toString('utf8')) as Record<string, unknown>
  } catch {
    return undefined
  }
}
