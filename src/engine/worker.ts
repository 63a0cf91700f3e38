// The engine worker (bundled to dist/worker.js): runs one request at a time from EngineClient over
// `protocol.ts`, reporting progress and the memory estimate, honouring `cancel` between chunks, and
// answering every request with exactly one `initialized` / `exported` / `error` message. Started with
// workerData.role = 'fill' it is a generation helper for src/engine/pool.ts instead.

import { parentPort, workerData } from 'worker_threads';
import { Engine, EngineError } from './engine';
import { serveFillTasks } from './pool';
import type { HostToWorker, WorkerToHost } from './protocol';

const port = parentPort;
if (!port) throw new Error('worker.ts must run in a worker thread');
const isFillHelper = (workerData as { role?: string } | null)?.role === 'fill';
if (isFillHelper) {
  // A generation helper (src/engine/pool.ts): fills ranges of shared tensors, nothing else.
  serveFillTasks(port);
}

const engine = new Engine();
const controllers = new Map<number, AbortController>();
let queue: Promise<void> = Promise.resolve();

function post(m: WorkerToHost): void {
  port!.postMessage(m);
}

async function handle(msg: Exclude<HostToWorker, { type: 'cancel' } | { type: 'debug' }>, signal: AbortSignal): Promise<void> {
  const hooks = {
    signal,
    onProgress: (p: { done: number; total: number; name: string }) => post({ type: 'progress', id: msg.id, ...p }),
    onEstimate: (estimate: import('./engine').Estimate) => post({ type: 'estimate', id: msg.id, estimate }),
  };
  try {
    if (signal.aborted) throw new EngineError('cancelled', 'cancelled');
    if (msg.type === 'initialize') {
      const result = await engine.initialize(msg.variables, msg.options, hooks);
      post({ type: 'initialized', id: msg.id, result });
    } else {
      const r = await engine.exportValues(msg.variables, msg.options, msg.format, msg.outFile, hooks);
      post({ type: 'exported', id: msg.id, ...r });
    }
  } catch (e) {
    if (e instanceof EngineError) post({ type: 'error', id: msg.id, code: e.code, message: e.message });
    else if (e instanceof RangeError && /Array buffer allocation|Invalid typed array length|out of memory/i.test(e.message)) {
      post({ type: 'error', id: msg.id, code: 'too-large', message: `out of memory while materializing: ${e.message}` });
    } else post({ type: 'error', id: msg.id, code: 'internal', message: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
  }
}

if (!isFillHelper) port.on('message', (msg: HostToWorker) => {
  switch (msg.type) {
    case 'cancel':
      controllers.get(msg.id)?.abort();
      return;
    case 'debug':
      if (msg.action === 'exit') process.exit(7);
      if (msg.action === 'throw-async') setImmediate(() => { throw new Error('engine worker: deliberate crash (debug)'); });
      // 'hang': never answers (tests the host's cancellation/dispose paths)
      return;
    default: {
      const ac = new AbortController();
      controllers.set(msg.id, ac);
      queue = queue.then(() => handle(msg, ac.signal)).finally(() => controllers.delete(msg.id));
    }
  }
});
