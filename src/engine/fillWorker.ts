// A generation helper thread of src/engine/pool.ts on its own (bundled to dist/fillWorker.js): fills and
// summarizes ranges of shared tensors, nothing else. It loads no tfjs and no Engine, so it starts in a fraction
// of the engine worker's time (worker.ts with workerData.role = 'fill' does the same where this file is absent).

import { parentPort } from 'worker_threads';
import { type FillTask, runFillTask, type SummaryTask } from './pool';

const port = parentPort;
if (!port) throw new Error('fillWorker.ts must run in a worker thread');
port.on('message', (m: { id: number; task: FillTask | SummaryTask }) => {
  try {
    const r = runFillTask(m.task);
    port.postMessage(Array.isArray(r) ? { id: m.id, minmax: r } : { id: m.id, partial: r });
  } catch (e) {
    port.postMessage({ id: m.id, error: e instanceof Error ? e.message : String(e) });
  }
});
