// Unit tests of the re-analysis pacing (src/extension/reanalysis.ts) on a fake clock: a change after a quiet
// period runs on the next macrotask, requests never stack, bursts are free up to the credit, and sustained
// back-to-back runs are held to the configured share of the thread.
import * as assert from 'assert';
import { ReanalysisScheduler, type SchedulerLimits, type Timers } from '../../src/extension/reanalysis';

class FakeTimers implements Timers {
  t = 0;
  private queue: { at: number; fn: () => void; id: number }[] = [];
  private next = 1;
  delays: number[] = [];
  now(): number { return this.t; }
  setTimeout(fn: () => void, ms: number): unknown {
    this.delays.push(ms);
    const id = this.next++;
    this.queue.push({ at: this.t + ms, fn, id });
    return id;
  }
  clearTimeout(h: unknown): void { this.queue = this.queue.filter((q) => q.id !== h); }
  get pending(): number { return this.queue.length; }
  /** Advances to the earliest timer and runs it. */
  fire(): void {
    this.queue.sort((a, b) => a.at - b.at);
    const q = this.queue.shift();
    if (!q) throw new Error('no timer');
    this.t = Math.max(this.t, q.at);
    q.fn();
  }
}

const LIMITS: SchedulerLimits = { rate: 0.5, burstMs: 100, maxDelayMs: 1000 };

describe('re-analysis scheduler', () => {
  it('runs a change after a quiet period on the next macrotask, once for many requests', () => {
    const clock = new FakeTimers();
    let runs = 0;
    const s = new ReanalysisScheduler(() => runs++, clock, LIMITS);
    s.request();
    s.request();
    s.request();
    assert.deepStrictEqual(clock.delays, [0]);
    assert.ok(s.scheduled);
    clock.fire();
    assert.strictEqual(runs, 1);
    assert.ok(!s.scheduled);
  });

  it('lets a burst of short runs through at once, then holds sustained runs to the rate', () => {
    const clock = new FakeTimers();
    const cost = 25;
    let busy = 0;
    const s = new ReanalysisScheduler(() => {
      const start = clock.t;
      clock.t += cost; // the run blocks the thread
      busy += cost;
      s.ran(start, clock.t);
    }, clock, LIMITS);
    // A change arrives 5 ms after each run ends (the fastest possible typing against a 25 ms analysis).
    const delays: number[] = [];
    for (let i = 0; i < 200; i++) {
      clock.t += 5;
      s.request();
      delays.push(clock.delays.at(-1)!);
      clock.fire();
    }
    // The credit (100 ms) covers the first runs without any wait.
    assert.deepStrictEqual(delays.slice(0, 5), [0, 0, 0, 0, 0]);
    // Sustained: the thread spends at most about half its time re-analysing.
    const share = busy / clock.t;
    assert.ok(share <= 0.5 + 100 / clock.t + 1e-9, `share ${share}`);
    assert.ok(share > 0.45, `share ${share}`);
    assert.ok(delays.at(-1)! > 0 && delays.at(-1)! <= cost);
  });

  it('never waits after runs spaced like typing', () => {
    const clock = new FakeTimers();
    const s = new ReanalysisScheduler(() => {
      const start = clock.t;
      clock.t += 25;
      s.ran(start, clock.t);
    }, clock, LIMITS);
    for (let i = 0; i < 100; i++) {
      clock.t += 150; // a keystroke every ~175 ms
      s.request();
      clock.fire();
    }
    assert.ok(clock.delays.every((d) => d === 0));
  });

  it('waits after a slow run about as long as it took beyond the credit, at most maxDelayMs', () => {
    const clock = new FakeTimers();
    const s = new ReanalysisScheduler(() => undefined, clock, LIMITS);
    s.ran(0, 300); // credit at the end: min(100, 100 + 150) - 300 = -200 -> 400 ms at rate 0.5
    clock.t = 300;
    assert.strictEqual(s.delay(), 400);
    clock.t = 500;
    assert.strictEqual(s.delay(), 200);
    s.ran(500, 10_500);
    clock.t = 10_500;
    assert.strictEqual(s.delay(), 1000);
  });

  it('cancel drops the scheduled run', () => {
    const clock = new FakeTimers();
    let runs = 0;
    const s = new ReanalysisScheduler(() => runs++, clock, LIMITS);
    s.request();
    s.cancel();
    assert.strictEqual(clock.pending, 0);
    assert.ok(!s.scheduled);
    s.request();
    clock.fire();
    assert.strictEqual(runs, 1);
  });
});
