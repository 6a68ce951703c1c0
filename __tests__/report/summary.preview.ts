/**
 * Writes the job summary and the PR comment of typical runs as HTML pages, rendered with
 * markdown-it, for a look in a browser (e.g. headless Chromium at 1,000 px):
 * `GBG_PREVIEW_DIR=/tmp/preview npm run preview`. Not part of `npm test` (a page generator, not a
 * test); GBG_PREVIEW_DIR names the output directory; GBG_PREVIEW_CSS may name a stylesheet to link
 * (github-markdown-css). Nothing is asserted here: the structure is tested in summary.test.ts and
 * comment.test.ts.
 */
import { describe, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { finding, gateReport, manyFindings } from '../../__fixtures__/gate-report.js'
import { renderMarkdown } from '../../__fixtures__/markdown.js'
import type { CacheFacts } from '../../src/gocache/types.js'
import { renderComment } from '../../src/report/comment.js'
import { renderSummary } from '../../src/report/summary.js'

const OUT = process.env.GBG_PREVIEW_DIR
const CSS = process.env.GBG_PREVIEW_CSS

const SHA = '3f6c2a9e8d7b6a5f4e3d2c1b0a99887766554433'
const LINKS = { serverUrl: 'https://github.com', repository: 'acme/payments', sha: SHA }

const CACHE: CacheFacts = {
  root: '/home/runner/.cache/go-build',
  verify: 'quick',
  scannedAt: 0,
  durationMs: 812,
  stats: {
    entries: 18234,
    outputs: 18190,
    orphanOutputs: 12,
    bytes: 1.7 * 1024 ** 3,
    fuzzFiles: 0,
    fuzzBytes: 0,
    ages: { day: 9000, week: 8000, older: 1234 }
  },
  trim: { state: 'fresh', lastTrim: 1764700000, ageSeconds: 3600 },
  problems: [],
  maxAgeSeconds: 432000,
  bytesAfter: 1.7 * 1024 ** 3,
  staleAfter: 1234
}

const FAILING = gateReport(
  [
    finding({
      message:
        'GOFLAGS contains -mod=mod: go may rewrite go.mod and go.sum during the build instead of failing on drift.',
      location: { file: '.github/workflows/ci.yml', line: 14, column: 7 },
      fix: 'Remove -mod=mod from GOFLAGS (`go env -u GOFLAGS` or the workflow env); run `go mod tidy` locally and commit the result.',
      rule: 'GBG102'
    }),
    finding({
      message: 'GOSUMDB is off, checksum verification is disabled.',
      location: { file: '.github/go-baseline.yml', line: 6, column: 3 },
      fix: 'go env -u GOSUMDB'
    }),
    finding({
      rule: 'GBG201',
      severity: 'warning',
      message: 'go.mod asks for toolchain go1.26.9; the baseline pins go1.26.8.',
      location: { file: 'services/ledger/go.mod', line: 5, column: 1 },
      fix: 'Add or change it with `go mod edit -toolchain=goX.Y.Z`, remove it with `go mod edit -toolchain=none`, or update the baseline.'
    }),
    finding({
      rule: 'GBG301',
      severity: 'notice',
      message:
        'A build cache entry is malformed: /home/runner/.cache/go-build/ab/abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789-a is 12 bytes, not 175.',
      location: {
        file: '/home/runner/.cache/go-build/ab/abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789-a'
      },
      fix: 'go-baseline-gate cache prune --mode corrupt'
    })
  ],
  { cache: { ...CACHE, problems: [{ kind: 'action-malformed', path: '/x', detail: '12 bytes' }] } }
)

const PASSING = gateReport([], { cache: CACHE })

function page(title: string, markdown: string): string {
  const css = CSS ? `<link rel="stylesheet" href="file://${CSS}">` : ''
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${css}
<style>body{margin:0;background:#fff}.markdown-body{box-sizing:border-box;max-width:980px;margin:0 auto;padding:24px}</style>
</head><body><article class="markdown-body">${renderMarkdown(markdown)}</article></body></html>`
}

describe('preview', () => {
  it('writes summary and comment pages', () => {
    if (!OUT) throw new Error('set GBG_PREVIEW_DIR to the directory for the pages')
    const dir = OUT
    mkdirSync(dir, { recursive: true })
    const context = {
      repo: { owner: 'acme', repo: 'payments' },
      issueNumber: 42,
      workflow: 'CI',
      job: 'gate',
      matrix: '{"go":"1.26","os":"ubuntu-latest"}',
      dir: 'services/ledger',
      runUrl: 'https://github.com/acme/payments/actions/runs/123456789',
      links: LINKS
    }
    const pages: Record<string, string> = {
      'summary-fail': renderSummary(FAILING, { links: LINKS, annotationsDropped: 0 }),
      'summary-pass': renderSummary(PASSING, { links: LINKS }),
      'summary-many': renderSummary(
        gateReport(
          manyFindings(
            30,
            (i) => `go.work uses ./missing${String(i).padStart(2, '0')}, which does not exist`
          )
        ),
        { links: LINKS, annotationsDropped: 20 }
      ),
      'comment-fail': renderComment(FAILING, context, { resolved: false }),
      'comment-resolved': renderComment(PASSING, context, { resolved: true })
    }
    for (const [name, md] of Object.entries(pages)) {
      writeFileSync(path.join(dir, `${name}.md`), md)
      writeFileSync(path.join(dir, `${name}.html`), page(name, md))
    }
  })
})
