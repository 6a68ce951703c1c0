import { describe, expect, it } from '@jest/globals'
import { decideSave } from '../../src/actions-cache/trust.js'

const repo = { default_branch: 'main', full_name: 'octo/hello' }
const pr = (headRepo: string, fork: boolean) => ({
  repository: repo,
  pull_request: {
    head: { repo: { full_name: headRepo, fork } },
    base: { repo: { full_name: 'octo/hello' } }
  }
})

describe('decideSave', () => {
  it('saves a push to the default branch under every policy but never', () => {
    const ctx = { eventName: 'push', ref: 'refs/heads/main', event: { repository: repo } }
    expect(decideSave('default-branch', ctx).save).toBe(true)
    expect(decideSave('trusted', ctx).save).toBe(true)
    expect(decideSave('never', ctx)).toEqual({ save: false, reason: 'cache-save is never' })
  })

  it('saves other branches only with trusted', () => {
    const ctx = { eventName: 'push', ref: 'refs/heads/feature', event: { repository: repo } }
    expect(decideSave('default-branch', ctx)).toEqual({
      save: false,
      reason: 'refs/heads/feature is not the default branch main (cache-save: default-branch)'
    })
    expect(decideSave('trusted', ctx).save).toBe(true)
  })

  it('never saves a pull request from a fork, by fork flag or by repository name', () => {
    for (const event of [pr('mallory/hello', true), pr('mallory/hello', false)]) {
      const d = decideSave('trusted', {
        eventName: 'pull_request',
        ref: 'refs/pull/1/merge',
        event
      })
      expect(d).toEqual({
        save: false,
        reason: 'a pull request from a fork never writes the cache'
      })
    }
    const same = decideSave('trusted', {
      eventName: 'pull_request',
      ref: 'refs/pull/1/merge',
      event: pr('octo/hello', false)
    })
    expect(same.save).toBe(true)
  })

  it('never saves pull_request_target, workflow_run or issue_comment runs, even on the default branch', () => {
    for (const eventName of ['pull_request_target', 'workflow_run', 'issue_comment']) {
      const d = decideSave('trusted', {
        eventName,
        ref: 'refs/heads/main',
        event: pr('octo/hello', false)
      })
      expect(d.save).toBe(false)
      expect(d.reason).toContain(`a ${eventName} run is not trusted`)
    }
  })

  it('treats a schedule as the default branch, and refuses when the default branch is unknown', () => {
    expect(
      decideSave('default-branch', { eventName: 'schedule', ref: 'refs/heads/x', event: {} }).save
    ).toBe(true)
    expect(
      decideSave('default-branch', {
        eventName: 'workflow_dispatch',
        ref: 'refs/heads/main',
        event: {}
      })
    ).toEqual({
      save: false,
      reason: 'the event does not name the default branch (cache-save: default-branch)'
    })
  })
})
