// The 2-thread parse floor's worker (bench/scan.ts, mode 'parse2'): speaks the scan pool's protocol
// (src/host/scanPool.ts) but only reads, pre-filters and parses each file with web-tree-sitter, freeing each
// tree, and posts a null result per file. What a scan costs with the analysis taken out, on the same pool.

import * as fs from 'fs';
import { isMainThread, parentPort, workerData } from 'worker_threads';
import { Language, Parser } from 'web-tree-sitter';
import { loadAnalyzer } from '../src/host/node';
import { type ChunkMessage, type FromWorker, TF_HINT, type ScanWorkerData } from '../src/host/scanPool';

async function run(): Promise<void> {
  const port = parentPort!;
  const post = (m: FromWorker): void => port.postMessage(m);
  await loadAnalyzer(); // Parser.init (the runtime wasm), as the analyzer does it
  const parser = new Parser();
  parser.setLanguage(await Language.load(fs.readFileSync(require.resolve('tree-sitter-python/tree-sitter-python.wasm'))));
  port.on('message', (m: ChunkMessage) => {
    if (m.type !== 'chunk') return;
    for (const f of m.files) {
      let text: string | undefined;
      try {
        text = fs.readFileSync(f.file, 'utf8');
      } catch {
        text = undefined;
      }
      const parse = text !== undefined && (!m.prefilter || TF_HINT.test(text)) ? text : undefined;
      if (parse !== undefined) parser.parse(parse)?.delete();
      // bytes: the characters parsed (the pool adds them up as ScanOutcome.chars)
      post({ type: 'result', chunk: m.chunk, index: f.index, result: null, bytes: parse?.length ?? 0 });
    }
    post({ type: 'done', chunk: m.chunk });
  });
  post({ type: 'ready' });
}

if (!isMainThread && parentPort && (workerData as ScanWorkerData | undefined)?.tfscopeScanWorker) void run();
