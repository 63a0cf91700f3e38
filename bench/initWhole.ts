// `npm run bench:init` (default mode): `tfscope init prog.py --out v.npz` as a whole process against a NumPy
// script doing the same work (draw, moments, 64-bin histogram, np.savez), alternated, median of BENCH_REPS,
// wall time from the parent and CPU/peak RSS from /usr/bin/time; then the startup rows. Writes only to a temp dir.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'tfscope.js');

/** The Python initializer expression of each bench case (TF1 spelling, seeded where the kind draws). */
const PY_INIT: Record<string, string> = {
  zeros: 'tf.zeros_initializer()',
  ones: 'tf.ones_initializer()',
  constant: 'tf.constant_initializer(0.5)',
  random_uniform: 'tf.random_uniform_initializer(-1, 1, seed=1)',
  random_normal: 'tf.random_normal_initializer(seed=1)',
  truncated_normal: 'tf.truncated_normal_initializer(seed=1)',
  glorot_uniform: 'tf.glorot_uniform_initializer(seed=1)',
  glorot_normal: 'tf.glorot_normal_initializer(seed=1)',
  he_normal: 'tf.keras.initializers.he_normal(seed=1)',
  he_uniform: 'tf.keras.initializers.he_uniform(seed=1)',
  lecun_normal: 'tf.keras.initializers.lecun_normal(seed=1)',
  'variance_scaling(untruncated)': 'tf.variance_scaling_initializer(2.0, "fan_avg", "untruncated_normal", seed=1)',
  identity: 'tf.initializers.identity()',
  orthogonal: 'tf.orthogonal_initializer(seed=1)',
};

interface Row { id: string; shape: [number, number]; numpy: string }
interface Run { wallMs: number; cpuMs: number; peakMiB: number }

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Runs `argv` under /usr/bin/time (when there) for its CPU and peak RSS; wall time measured here. */
function timed(argv: string[], dir: string): Run {
  const tfile = path.join(dir, 'time.txt');
  const useTime = fs.existsSync('/usr/bin/time');
  const cmd = useTime ? '/usr/bin/time' : argv[0]!;
  const args = useTime ? ['-o', tfile, '-f', '%U %S %M', ...argv] : argv.slice(1);
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed (${r.status}): ${r.stderr}`);
  if (!useTime) return { wallMs, cpuMs: NaN, peakMiB: NaN };
  const [u, sy, kb] = fs.readFileSync(tfile, 'utf8').trim().split('\n').pop()!.split(/\s+/).map(Number);
  return { wallMs, cpuMs: (u! + sy!) * 1000, peakMiB: kb! / 1024 };
}

function python(): string {
  return process.env.BENCH_PYTHON ?? (fs.existsSync('/tmp/tf/bin/python') ? '/tmp/tf/bin/python' : 'python3');
}

function table(rows: string[][]): string {
  const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]): string => `| ${r.map((c, i) => c.padEnd(w[i]!)).join(' | ')} |`;
  return [line(rows[0]!), line(w.map((n) => '-'.repeat(n))), ...rows.slice(1).map(line)].join('\n');
}

export async function wholeProcess(cases: { id: string; numpy: string }[], numpySummary: string): Promise<void> {
  const reps = Number(process.env.BENCH_REPS ?? 3);
  const n = Number(process.env.BENCH_N ?? 4096);
  const orthoN = Number(process.env.BENCH_ORTHO_N ?? 1024);
  const only = process.env.BENCH_ONLY;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-bench-init-'));
  const rows: Row[] = [];
  const rn = cases.find((c) => c.id === 'random_normal')!;
  rows.push({ id: 'random_normal', shape: [n, 2 * n], numpy: rn.numpy });
  for (const c of cases) {
    const id = c.id.startsWith('orthogonal') ? 'orthogonal' : c.id;
    rows.push({ id, shape: id === 'orthogonal' ? [orthoN, orthoN] : [n, n], numpy: c.numpy });
  }
  const py = python();
  const out: string[][] = [['initializer', 'shape', 'tfscope ms (median)', 'numpy ms (median)', 'tfscope/numpy', 'tfscope CPU ms', 'numpy CPU ms', 'tfscope peak MiB', 'numpy peak MiB']];
  try {
    for (const r of rows.filter((x) => !only || x.id.startsWith(only))) {
      const prog = path.join(dir, `${r.id.replace(/\W/g, '_')}.py`);
      fs.writeFileSync(prog, ['import tensorflow.compat.v1 as tf', 'tf.disable_v2_behavior()', 'tf.set_random_seed(1)',
        `w = tf.get_variable("w", shape=[${r.shape.join(', ')}], initializer=${PY_INIT[r.id]})`, ''].join('\n'));
      const npScript = path.join(dir, 'np.py');
      fs.writeFileSync(npScript, `import numpy as np\n${numpySummary}\nn, m = ${r.shape[0]}, ${r.shape[1]}\nrng = np.random.default_rng(1)\n${r.numpy}\ns = summary(a)\nnp.savez(${JSON.stringify(path.join(dir, 'np.npz'))}, w=a)\n`);
      const ours: Run[] = [];
      const theirs: Run[] = [];
      for (let i = 0; i < reps; i++) {
        ours.push(timed([process.execPath, BIN, 'init', prog, '--out', path.join(dir, 'ours.npz')], dir));
        theirs.push(timed([py, npScript], dir));
      }
      const [o, t] = [ours, theirs].map((xs) => ({ wall: median(xs.map((x) => x.wallMs)), cpu: median(xs.map((x) => x.cpuMs)), peak: Math.max(...xs.map((x) => x.peakMiB)) }));
      out.push([r.id, r.shape.join('x'), o!.wall.toFixed(0), t!.wall.toFixed(0), (o!.wall / t!.wall).toFixed(2), o!.cpu.toFixed(0), t!.cpu.toFixed(0), o!.peak.toFixed(0), t!.peak.toFixed(0)]);
      process.stderr.write(`${out[out.length - 1]!.join(' | ')}\n`);
    }
    // startup: the bin alone, and a scan of one small file (no cache), against Python starting and importing NumPy
    const small = path.join(dir, 'small.py');
    fs.writeFileSync(small, 'import tensorflow.compat.v1 as tf\nwith tf.variable_scope("s"):\n    w = tf.get_variable("w", [3, 4])\n');
    const start: string[][] = [['startup', 'ms (median)', 'CPU ms', 'peak MiB']];
    const probes: [string, string[]][] = [
      ['tfscope --version', [process.execPath, BIN, '--version']],
      ['tfscope scan small.py --no-cache', [process.execPath, BIN, 'scan', small, '--no-cache']],
      ['node -e 0', [process.execPath, '-e', '0']],
      [`${path.basename(py)} -c "import numpy"`, [py, '-c', 'import numpy']],
    ];
    const runs = new Map<string, Run[]>(probes.map(([k]) => [k, []]));
    for (let i = 0; i < Math.max(reps, 5); i++) for (const [k, argv] of probes) runs.get(k)!.push(timed(argv, dir));
    for (const [k, xs] of runs) start.push([k, median(xs.map((x) => x.wallMs)).toFixed(0), median(xs.map((x) => x.cpuMs)).toFixed(0), Math.max(...xs.map((x) => x.peakMiB)).toFixed(0)]);
    const cpu = os.cpus()[0]?.model ?? 'unknown cpu';
    process.stdout.write(`${new Date().toISOString()}  ${cpu}, ${os.cpus().length} cores, load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}, Node ${process.version}, NumPy via ${py}; median of ${reps}, alternated\n\n`);
    process.stdout.write(`${table(out)}\n\n${table(start)}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
