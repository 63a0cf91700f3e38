// `npm run bench:init`: whole processes, `tfscope init prog.py --out v.npz` (start, analysis, draw, summary,
// .npz) against NumPy doing the same (draw, moments, 64-bin histogram, np.savez), alternated, median of
// BENCH_REPS, for 4096x8192 random_normal and each kind at 4096x4096, plus startup rows (bench/initWhole.ts).
// BENCH_MODE=engine: the engine alone in-process against NumPy (best of 3), as before.

import { execFileSync, spawnSync } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import type { InitializerSpec } from '../src/core/model';
import { Engine } from '../src/engine/engine';
import type { EngineOptions } from '../src/engine/types';
import { wholeProcess } from './initWhole';

const N = Number(process.env.BENCH_N ?? 4096);
const ORTHO_N = Number(process.env.BENCH_ORTHO_N ?? 1024);
const REPS = Number(process.env.BENCH_REPS ?? 3);

interface Case {
  id: string;
  spec: InitializerSpec;
  shape: number[];
  /** NumPy's equivalent (rng = default_rng(1); n, m = shape; must leave the array in `a`). */
  numpy: string;
}

const cases: Case[] = [
  { id: 'zeros', spec: { kind: 'zeros' }, shape: [N, N], numpy: 'a = np.zeros((n, m), np.float32)' },
  { id: 'ones', spec: { kind: 'ones' }, shape: [N, N], numpy: 'a = np.ones((n, m), np.float32)' },
  { id: 'constant', spec: { kind: 'constant', value: 0.5, api: 'v1' }, shape: [N, N], numpy: 'a = np.full((n, m), 0.5, np.float32)' },
  { id: 'random_uniform', spec: { kind: 'random_uniform', minval: -1, maxval: 1, api: 'v1', seed: 1 }, shape: [N, N], numpy: 'a = rng.random((n, m), dtype=np.float32) * np.float32(2) - np.float32(1)' },
  { id: 'random_normal', spec: { kind: 'random_normal', mean: 0, stddev: 1, api: 'v1', seed: 1 }, shape: [N, N], numpy: 'a = rng.standard_normal((n, m), dtype=np.float32)' },
  { id: 'truncated_normal', spec: { kind: 'truncated_normal', mean: 0, stddev: 1, api: 'v1', seed: 1 }, shape: [N, N], numpy: TRUNC('1.0') },
  { id: 'glorot_uniform', spec: { kind: 'glorot_uniform', api: 'v1', seed: 1 }, shape: [N, N], numpy: 'l = np.float32(np.sqrt(3.0 / ((n + m) / 2))); a = rng.random((n, m), dtype=np.float32) * (2 * l) - l' },
  { id: 'glorot_normal', spec: { kind: 'glorot_normal', api: 'v1', seed: 1 }, shape: [N, N], numpy: TRUNC('np.sqrt(1.0 / ((n + m) / 2)) / .87962566103423978') },
  { id: 'he_normal', spec: { kind: 'he_normal', api: 'v1', seed: 1 }, shape: [N, N], numpy: TRUNC('np.sqrt(2.0 / n) / .87962566103423978') },
  { id: 'he_uniform', spec: { kind: 'he_uniform', api: 'v1', seed: 1 }, shape: [N, N], numpy: 'l = np.float32(np.sqrt(6.0 / n)); a = rng.random((n, m), dtype=np.float32) * (2 * l) - l' },
  { id: 'lecun_normal', spec: { kind: 'lecun_normal', api: 'v1', seed: 1 }, shape: [N, N], numpy: TRUNC('np.sqrt(1.0 / n) / .87962566103423978') },
  { id: 'variance_scaling(untruncated)', spec: { kind: 'variance_scaling', scale: 2, mode: 'fan_avg', distribution: 'untruncated_normal', api: 'v1', seed: 1 }, shape: [N, N], numpy: 'a = rng.standard_normal((n, m), dtype=np.float32) * np.float32(np.sqrt(2.0 / ((n + m) / 2)))' },
  { id: 'identity', spec: { kind: 'identity', gain: 1, api: 'v1' }, shape: [N, N], numpy: 'a = np.eye(n, m, dtype=np.float32)' },
  { id: `orthogonal (${ORTHO_N}x${ORTHO_N})`, spec: { kind: 'orthogonal', gain: 1, api: 'v1', seed: 1 }, shape: [ORTHO_N, ORTHO_N], numpy: 'q, r = np.linalg.qr(rng.standard_normal((n, m), dtype=np.float32)); a = (q * np.sign(np.diag(r))).astype(np.float32)' },
];

function TRUNC(std: string): string {
  // NumPy has no truncated normal: redraw outside 2 sigma, as TF does
  return `a = rng.standard_normal((n, m), dtype=np.float32)
bad = np.abs(a) >= 2
while bad.any():
    a[bad] = rng.standard_normal(int(bad.sum()), dtype=np.float32)
    bad = np.abs(a) >= 2
a *= np.float32(${std})`;
}

const NUMPY_SUMMARY = `
def summary(a):
    f = a[np.isfinite(a)]
    mn, mx = float(f.min()), float(f.max())
    return (mn, mx, float(f.mean()), float(f.std()), int(np.count_nonzero(a == 0)), int(np.isnan(a).sum()), int(np.isinf(a).sum()), np.histogram(f, 64, (mn, mx))[0])
`;

function numpyRun(c: Case): { ms: number; peakMiB: number; cpuMs: number } | null {
  const py = `
import sys, time, resource, numpy as np
${NUMPY_SUMMARY}
n, m = ${c.shape[0]}, ${c.shape[1]}
rng = np.random.default_rng(1)
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
c0 = time.process_time()
${c.numpy}
s = summary(a)
t1 = time.perf_counter()
c1 = time.process_time()
print((t1 - t0) * 1000, (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) / 1024, (c1 - c0) * 1000)
`;
  try {
    const out = execFileSync('/usr/bin/python3', ['-c', py], { encoding: 'utf8' }).trim().split(/\s+/).map(Number);
    return { ms: out[0]!, peakMiB: out[1]!, cpuMs: out[2]! };
  } catch {
    return null;
  }
}

async function child(id: string): Promise<void> {
  const c = cases.find((x) => x.id === id)!;
  const engine = new Engine();
  const options: EngineOptions = { backend: 'cpu' };
  const v = { name: `bench/${c.spec.kind}`, shape: c.shape, dtype: 'float32', initializer: c.spec, trainable: true, location: { file: 'b.py', line: 1, column: 1 }, scope: 'bench', api: 'get_variable', order: 0, seed: { graph: 1, op: 1 } };
  // warm the runtime, the code paths and the generation helpers (2^22 elements start the pool) first
  await engine.initialize([{ ...v, shape: [64, 64] }], options);
  await engine.initialize([{ ...v, shape: c.spec.kind === 'orthogonal' ? [512, 512] : [2048, 2048] }], options);
  await engine.initialize([{ ...v, initializer: { kind: 'random_normal', api: 'v1', seed: 1 }, shape: [2048, 2048] }], options);
  global.gc?.();
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = await engine.initialize([v], options);
  const ms = performance.now() - t0;
  const cu = process.cpuUsage(c0);
  const cpuMs = (cu.user + cu.system) / 1000;
  const peak = process.resourceUsage().maxRSS * 1024;
  if (!r.summaries[0]?.checks.ok) throw new Error(`${id}: ${r.summaries[0]?.checks.messages.join('; ')}`);
  process.stdout.write(JSON.stringify({ ms, cpuMs, peakMiB: Math.max(0, peak - rss0) / 2 ** 20, exact: r.summaries[0]!.exact }) + '\n');
}

function floorMs(): number {
  let best = Infinity;
  for (let i = 0; i < REPS; i++) {
    const t0 = performance.now();
    const a = new Float32Array(16 * 1024 * 1024);
    a.fill(1);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

async function main(): Promise<void> {
  const childIdx = process.argv.indexOf('--child');
  if (childIdx > 0) return child(process.argv[childIdx + 1]!);
  if (process.env.BENCH_MODE !== 'engine') return wholeProcess(cases.map((c) => ({ id: c.id, numpy: c.numpy })), NUMPY_SUMMARY);
  const rows: string[][] = [['initializer', 'shape', 'ours ms', 'numpy ms', 'ours/numpy', 'ours CPU ms', 'numpy CPU ms', 'ours peak MiB (x tensor)', 'numpy peak MiB', 'TF-exact']];
  const only = process.env.BENCH_ONLY;
  for (const c of cases.filter((x) => !only || x.id.startsWith(only))) {
    // ours and NumPy interleaved, so both see the same machine load; best (fastest) of REPS each
    type Run = { ms: number; cpuMs: number; peakMiB: number; exact: boolean };
    const runs: Run[] = [];
    const npRuns: { ms: number; peakMiB: number; cpuMs: number }[] = [];
    for (let r = 0; r < REPS; r++) {
      const res = spawnSync(process.execPath, ['--expose-gc', __filename, '--child', c.id], { encoding: 'utf8', env: { ...process.env, TFSCOPE_FILL_WORKER: process.env.TFSCOPE_FILL_WORKER ?? path.join(__dirname, 'worker.bundle.js') } });
      if (res.status !== 0) throw new Error(res.stderr);
      runs.push(JSON.parse(res.stdout.trim().split('\n').pop()!) as Run);
      const o = numpyRun(c);
      if (o) npRuns.push(o);
    }
    const best = <T extends { ms: number }>(xs: T[]): T => xs.reduce((a, b) => (b.ms < a.ms ? b : a));
    const ours = { ...best(runs), peakMiB: Math.max(...runs.map((x) => x.peakMiB)), cpuMs: Math.min(...runs.map((x) => x.cpuMs)) };
    const np = npRuns.length ? { ...best(npRuns), cpuMs: Math.min(...npRuns.map((x) => x.cpuMs)) } : null;
    const tensorMiB = (c.shape[0]! * c.shape[1]! * 4) / 2 ** 20;
    rows.push([
      c.id, c.shape.join('x'), ours.ms.toFixed(0), np ? np.ms.toFixed(0) : 'n/a', np ? (ours.ms / np.ms).toFixed(2) : 'n/a',
      ours.cpuMs.toFixed(0), np ? np.cpuMs.toFixed(0) : 'n/a',
      `${ours.peakMiB.toFixed(0)} (${(ours.peakMiB / tensorMiB).toFixed(2)}x)`, np ? np.peakMiB.toFixed(0) : 'n/a', ours.exact ? 'yes' : 'no',
    ]);
    process.stderr.write(`${rows[rows.length - 1]!.join(' | ')}\n`);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]): string => `| ${r.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
  const cpu = os.cpus()[0]?.model ?? 'unknown cpu';
  process.stdout.write(`Machine: ${cpu}, ${os.cpus().length} cores, load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}, Node ${process.version}; best of ${REPS}\n`);
  process.stdout.write(`Floor: first write of 64 MiB (new Float32Array(2^24).fill(1)): ${floorMs().toFixed(0)} ms\n\n`);
  process.stdout.write([line(rows[0]!), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join('\n') + '\n');
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
