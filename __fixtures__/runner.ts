/**
 * Runs the bundled action the way a GitHub runner does: `node dist/<entry>.js` with INPUT_*
 * variables, GITHUB_WORKSPACE, GITHUB_EVENT_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_STATE
 * and RUNNER_TEMP; then parses what it printed and wrote.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { findOnPath } from '../src/facts/go.js'

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const GO = findOnPath('go', process.env)
if (!GO) throw new Error('the tests need a go binary on PATH')
/** The directory of the real go binary the tests run. */
export const GO_BIN_DIR = path.dirname(GO)

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

export interface RunResult {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  state: Record<string, string>
  commands: WorkflowCommand[]
}

/**
 * The inputs as the runner passes them: action.yml's defaults for every input not given
 * (`${{ github.token }}` becomes a test token, `${{ toJSON(matrix) }}` `null`), then the given ones.
 */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const action = parse(readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const values: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) {
    const dflt = String(spec.default ?? '')
    // outside a matrix, `toJSON(matrix)` is `null`
    values[name] = dflt.includes('toJSON(matrix)')
      ? 'null'
      : dflt.includes('${{')
        ? 'ghs_test_token'
        : dflt
  }
  Object.assign(values, inputs)
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])
  )
}

/** A clean Go environment for tests: temp HOME/GOCACHE/GOENV, no inherited GOFLAGS or GOTOOLCHAIN. */
export function cleanGoEnv(
  tmp: string,
  extra: Record<string, string> = {}
): Record<string, string> {
  return {
    PATH: `${GO_BIN_DIR}:/usr/bin:/bin`,
    HOME: path.join(tmp, 'home'),
    GOENV: path.join(tmp, 'home', 'goenv'),
    GOCACHE: path.join(tmp, 'gocache'),
    GOMODCACHE: path.join(tmp, 'gomodcache'),
    GOPATH: path.join(tmp, 'gopath'),
    GOTOOLCHAIN: 'local',
    GOFLAGS: '',
    GOTELEMETRY: 'off',
    ...extra
  }
}

/**
 * The workflow commands the runner would execute in `stdout`, parsed and un-escaped as it does:
 * any line whose first non-blank characters are `::`, except inside a
 * `::stop-commands::TOKEN` … `::TOKEN::` block.
 */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = []
  let stopToken: string | undefined
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trimStart()
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined
      continue
    }
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m) continue
    if (m[1] === 'stop-commands') {
      stopToken = m[3]
      continue
    }
    const properties: Record<string, string> = {}
    for (const part of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = part.indexOf('=')
      properties[part.slice(0, eq)] = unescapeProperty(part.slice(eq + 1))
    }
    out.push({ command: m[1] ?? '', properties, message: unescapeData(m[3] ?? '') })
  }
  return out
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(s: string): string {
  return unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','))
}

/** Parses the GITHUB_OUTPUT / GITHUB_STATE file format (`name<<delimiter` … `delimiter`). */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? '')
    out[m[1] ?? ''] = value.join('\n')
  }
  return out
}

export async function runAction(opts: {
  entry?: 'index' | 'post'
  workspace: string
  inputs?: Record<string, string>
  env: Record<string, string>
  event?: object
  eventName?: string
  apiUrl?: string
  state?: Record<string, string>
}): Promise<RunResult> {
  const runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'gbg-runner-'))
  const files = {
    output: path.join(runnerTemp, 'output'),
    summary: path.join(runnerTemp, 'summary.md'),
    state: path.join(runnerTemp, 'state'),
    event: path.join(runnerTemp, 'event.json')
  }
  for (const f of [files.output, files.summary, files.state]) writeFileSync(f, '')
  writeFileSync(files.event, JSON.stringify(opts.event ?? {}))
  const env: Record<string, string> = {
    ...opts.env,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: opts.eventName ?? 'pull_request',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_REPOSITORY: 'octo/hello',
    GITHUB_JOB: 'gate',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_API_URL: opts.apiUrl ?? 'http://127.0.0.1:9',
    ...Object.fromEntries(Object.entries(opts.state ?? {}).map(([k, v]) => [`STATE_${k}`, v])),
    ...inputEnv(opts.inputs ?? {})
  }
  const entry = path.join(REPO, 'dist', `${opts.entry ?? 'index'}.js`)
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build`)
  const { code, stdout, stderr } = await spawnNode([entry], opts.workspace, env)
  return {
    code,
    stdout,
    stderr,
    outputs: parseFileCommands(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    state: parseFileCommands(readFileSync(files.state, 'utf8')),
    commands: parseCommands(stdout)
  }
}

/** Runs `node dist/cli.js ARGS` with the same Node that runs the tests. */
export function runCli(args: string[], cwd: string, env: Record<string, string>) {
  return spawnNode([path.join(REPO, 'dist', 'cli.js'), ...args], cwd, env)
}

function spawnNode(
  args: string[],
  cwd: string,
  env: Record<string, string>
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
  })
}
