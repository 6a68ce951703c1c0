/**
 * A small stand-in for the parts of the GitHub REST API the gate uses, on 127.0.0.1 with a random
 * port: list issue comments (with GitHub's `Link` pagination), create, update and delete a comment, and
 * tell who a token is (`GET /user`, GraphQL `viewer`). Tokens starting with `ghs_` behave like
 * installation tokens (the Actions GITHUB_TOKEN): `GET /user` answers 403 and GraphQL names
 * `github-actions[bot]`; other tokens belong to the user `token-owner` unless `users` says
 * otherwise. Comments are authored by the token's account. Failures are scriptable (GitHub's error
 * JSON for 403, N x 5xx then success, or accepting a request and never answering), and every
 * request is recorded. Point `GITHUB_API_URL` (or Octokit's `baseUrl`) at `url`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ApiComment {
  id: number
  issue: number
  body: string
  user: { login: string; type: 'Bot' | 'User' }
  created_at: string
  updated_at: string
}

export interface RecordedRequest {
  method: string
  /** Path without the query string, e.g. `/repos/o/r/issues/1/comments`. */
  path: string
  query: Record<string, string>
  authorization?: string
  body?: unknown
}

export interface ScriptedFailure {
  /** Matches requests with this method (any when omitted). */
  method?: string
  /** Matches paths containing this string or matching this pattern (any when omitted). */
  path?: string | RegExp
  status: number
  /** How many matching requests fail before the API answers normally again. */
  times: number
  /** Response body; GitHub's error JSON for the status when omitted. */
  body?: unknown
}

export interface GitHubApiState {
  comments: ApiComment[]
  requests: RecordedRequest[]
  failures: ScriptedFailure[]
  /** Tokens that may read but not write (like a fork pull request's GITHUB_TOKEN): writes get 403. */
  readOnlyTokens: Set<string>
  /** The account of a token (a user for `GET /user`, or an app's bot for an installation token). */
  users: Map<string, ApiUser>
  /** Requests matching one of these are accepted and never answered. */
  hangs: Array<{ method?: string; path?: string | RegExp }>
}

export interface ApiUser {
  login: string
  type: 'Bot' | 'User'
}

export interface GitHubApi {
  /** Base URL, e.g. `http://127.0.0.1:40123`. */
  url: string
  state: GitHubApiState
  /** Adds a comment as if someone had posted it earlier. */
  addComment(issue: number, body: string, login?: string): ApiComment
  /** Makes the next `times` matching requests fail with `status`. */
  fail(failure: Omit<ScriptedFailure, 'times'> & { times?: number }): void
  /** Makes every matching request (all when no filter) hang: accepted, never answered. */
  hang(filter?: { method?: string; path?: string | RegExp }): void
  close(): Promise<void>
}

/** GitHub's limit on a comment body, in characters. */
export const MAX_COMMENT_BODY = 65536
const DEFAULT_PER_PAGE = 30
const MAX_PER_PAGE = 100
const BOT = { login: 'github-actions[bot]', type: 'Bot' as const }

const LIST = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/
const ONE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/

const MESSAGES: Record<number, string> = {
  401: 'Bad credentials',
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  500: 'Internal Server Error',
  502: 'Server Error',
  503: 'Service Unavailable'
}

export async function startGitHubApi(): Promise<GitHubApi> {
  const state: GitHubApiState = {
    comments: [],
    requests: [],
    failures: [],
    readOnlyTokens: new Set(),
    users: new Map(),
    hangs: []
  }
  const identity = (token: string): ApiUser =>
    state.users.get(token) ??
    (token.startsWith('ghs_') ? BOT : { login: 'token-owner', type: 'User' as const })
  let nextId = 1000
  let clock = Date.parse('2026-01-01T00:00:00Z')
  const now = (): string => new Date((clock += 1000)).toISOString()

  const addComment = (issue: number, body: string, login?: string | ApiUser): ApiComment => {
    const t = now()
    const user = typeof login === 'string' ? { login, type: 'User' as const } : (login ?? BOT)
    const c: ApiComment = { id: nextId++, issue, body, user, created_at: t, updated_at: t }
    state.comments.push(c)
    return c
  }

  const server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const rec: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        authorization: req.headers.authorization
      }
      if (raw) rec.body = parseJson(raw)
      state.requests.push(rec)
      handle(rec, res, base())
    })
  })

  const matches = (f: { method?: string; path?: string | RegExp }, req: RecordedRequest): boolean =>
    (!f.method || f.method === req.method) &&
    (!f.path || (typeof f.path === 'string' ? req.path.includes(f.path) : f.path.test(req.path)))

  const handle = (req: RecordedRequest, res: ServerResponse, baseUrl: string): void => {
    if (state.hangs.some((h) => matches(h, req))) return // accepted, never answered
    const failure = state.failures.find((f) => f.times > 0 && matches(f, req))
    if (failure) {
      failure.times--
      return send(res, failure.status, failure.body ?? githubError(failure.status))
    }
    const token = req.authorization?.replace(/^(token|bearer)\s+/i, '')
    if (!token) return send(res, 401, githubError(401))
    const write = req.method !== 'GET'
    const me = identity(token)
    if (req.path === '/user' && req.method === 'GET') {
      if (me.type === 'Bot') return send(res, 403, githubError(403))
      return send(res, 200, { login: me.login, id: 1, type: me.type })
    }
    if (req.path === '/graphql' && req.method === 'POST') {
      const query = (req.body as { query?: unknown } | undefined)?.query
      if (typeof query !== 'string' || !/viewer\s*\{\s*login\s*\}/.test(query)) {
        return send(res, 200, {
          errors: [{ message: 'the fake API answers only viewer { login }' }]
        })
      }
      return send(res, 200, { data: { viewer: { login: me.login } } })
    }
    if (write && state.readOnlyTokens.has(token)) return send(res, 403, githubError(403))

    const list = LIST.exec(req.path)
    if (list && req.method === 'GET') return listComments(res, Number(list[3]), req, baseUrl)
    if (list && req.method === 'POST') {
      const body = commentBody(req.body)
      if (typeof body !== 'string') return send(res, 422, body)
      return send(res, 201, view(addComment(Number(list[3]), body, me), req.path))
    }
    const one = ONE.exec(req.path)
    const comment = one && state.comments.find((c) => c.id === Number(one[3]))
    if (one && comment && req.method === 'PATCH') {
      const body = commentBody(req.body)
      if (typeof body !== 'string') return send(res, 422, body)
      comment.body = body
      comment.updated_at = now()
      return send(res, 200, view(comment, req.path))
    }
    if (one && comment && req.method === 'GET') return send(res, 200, view(comment, req.path))
    if (one && comment && req.method === 'DELETE') {
      state.comments.splice(state.comments.indexOf(comment), 1)
      res.writeHead(204)
      return void res.end()
    }
    send(res, 404, githubError(404))
  }

  const listComments = (
    res: ServerResponse,
    issue: number,
    req: RecordedRequest,
    baseUrl: string
  ): void => {
    const perPage = Math.min(
      MAX_PER_PAGE,
      Math.max(1, Number(req.query.per_page) || DEFAULT_PER_PAGE)
    )
    const page = Math.max(1, Number(req.query.page) || 1)
    const all = state.comments.filter((c) => c.issue === issue)
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const link = (p: number, rel: string): string =>
      `<${baseUrl}${req.path}?per_page=${perPage}&page=${p}>; rel="${rel}"`
    const links: string[] = []
    if (page > 1) links.push(link(page - 1, 'prev'))
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
    if (page > 1) links.push(link(1, 'first'))
    const items = all.slice((page - 1) * perPage, page * perPage).map((c) => view(c, req.path))
    send(res, 200, items, links.length ? { link: links.join(', ') } : {})
  }

  const view = (c: ApiComment, path: string): object => {
    const [, owner, repo] = /^\/repos\/([^/]+)\/([^/]+)/.exec(path) ?? []
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      body: c.body,
      user: { ...c.user, id: c.user.type === 'Bot' ? 41898282 : 1 },
      created_at: c.created_at,
      updated_at: c.updated_at,
      html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${base()}/repos/${owner}/${repo}/issues/${c.issue}`,
      url: `${base()}/repos/${owner}/${repo}/issues/comments/${c.id}`
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = (): string => `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url: base(),
    state,
    addComment,
    fail: (f) => state.failures.push({ ...f, times: f.times ?? 1 }),
    hang: (filter = {}) => state.hangs.push(filter),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((err) => (err ? reject(err) : resolve()))
      })
  }
}

function commentBody(body: unknown): string | object {
  const text = (body as { body?: unknown } | undefined)?.body
  if (typeof text !== 'string' || text.length === 0) {
    return validationFailed('missing_field', 'body is missing')
  }
  // GitHub counts characters (code points), not UTF-16 units.
  if ([...text].length > MAX_COMMENT_BODY) {
    return validationFailed(
      'custom',
      `body is too long (maximum is ${MAX_COMMENT_BODY} characters)`
    )
  }
  return text
}

function validationFailed(code: string, message: string): object {
  return {
    message: 'Validation Failed',
    errors: [{ resource: 'IssueComment', code, field: 'body', message }],
    documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
    status: '422'
  }
}

function githubError(status: number): object {
  return {
    message: MESSAGES[status] ?? 'Error',
    documentation_url: 'https://docs.github.com/rest/issues/comments',
    status: String(status)
  }
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    return raw
  }
}
