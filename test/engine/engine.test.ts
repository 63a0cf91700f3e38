// The in-process engine on hand-built VariableInfo: the seed example (zeros + TF-exact normal), skips
// with reasons, the memory estimate and caps (sampled summaries, refused exports), cancellation,
// backends, and an export that round-trips through a tf.Tensor.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadRuntime } from '../../src/engine/backend';
import { Engine, EngineError, type Estimate } from '../../src/engine/engine';
import { seedExample, variable } from './helpers';

// TF 2.21: my_scope/bias with random_normal_initializer(seed=3) in a graph without a graph seed
// (seeds (87654321, 3)); values printed by TF (float32 bits).
const TF_BIAS_SEED3 = [0x3f87e48b, 0xbf60ea82, 0x3de51d3b, 0x3e3d8f5b, 0x3f68c303, 0xbf3ce534, 0x3e99ad47, 0x3fdf16ec, 0xbd815cf0, 0xbfa763be];

describe('Engine.initialize', () => {
  const engine = new Engine();

  it('the seed example: zeros exactly, random_normal with TF\'s values when the op seed is known', async () => {
    const vars = seedExample();
    const init = vars[1]!.initializer;
    assert.ok(init.kind === 'random_normal');
    init.seed = 3;
    const r = await engine.initialize(vars, { backend: 'cpu' });
    assert.strictEqual(r.backend, 'cpu');
    assert.deepStrictEqual(r.summaries.map((s) => [s.name, s.shape, s.count, s.bytes]), [['my_scope/weight', [10, 10], 100, 400], ['my_scope/bias', [10], 10, 40]]);
    const [w, b] = r.summaries;
    assert.deepStrictEqual(w!.stats, { min: 0, max: 0, mean: 0, std: 0, zeros: 100, nan: 0, inf: 0 });
    assert.strictEqual(w!.exact, true);
    const tf = new Float32Array(new Uint32Array(TF_BIAS_SEED3).buffer);
    assert.strictEqual(b!.stats.min, Math.min(...tf));
    assert.strictEqual(b!.stats.max, Math.max(...tf));
    assert.ok(Math.abs(b!.stats.mean - tf.reduce((a, x) => a + x, 0) / 10) < 1e-7);
    assert.strictEqual(b!.exact, true);
    assert.deepStrictEqual(b!.seeds, { kind: 'stateful', seed: 87654321, seed2: 3 });
    assert.deepStrictEqual([b!.expected.family, b!.expected.mean, b!.expected.std], ['normal', 0, 1]);
    assert.strictEqual(b!.histogram.counts.length, 64);
    assert.strictEqual(b!.histogram.counts.reduce((a, x) => a + x, 0), 10);
    assert.ok(b!.checks.ok);
  });

  it('without seeds: not exact, says why, and is reproducible', async () => {
    const r1 = await engine.initialize(seedExample(), { backend: 'cpu' });
    const r2 = await engine.initialize(seedExample(), { backend: 'cpu' });
    const b = r1.summaries[1]!;
    assert.strictEqual(b.exact, false);
    assert.match(b.exactNote!, /no seeds set/);
    assert.deepStrictEqual(b.stats, r2.summaries[1]!.stats);
    const r3 = await engine.initialize(seedExample(), { backend: 'cpu', seed: 99 });
    assert.notDeepStrictEqual(r3.summaries[1]!.stats, b.stats, 'another seed gives other values');
  });

  it('skips what cannot be materialized, with the reason', async () => {
    const r = await engine.initialize([
      variable('s/unknown', [null, 3], { kind: 'zeros' }),
      variable('s/lambda', [3], { kind: 'unknown', reason: 'initializer is a lambda' }),
      variable('s/str', [3], { kind: 'zeros' }, undefined, 'string'),
      variable('s/ok', [2], { kind: 'ones' }),
      variable('s/ok', [2], { kind: 'ones' }),
    ], { backend: 'cpu' });
    assert.deepStrictEqual(r.summaries.map((s) => s.name), ['s/ok']);
    assert.deepStrictEqual(r.skipped.map((s) => s.name), ['s/unknown', 's/lambda', 's/str', 's/ok']);
    assert.match(r.skipped[1]!.reason, /lambda/);
  });

  it('estimates memory first; a 10^11-element variable gets a sampled summary of TF\'s values', async () => {
    let est: Estimate | undefined;
    const big = variable('huge/w', [100000, 1000000], { kind: 'random_uniform', minval: -1, maxval: 1, api: 'v1' }, { graph: 1, op: 2 });
    const r = await engine.initialize([big], { backend: 'cpu', maxTensorElements: 1 << 20 }, { onEstimate: (e) => { est = e; } });
    assert.deepStrictEqual(est, { totalBytes: 4e11, peakBytes: (1 << 22) * 4, sampled: ['huge/w'] });
    const s = r.summaries[0]!;
    assert.strictEqual(s.sampled, true);
    assert.strictEqual(s.count, 1e11);
    assert.ok(s.stats.min >= -1 && s.stats.max < 1 && Math.abs(s.stats.mean) < 0.01, JSON.stringify(s.stats));
    assert.ok(s.checks.ok || s.checks.messages.every((m) => m.startsWith('sampled')), s.checks.messages.join());
    assert.match(r.warnings.join(), /sampled|sample/);
  });

  it('with allowSampling: false, a tensor over the cap is skipped with an offer to sample', async () => {
    const big = variable('huge/w', [100000, 1000000], { kind: 'zeros' });
    const r = await engine.initialize([big, variable('huge/b', [3], { kind: 'ones' })], { backend: 'cpu', allowSampling: false });
    assert.deepStrictEqual(r.summaries.map((s) => s.name), ['huge/b']);
    assert.match(r.skipped[0]!.reason, /100000000000 elements exceed .* sampled summary is available/);
  });

  it('refuses an export over the caps with a clear message', async () => {
    const big = variable('huge/w', [100000, 1000000], { kind: 'zeros' });
    await assert.rejects(engine.exportValues([big], { backend: 'cpu' }, 'npz', path.join(os.tmpdir(), 'never.npz')), (e: EngineError) => e.code === 'too-large' && /cannot export/.test(e.message));
    const mid = variable('mid/w', [1000, 1000], { kind: 'zeros' });
    await assert.rejects(engine.exportValues([mid], { backend: 'cpu', maxTotalBytes: 1000 }, 'npz', path.join(os.tmpdir(), 'never.npz')), /over the 1000 B cap/);
  });

  it('cancels between chunks and reports progress per variable', async () => {
    const ac = new AbortController();
    const seen: string[] = [];
    const vars = [variable('a/x', [4], { kind: 'ones' }), variable('a/y', [3000, 1000], { kind: 'random_normal', api: 'v1' }), variable('a/z', [4], { kind: 'ones' })];
    const p = engine.initialize(vars, { backend: 'cpu' }, { signal: ac.signal, onProgress: (pr) => { seen.push(`${pr.done}/${pr.total} ${pr.name}`); if (pr.name === 'a/y') ac.abort(); } });
    await assert.rejects(p, (e: EngineError) => e.code === 'cancelled' && e.name === 'AbortError');
    assert.deepStrictEqual(seen, ['0/3 a/x', '1/3 a/y']);
  });

  it('cancels inside a large orthogonal QR (the worker stays responsive)', async () => {
    const ac = new AbortController();
    const v = variable('o/q', [1024, 1024], { kind: 'orthogonal', api: 'v1', seed: 1 }, { graph: 1, op: 1 });
    const p = engine.initialize([v], { backend: 'cpu' }, { signal: ac.signal, onProgress: (pr) => { if (pr.done === 0) setImmediate(() => ac.abort()); } });
    await assert.rejects(p, (e: EngineError) => e.code === 'cancelled');
  });

  it('exports through a tf.Tensor on the wasm backend; the file holds TF\'s values', async () => {
    const vars = seedExample({ graph: null, op: 3 });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-engine-')), 'v.safetensors');
    const r = await engine.exportValues(vars, { backend: 'wasm' }, 'safetensors', file);
    const buf = fs.readFileSync(file);
    assert.strictEqual(buf.length, r.bytes);
    const n = Number(buf.readBigUInt64LE(0));
    const header = JSON.parse(buf.subarray(8, 8 + n).toString()) as Record<string, { data_offsets: [number, number] }>;
    const [a, b] = header['my_scope/bias']!.data_offsets;
    const bits = Array.from({ length: (b - a) / 4 }, (_, i) => buf.readUInt32LE(8 + n + a + 4 * i));
    assert.deepStrictEqual(bits, TF_BIAS_SEED3);
  });

  it('initializeAndExport draws once and gives the same summaries and the same file bytes as the two calls', async () => {
    const seed = { graph: 1, op: 5 };
    const vars = [
      variable('m/w', [300, 70], { kind: 'truncated_normal', mean: 0, stddev: 0.5, api: 'v1' }, seed),
      variable('m/i', [40], { kind: 'random_uniform', minval: -3, maxval: 9, api: 'v1' }, seed, 'int32'),
      variable('m/b', [6], { kind: 'zeros', api: 'v1' }, seed, 'bool'),
      variable('m/h', [5, 3], { kind: 'random_normal', api: 'v1' }, seed, 'float16'),
      variable('m/d', [7], { kind: 'ones', api: 'v1' }, seed, 'float64'),
    ];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-both-'));
    for (const format of ['npz', 'safetensors'] as const) {
      const a = path.join(dir, `a.${format}`);
      const b = path.join(dir, `b.${format}`);
      const r1 = await new Engine().initialize(vars, { backend: 'wasm' });
      const e1 = await new Engine().exportValues(vars, { backend: 'wasm' }, format, a);
      const both = await new Engine().initializeAndExport(vars, { backend: 'wasm' }, format, b);
      assert.deepStrictEqual(both.result, r1);
      assert.deepStrictEqual({ ...both.exported, file: a }, e1);
      assert.ok(fs.readFileSync(a).equals(fs.readFileSync(b)), `${format} bytes`);
    }
    // an export over the cap: initialize's sampled summary, then exportValues' error; the file is never made
    const big = path.join(dir, 'big.npz');
    fs.writeFileSync(big, 'kept');
    await assert.rejects(new Engine().initializeAndExport([variable('m/w', [100, 100], { kind: 'ones', api: 'v1' })], { backend: 'wasm', maxTensorElements: 5000 }, 'npz', big),
      (e: EngineError) => e.code === 'too-large' && /cannot export: m\/w \(10000 elements\)/.test(e.message));
    assert.strictEqual(fs.readFileSync(big, 'utf8'), 'kept');
  });
});

describe('tensor runtimes', () => {
  it('wasm and cpu load and name themselves; tfjs-node falls back when absent', async function () {
    const wasm = await loadRuntime('wasm');
    assert.strictEqual(wasm.backend, 'wasm');
    assert.strictEqual(wasm.tf.getBackend(), 'wasm');
    const cpu = await loadRuntime('cpu');
    assert.strictEqual(cpu.backend, 'cpu');
    let hasNode = true;
    try {
      require.resolve('@tensorflow/tfjs-node');
    } catch {
      hasNode = false;
    }
    const node = await loadRuntime('node');
    if (hasNode) {
      assert.strictEqual(node.backend, 'tensorflow');
      assert.strictEqual((await loadRuntime('auto')).backend, 'tensorflow');
      // values survive the trip through a libtensorflow-backed tensor bit for bit
      const { tensorRoundTrip } = await import('../../src/engine/engine');
      const v = new Float32Array([0.1, -2.5, 3e-39, 7]);
      assert.deepStrictEqual(Array.from(tensorRoundTrip(node, v, [2, 2], 'float32')), Array.from(v));
      const r = await new Engine().initialize(seedExample({ graph: null, op: 3 }), { backend: 'node' });
      assert.strictEqual(r.backend, 'tensorflow');
      assert.strictEqual(r.summaries[1]!.stats.max, new Float32Array(new Uint32Array([0x3fdf16ec]).buffer)[0]);
    } else {
      assert.strictEqual(node.backend, 'wasm');
      assert.match(node.notes.join(), /tfjs-node not available/);
      // eslint-disable-next-line no-console
      console.log('      skipped the tfjs-node checks: @tensorflow/tfjs-node is not installed (optional; see /work/shared/tfjs-node-offline.md, e.g. install it under /tmp and set NODE_PATH); only the fallback was checked');
    }
  });
});

describe('parallel generation', () => {
  it('a tensor filled by the helper threads equals the single-threaded fill, bit for bit', async function () {
    const { fillPool } = await import('../../src/engine/pool');
    const { generateRange, planOp, planSeeds, allocValues } = await import('../../src/engine/initializers');
    const { PARALLEL_MIN_ELEMENTS } = await import('../../src/engine/engine');
    const pool = fillPool();
    if (!pool) {
      // eslint-disable-next-line no-console
      console.log('      skipped: no helper pool here (one core, TFSCOPE_THREADS=1 or no worker file)');
      this.skip();
    }
    const n = PARALLEL_MIN_ELEMENTS + 6;
    for (const spec of [{ kind: 'truncated_normal', api: 'v1' }, { kind: 'random_uniform', minval: -3, maxval: 9, api: 'v1' }] as const) {
      const plan = planOp(spec, [n], 'float32');
      const seeds = planSeeds(spec, { graph: 5, op: 6 }, 'p');
      const ref = allocValues('float32', n);
      generateRange(plan, seeds.state, ref, 0, n);
      const r = await new Engine().initialize([variable('p/x', [n], spec, { graph: 5, op: 6 })], { backend: 'cpu' });
      const s = r.summaries[0]!;
      let mn = Infinity;
      let mx = -Infinity;
      let sum = 0;
      for (const v of ref) {
        mn = Math.min(mn, v);
        mx = Math.max(mx, v);
        sum += v;
      }
      assert.deepStrictEqual([s.stats.min, s.stats.max], [mn, mx], spec.kind);
      assert.ok(Math.abs(s.stats.mean - sum / n) < 1e-9, spec.kind);
      // and the values themselves: the pool's own range fill
      const buffer = new SharedArrayBuffer(n * 4);
      const mm = await pool!.run({ plan, state: seeds.state, buffer, kind: 'f32', from: 1024, to: n });
      const view = new Float32Array(buffer);
      assert.deepStrictEqual(Array.from(view.subarray(n - 100)), Array.from(ref.subarray(n - 100)));
      assert.strictEqual(view[1024], ref[1024]);
      assert.ok(mm[0] >= mn && mm[1] <= mx);
    }
  });
});

describe('orthogonal in the engine', () => {
  it('the engine (panel by panel, yielding between panels) gives the same matrix as materialize', async () => {
    const { materialize, planOp, planSeeds } = await import('../../src/engine/initializers');
    const { summarize } = await import('../../src/engine/summary');
    const { fillPool } = await import('../../src/engine/pool');
    for (const shape of [[600, 300], [200, 700]]) {
      const spec = { kind: 'orthogonal', gain: 1.5, api: 'v1', seed: 4 } as const;
      const plan = planOp(spec, shape, 'float32');
      const seeds = planSeeds(spec, { graph: 2, op: 4 }, 'o');
      const { values } = materialize(plan, seeds.state, 'float32', shape[0]! * shape[1]!);
      const ref = summarize(values, 64);
      const r = await new Engine().initialize([variable('o/w', shape, spec, { graph: 2, op: 4 })], { backend: 'cpu' });
      const s = r.summaries[0]!;
      assert.deepStrictEqual([s.stats.min, s.stats.max, s.stats.mean, s.stats.std, s.histogram.counts], [ref.stats.min, ref.stats.max, ref.stats.mean, ref.stats.std, ref.histogram.counts], `${shape} (pool: ${fillPool() ? 'yes' : 'no'})`);
      assert.ok(s.checks.ok, s.checks.messages.join());
    }
  });
});

describe('thumbnails and identity windows', () => {
  it('block-averages a 2-D tensor and skips non-finite values', async () => {
    const { thumbnailOf } = await import('../../src/engine/engine');
    const v = new Float32Array([1, 2, 3, 4, 5, 6, 7, 8, NaN, 10, 11, 12, 13, 14, 15, 16]);
    assert.deepStrictEqual(thumbnailOf(v, 4, 4, 2), { rows: 2, cols: 2, values: [3.5, 5.5, 37 / 3, 13.5] });
    assert.deepStrictEqual(thumbnailOf(v, 4, 4, 8).values.length, 16);
  });
  it('identity ranges: diagonal only where it falls, min/max of the window', async () => {
    const { generateRange, planOp } = await import('../../src/engine/initializers');
    const plan = planOp({ kind: 'identity', gain: 2 }, [3, 5], 'float32');
    const all = new Float32Array(15);
    assert.deepStrictEqual(generateRange(plan, { key: [0, 0], counter: [0, 0, 0, 0] }, all, 0, 15), [0, 2]);
    assert.deepStrictEqual(Array.from(all), [2, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 2, 0, 0]);
    const w = new Float32Array(4);
    assert.deepStrictEqual(generateRange(plan, { key: [0, 0], counter: [0, 0, 0, 0] }, w, 8, 12, 8), [0, 0]);
    const tall = planOp({ kind: 'identity', gain: -1 }, [4, 2], 'float32');
    const t = new Float32Array(8);
    generateRange(tall, { key: [0, 0], counter: [0, 0, 0, 0] }, t, 0, 8);
    assert.deepStrictEqual(Array.from(t), [-1, 0, 0, -1, 0, 0, 0, 0]);
  });
});
