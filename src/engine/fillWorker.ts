// A generation helper thread of src/engine/pool.ts on its own (bundled to dist/fillWorker.js): fills and
// summarizes ranges of shared tensors, nothing else. It loads no tfjs and no Engine, so it starts in a fraction
// of the engine worker's time (worker.ts with workerData.role = 'fill' does the same where this file is absent).

import { parentPort } from 'worker_threads';
import { serveFillTasks } from './pool';

const port = parentPort;
if (!port) throw new Error('fillWorker.ts must run in a worker thread');
serveFillTasks(port);
