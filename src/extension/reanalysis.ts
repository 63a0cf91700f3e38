// When re-analysis runs after edits (pure: timers injected, no `vscode` import). A change is analysed on the
// next macrotask (which coalesces the change events of one edit) as long as re-analysis has used less than
// half of the extension host's thread lately: a token bucket allows bursts of up to BURST_MS of analysis at
// once and then holds sustained typing to 50 %, so a slow program never monopolizes the host.

export interface Timers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const REAL_TIMERS: Timers = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface SchedulerLimits {
  /** Share of wall time re-analysis may use on average (credit accrues at this many ms per ms). */
  rate: number;
  /** Credit (ms of analysis) that may be spent at once after a quiet period. */
  burstMs: number;
  /** Longest wait ever imposed after a slow run. */
  maxDelayMs: number;
}

export const DEFAULT_LIMITS: SchedulerLimits = { rate: 0.5, burstMs: 100, maxDelayMs: 1000 };

export class ReanalysisScheduler {
  private timer: unknown;
  private credit: number;
  private creditAt: number;

  constructor(private readonly run: () => void, private readonly timers: Timers = REAL_TIMERS, private readonly limits: SchedulerLimits = DEFAULT_LIMITS) {
    this.credit = limits.burstMs;
    this.creditAt = timers.now();
  }

  private creditAtTime(t: number): number {
    return Math.min(this.limits.burstMs, this.credit + Math.max(0, t - this.creditAt) * this.limits.rate);
  }

  /** Something changed: make sure a run is scheduled (as soon as the credit allows; never twice). */
  request(): void {
    if (this.timer !== undefined) return;
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, this.delay());
  }

  /** Milliseconds a request made now would wait. */
  delay(): number {
    const c = this.creditAtTime(this.timers.now());
    return c >= 0 ? 0 : Math.min(this.limits.maxDelayMs, -c / this.limits.rate);
  }

  /** A run kept the thread busy from `start` to `end` (the clock's milliseconds): charge it. */
  ran(start: number, end: number): void {
    const c = this.creditAtTime(end) - Math.max(0, end - start);
    this.credit = Math.max(-this.limits.maxDelayMs * this.limits.rate, c);
    this.creditAt = end;
  }

  get scheduled(): boolean {
    return this.timer !== undefined;
  }

  /** Drops the scheduled run (the caller runs now instead). */
  cancel(): void {
    if (this.timer === undefined) return;
    this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
