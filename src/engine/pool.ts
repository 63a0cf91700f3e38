// Parallel generation: Philox is counter-based, so element ranges of one tensor are independent. A
// small pool of helper threads (fillWorker.js, else the engine worker file with workerData.role = 'fill') fills
// ranges of a SharedArrayBuffer-backed tensor while the calling thread fills its own range.
// Optional: without the helper file, without SharedArrayBuffer or on one core the caller does all.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { type MessagePort, Worker } from 'worker_threads';
import type { MinMax } from './distributions';
import { generateRange, type OpPlan } from './initializers';
import type { PhiloxState } from './philox';
import { type Partial, partialPass } from './summary';

export interface FillTask {
  plan: OpPlan;
  state: PhiloxState;
  buffer: SharedArrayBuffer;
  kind: 'f32' | 'i32';
  from: number;
  to: number;
}

/** A partial summary of a range of a shared tensor (moments and histogram over a known [mn, mx]). */
export interface SummaryTask {
  summarize: true;
  buffer: SharedArrayBuffer;
  kind: 'f32' | 'i32';
  from: number;
  to: number;
  bins: number;
  mn: number;
  mx: number;
}

type Reply = { id: number; minmax: MinMax } | { id: number; partial: Partial } | { id: number; error: string };

/** Runs one task in a helper thread (the message handler for workerData.role === 'fill'). */
export function runFillTask(task: FillTask | SummaryTask): MinMax | Partial {
  const view = task.kind === 'f32' ? new Float32Array(task.buffer) : new Int32Array(task.buffer);
  if ('summarize' in task) return partialPass(view, task.from, task.to, task.bins, task.mn, task.mx);
  return generateRange(task.plan, task.state, view, task.from, task.to);
}

/** A helper thread's side of the pool: answers each task on `port` with its result or its error (one reply each). */
export function serveFillTasks(port: MessagePort): void {
  port.on('message', (m: { id: number; task: FillTask | SummaryTask }) => {
    try {
      const r = runFillTask(m.task);
      port.postMessage(Array.isArray(r) ? { id: m.id, minmax: r } : { id: m.id, partial: r });
    } catch (e) {
      port.postMessage({ id: m.id, error: e instanceof Error ? e.message : String(e) });
    }
  });
}

export class FillPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, { resolve(m: MinMax | Partial): void; reject(e: Error): void }>();
  private nextId = 1;
  private rr = 0;

  constructor(private readonly file: string, readonly size: number) {}

  private worker(i: number): Worker {
    let w = this.workers[i];
    if (!w) {
      w = new Worker(this.file, { workerData: { role: 'fill' } });
      w.on('message', (m: Reply) => {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if ('error' in m) p.reject(new Error(m.error));
        else p.resolve('partial' in m ? m.partial : m.minmax);
        this.refresh();
      });
      const fail = (why: string): void => {
        this.workers[i] = undefined as unknown as Worker;
        for (const [id, p] of this.pending) {
          this.pending.delete(id);
          p.reject(new Error(`fill helper ${why}`));
        }
      };
      w.on('error', (e) => fail(`crashed: ${e instanceof Error ? e.message : String(e)}`));
      w.on('exit', (code) => fail(`exited (${code})`));
      w.unref();
      this.workers[i] = w;
    }
    return w;
  }

  private refresh(): void {
    for (const w of this.workers) if (w) (this.pending.size ? w.ref() : w.unref());
  }

  /** Starts the helper threads ahead of the first large tensor. */
  warm(): void {
    for (let i = 0; i < this.size; i++) this.worker(i);
  }

  run(task: FillTask): Promise<MinMax>;
  run(task: SummaryTask): Promise<Partial>;
  run(task: FillTask | SummaryTask): Promise<MinMax | Partial> {
    const w = this.worker(this.rr++ % this.size);
    const id = this.nextId++;
    return new Promise<MinMax | Partial>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.refresh();
      w.postMessage({ id, task });
    });
  }

  dispose(): void {
    for (const w of this.workers) if (w) void w.terminate();
    this.workers.length = 0;
  }
}

let shared: FillPool | null | undefined;

/** The helper script: fillWorker.js next to this module (dist/, out/src/engine/), else the engine worker. */
export function helperFile(): string | null {
  const env = process.env.TFSCOPE_FILL_WORKER;
  for (const f of [env, path.join(__dirname, 'fillWorker.js'), path.join(__dirname, 'worker.js')]) if (f && fs.existsSync(f)) return f;
  return null;
}

/** The process-wide pool, or null when parallel filling is unavailable or disabled (TFSCOPE_THREADS=1). */
export function fillPool(): FillPool | null {
  if (shared === undefined) {
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    const wanted = Number(process.env.TFSCOPE_THREADS ?? Math.min(cores, 4));
    const file = helperFile();
    shared = wanted > 1 && file && typeof SharedArrayBuffer === 'function' ? new FillPool(file, wanted - 1) : null;
  }
  return shared;
}
