// Worker-thread entry of the scan pool (src/host/scanPool.ts). Loads its own analyzer, posts 'ready', then for
// every chunk it is sent analyses the files in order and posts one 'result' per file followed by 'done'. Results
// equal `analyzer.analyze(file, fsHost(), options)`; files are read once per scan through a snapshot cache.
// It never throws across the port; if it dies, the pool blames the first file of the chunk not yet reported.

import { isMainThread, parentPort, workerData } from 'worker_threads';
import type { SourceHost } from '../core/api';
import { fsHost, loadAnalyzer } from './node';
import type { ChunkMessage, FromWorker, ScanWorkerData } from './scanPool';
import { programText, TF_HINT } from './scanPool';
import { recordingHost } from './scanCache';
import { hdf5Loaded, loadHdf5, WANTS_HDF5 } from './kerasWeights';

/** An fs host that reads every path at most once per scan (imports are resolved again for every program). */
function snapshotHost(maxBytes: number): SourceHost & { reset(): void } {
  let cache = new Map<string, string | undefined>();
  const disk = fsHost(maxBytes);
  return {
    readFile(p: string): string | undefined {
      if (cache.has(p)) return cache.get(p);
      const t = disk.readFile(p);
      cache.set(p, t);
      return t;
    },
    readCheckpoint: disk.readCheckpoint,
    reset(): void {
      cache = new Map();
    },
  };
}

async function run(): Promise<void> {
  const port = parentPort!;
  const data = (workerData ?? {}) as ScanWorkerData;
  const post = (m: FromWorker): void => port.postMessage(m);
  let analyzer;
  try {
    analyzer = await loadAnalyzer();
  } catch (e) {
    post({ type: 'fatal', message: `could not load the analyzer: ${e instanceof Error ? e.message : String(e)}` });
    return;
  }
  let host = snapshotHost(5 * 1024 * 1024);
  let hostKey = '';
  // chunks run one after another; a program that loads Keras weights waits for the HDF5 reader first
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (m: ChunkMessage) => {
    if (m.type === 'chunk') queue = queue.then(() => chunk(m));
  });
  const chunk = async (m: ChunkMessage): Promise<void> => {
    const maxBytes = m.options.maxFileBytes ?? 5 * 1024 * 1024;
    const key = `${m.scan}:${maxBytes}`;
    if (key !== hostKey) {
      host = snapshotHost(maxBytes);
      hostKey = key;
    }
    for (const f of m.files) {
      const text = host.readFile(f.file);
      if (data.crashMarker && text?.includes(data.crashMarker)) process.exit(70); // testing aid: a fatal crash
      if (m.prefilter && text !== undefined && !TF_HINT.test(text)) {
        post({ type: 'result', chunk: m.chunk, index: f.index, result: null, bytes: text.length });
        continue;
      }
      if (!hdf5Loaded() && text !== undefined && WANTS_HDF5.test(text)) await loadHdf5().catch(() => undefined);
      const rec = m.record ? recordingHost(host) : null;
      const result = analyzer.analyze(f.file, rec ?? host, m.options);
      post({ type: 'result', chunk: m.chunk, index: f.index, result: m.json ? programText(result) : result, bytes: text?.length ?? 0, ...(rec ? { reads: rec.reads() } : {}) });
    }
    post({ type: 'done', chunk: m.chunk });
  };
  post({ type: 'ready' });
}

if (!isMainThread && parentPort && (workerData as ScanWorkerData | undefined)?.tfscopeScanWorker) void run();
