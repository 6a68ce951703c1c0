import type { CacheProgress } from './types.js'

/** Throttles progress reports for one phase: at most one every `intervalMs`, plus a final one. */
export class ProgressMeter {
  private readonly start = Date.now()
  private last = 0
  done = 0
  bytesDone = 0
  private fraction: number | undefined

  constructor(
    private readonly phase: CacheProgress['phase'],
    private readonly onProgress: ((p: CacheProgress) => void) | undefined,
    private readonly totals: { total?: number; bytesTotal?: number } = {},
    private readonly intervalMs = 200
  ) {}

  /** Records `files` more files and `bytes` more bytes done; reports when the interval passed. */
  add(files: number, bytes: number): void {
    this.set(this.done + files, this.bytesDone + bytes)
  }

  /** Records the totals done so far (and the share of the work, when totals are unknown). */
  set(done: number, bytesDone: number, fraction?: number): void {
    this.done = done
    this.bytesDone = bytesDone
    this.fraction = fraction
    if (!this.onProgress) return
    const now = Date.now()
    if (now - this.last >= this.intervalMs) {
      this.last = now
      this.onProgress(this.snapshot(now))
    }
  }

  /** The final report of the phase. */
  finish(): void {
    this.onProgress?.(this.snapshot(Date.now()))
  }

  private snapshot(now: number): CacheProgress {
    const elapsedMs = now - this.start
    return {
      phase: this.phase,
      done: this.done,
      total: this.totals.total,
      bytesDone: this.bytesDone,
      bytesTotal: this.totals.bytesTotal,
      ...(this.fraction === undefined ? {} : { fraction: this.fraction }),
      elapsedMs,
      rate: elapsedMs > 0 ? Math.round((this.bytesDone * 1000) / elapsedMs) : 0
    }
  }
}
