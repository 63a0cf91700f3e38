// EngineClient: the host-side handle on the engine worker (dist/worker.js next to the bundle). Never
// runs engine work on the caller's thread; a crashed or exited worker rejects the requests in flight
// with EngineError('crashed') and is replaced on the next request. Cancellation via AbortSignal.

import * as path from 'path';
import { Worker } from 'worker_threads';
import type { VariableInfo } from '../core/model';
import type { Estimate } from './engine';
import { EngineError } from './errors';
import type { ExportFormat } from './export';
import type { HostToWorker, WorkerToHost } from './protocol';
import type { EngineHooks, EngineOptions, InitResult } from './types';

export { EngineError };

export interface ClientHooks extends EngineHooks {
  onEstimate?(e: Estimate): void;
}

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
  hooks: ClientHooks;
  cleanup(): void;
}

export class EngineClient {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private disposed = false;
  private readonly workerPath: string;
  /** How many workers this client has started (a crash makes the next request start a new one). */
  workersStarted = 0;

  constructor(options?: { workerPath?: string }) {
    this.workerPath = options?.workerPath ?? path.join(__dirname, 'worker.js');
  }

  private ensureWorker(): Worker {
    if (this.disposed) throw new EngineError('cancelled', 'engine client disposed');
    if (this.worker) return this.worker;
    const w = new Worker(this.workerPath);
    this.workersStarted++;
    w.on('message', (m: WorkerToHost) => this.onMessage(m));
    w.on('error', (err) => this.onCrash(w, `engine worker crashed: ${err instanceof Error ? err.message : String(err)}`));
    w.on('exit', (code) => this.onCrash(w, `engine worker exited unexpectedly (code ${code})`));
    w.unref();
    this.worker = w;
    return w;
  }

  private onCrash(w: Worker, message: string): void {
    if (this.worker !== w) return;
    this.worker = undefined;
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      p.cleanup();
      p.reject(new EngineError(this.disposed ? 'cancelled' : 'crashed', this.disposed ? 'engine client disposed' : message));
    }
  }

  private onMessage(m: WorkerToHost): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    switch (m.type) {
      case 'progress':
        p.hooks.onProgress?.({ done: m.done, total: m.total, name: m.name });
        return;
      case 'estimate':
        p.hooks.onEstimate?.(m.estimate);
        return;
      case 'initialized':
        this.finish(m.id, p);
        p.resolve(m.result);
        return;
      case 'exported':
        this.finish(m.id, p);
        p.resolve({ file: m.file, bytes: m.bytes, skipped: m.skipped, notes: m.notes });
        return;
      case 'error':
        this.finish(m.id, p);
        p.reject(new EngineError(m.code, m.message));
        return;
    }
  }

  private finish(id: number, p: Pending): void {
    this.pending.delete(id);
    p.cleanup();
  }

  private request<T>(build: (id: number) => HostToWorker, hooks: ClientHooks = {}): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (hooks.signal?.aborted) {
        reject(new EngineError('cancelled', 'cancelled'));
        return;
      }
      let w: Worker;
      try {
        w = this.ensureWorker();
      } catch (e) {
        reject(e as Error);
        return;
      }
      const id = this.nextId++;
      const onAbort = (): void => {
        this.worker?.postMessage({ type: 'cancel', id } satisfies HostToWorker);
      };
      hooks.signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        resolve: resolve as (v: unknown) => void,
        reject,
        hooks,
        cleanup: () => hooks.signal?.removeEventListener('abort', onAbort),
      });
      w.ref();
      w.postMessage(build(id));
    }).finally(() => {
      if (this.pending.size === 0) this.worker?.unref();
    });
  }

  /** Materializes and summarizes `variables` in the worker. */
  initialize(variables: VariableInfo[], options: EngineOptions, hooks?: ClientHooks): Promise<InitResult> {
    return this.request<InitResult>((id) => ({ type: 'initialize', id, variables, options }), hooks);
  }

  /** Writes the variables' initial values to `outFile` as .npz or .safetensors. */
  exportValues(variables: VariableInfo[], options: EngineOptions, format: ExportFormat, outFile: string, hooks?: ClientHooks): Promise<{ file: string; bytes: number; skipped?: { name: string; reason: string }[]; notes?: string[] }> {
    return this.request((id) => ({ type: 'export', id, variables, options, format, outFile: path.resolve(outFile) }), hooks);
  }

  /** Test hook: makes the worker crash ('throw-async', 'exit') or stop answering ('hang'). */
  debug(action: 'throw-async' | 'exit' | 'hang'): Promise<never> {
    return this.request<never>((id) => ({ type: 'debug', id, action }));
  }

  /** Terminates the worker; requests in flight reject with EngineError('cancelled'). */
  dispose(): void {
    this.disposed = true;
    const w = this.worker;
    if (w) {
      void w.terminate();
      this.onCrash(w, 'engine client disposed');
    }
  }
}
