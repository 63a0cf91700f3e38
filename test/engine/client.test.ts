// EngineClient over a real worker thread (out/src/engine/worker.js, and dist/worker.js when built):
// results and progress cross the protocol, cancellation reaches the worker, a crashing or exiting
// worker rejects the request in flight with 'crashed' and the next request gets a fresh worker.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EngineClient, EngineError } from '../../src/engine/client';
import { seedExample, variable } from './helpers';

const workers: [string, string][] = [['out/ (tsc)', path.resolve(__dirname, '../../src/engine/worker.js')]];
const distWorker = path.resolve(__dirname, '../../../dist/worker.js');
if (fs.existsSync(distWorker)) workers.push(['dist/ (esbuild bundle)', distWorker]);

for (const [label, workerPath] of workers) {
  describe(`EngineClient with the ${label} worker`, () => {
    let client: EngineClient;
    beforeEach(() => {
      client = new EngineClient({ workerPath });
    });
    afterEach(() => client.dispose());

    it('initializes a scope in the worker with per-variable progress', async () => {
      const progress: string[] = [];
      const r = await client.initialize(seedExample({ graph: null, op: 3 }), { backend: 'auto' }, { onProgress: (p) => progress.push(`${p.done}/${p.total}${p.name ? ' ' + p.name : ''}`) });
      assert.deepStrictEqual(progress, ['0/2 my_scope/weight', '1/2 my_scope/bias', '2/2']);
      let expected = 'wasm';
      try {
        require.resolve('@tensorflow/tfjs-node');
        expected = 'tensorflow';
      } catch {
        /* the usual case: tfjs-node is optional */
      }
      assert.strictEqual(r.backend, expected);
      assert.deepStrictEqual(r.summaries.map((s) => [s.name, s.exact, s.backend]), [['my_scope/weight', true, expected], ['my_scope/bias', true, expected]]);
      assert.strictEqual(r.summaries[1]!.stats.max, new Float32Array(new Uint32Array([0x3fdf16ec]).buffer)[0]);
    });

    it('cancels a running request through its AbortSignal', async () => {
      const ac = new AbortController();
      const vars = Array.from({ length: 20 }, (_, i) => variable(`c/v${i}`, [1000, 1000], { kind: 'truncated_normal', api: 'v1' }));
      const p = client.initialize(vars, { backend: 'cpu' }, { signal: ac.signal, onProgress: (pr) => { if (pr.done === 1) ac.abort(); } });
      await assert.rejects(p, (e: EngineError) => e.code === 'cancelled');
      // the worker is still usable
      const r = await client.initialize([variable('c/ok', [2], { kind: 'ones' })], { backend: 'cpu' });
      assert.strictEqual(r.summaries[0]!.stats.mean, 1);
      assert.strictEqual(client.workersStarted, 1);
    });

    it('an already-aborted signal rejects without touching the worker', async () => {
      const ac = new AbortController();
      ac.abort();
      await assert.rejects(client.initialize(seedExample(), {}, { signal: ac.signal }), (e: EngineError) => e.code === 'cancelled');
      assert.strictEqual(client.workersStarted, 0);
    });

    for (const action of ['throw-async', 'exit'] as const) {
      it(`a worker that crashes (${action}) is reported and replaced`, async () => {
        await client.initialize([variable('w/a', [2], { kind: 'ones' })], { backend: 'cpu' });
        await assert.rejects(client.debug(action), (e: EngineError) => e.code === 'crashed' && /engine worker/.test(e.message));
        const r = await client.initialize([variable('w/b', [3], { kind: 'zeros' })], { backend: 'cpu' });
        assert.strictEqual(r.summaries[0]!.stats.zeros, 3);
        assert.strictEqual(client.workersStarted, 2);
      });
    }

    it('dispose rejects the request in flight', async () => {
      const p = client.debug('hang');
      await client.initialize([variable('d/a', [1], { kind: 'ones' })], { backend: 'cpu' }).catch(() => undefined);
      client.dispose();
      await assert.rejects(p, (e: EngineError) => e.code === 'cancelled');
      await assert.rejects(client.initialize([], {}), /disposed/);
    });

    it('exports .npz from the worker and reports refusals as errors', async () => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-client-')), 'v.npz');
      const r = await client.exportValues(seedExample({ graph: 1, op: 2 }), { backend: 'cpu' }, 'npz', file);
      assert.strictEqual(fs.statSync(file).size, r.bytes);
      await assert.rejects(client.exportValues([variable('h/w', [100000, 1000000], { kind: 'zeros' })], {}, 'npz', file + '2'), (e: EngineError) => e.code === 'too-large');
    });
  });
}
