// The generated monorepo of the scan benchmark (issue 13): `files` Python files in packages of 100 (models that
// import the package's TF helpers and a shared library, TF helpers, plain utilities the pre-filter drops), written
// under an ignored folder; then `tfscope scan DIR --json --cache C` as whole processes, cold (empty cache) and warm.

import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

/** Writes the monorepo into `dir` (emptied first); returns its file count and bytes. Deterministic. */
export function generateMonorepo(dir: string, files: number): { files: number; bytes: number } {
  fs.rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  const put = (rel: string, text: string): void => {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
    bytes += Buffer.byteLength(text);
  };
  put('requirements.txt', 'tensorflow==1.15.5\nnumpy\n');
  put('common/__init__.py', '');
  put('common/layers.py', [
    'import tensorflow.compat.v1 as tf', '', '',
    'def dense(x, n_in, n_out, name, stddev=0.02):',
    '    with tf.variable_scope(name):',
    '        w = tf.get_variable("kernel", [n_in, n_out], initializer=tf.truncated_normal_initializer(stddev=stddev))',
    '        b = tf.get_variable("bias", [n_out], initializer=tf.zeros_initializer())',
    '    return w, b', '', '',
    'def norm(n, name="LayerNorm"):',
    '    with tf.variable_scope(name):',
    '        return tf.get_variable("gamma", [n], initializer=tf.ones_initializer()), tf.get_variable("beta", [n], initializer=tf.zeros_initializer())', '',
  ].join('\n'));
  let n = 3;
  for (let pkg = 0; n < files; pkg++) {
    const name = `pkg_${String(pkg).padStart(3, '0')}`;
    put(`${name}/__init__.py`, '');
    n++;
    for (let i = 0; i < 99 && n < files; i++, n++) {
      const k = (pkg * 131 + i * 17) % 100;
      const width = 32 + ((pkg * 7 + i * 13) % 16) * 16;
      if (i % 10 === 0) {
        // a TF helper of the package
        put(`${name}/blocks_${i}.py`, [
          'import tensorflow.compat.v1 as tf', 'from common import layers', '', '',
          `def block(x, width=${width}, name="block_${i}"):`,
          '    with tf.variable_scope(name):',
          '        layers.dense(x, width, width * 4, "intermediate")',
          '        layers.dense(x, width * 4, width, "output")',
          '        layers.norm(width)',
          '    return x', '',
        ].join('\n'));
      } else if (k < 35) {
        // a model: a script building a graph from the package's helpers and the shared layers
        const helper = Math.floor(i / 10) * 10;
        put(`${name}/model_${i}.py`, [
          `"""Model ${pkg}.${i} (generated for the scan benchmark)."""`,
          'import tensorflow.compat.v1 as tf', 'from common import layers', `from ${name} import blocks_${helper}`, '', '',
          `def build(depth=${1 + (i % 4)}):`,
          `    with tf.variable_scope("model_${i}"):`,
          `        emb = tf.get_variable("embeddings", [${1000 + k * 10}, ${width}])`,
          '        for d in range(depth):',
          `            blocks_${helper}.block(emb, ${width}, "layer_%d" % d)`,
          `        layers.dense(emb, ${width}, 2, "classifier")`, '', '',
          'if __name__ == "__main__":', '    tf.disable_v2_behavior()', '    build()', '',
        ].join('\n'));
      } else {
        // a plain utility (no TensorFlow: the pre-filter drops it)
        put(`${name}/util_${i}.py`, [
          `"""Utility ${pkg}.${i}."""`, 'import os', 'import json', '', '',
          `def load_${i}(path):`, '    with open(path) as f:', '        return json.load(f)', '', '',
          `def scale_${i}(xs, k=${k}):`, '    return [x * k for x in xs]', '',
        ].join('\n'));
      }
    }
  }
  return { files: n, bytes };
}

export interface MonorepoRun { kind: string; wallMs: number; cpuMs: number; peakMiB: number; programs: number; hash: string }

/** `tfscope scan dir --json --cache cacheDir` as a whole process (CPU and peak RSS through /usr/bin/time when there). */
export function scanProcess(kind: string, dir: string, cacheDir: string, bin: string): MonorepoRun {
  const tfile = path.join(cacheDir, '..', `time-${process.pid}.txt`);
  const useTime = fs.existsSync('/usr/bin/time');
  const argv = [process.execPath, bin, 'scan', dir, '--json', '--cache', cacheDir];
  const t0 = performance.now();
  const r = spawnSync(useTime ? '/usr/bin/time' : argv[0]!, useTime ? ['-o', tfile, '-f', '%U %S %M', ...argv] : argv.slice(1), { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`tfscope scan failed (${r.status}): ${r.stderr}`);
  const [u, s, kb] = useTime ? fs.readFileSync(tfile, 'utf8').trim().split('\n').pop()!.split(/\s+/).map(Number) : [NaN, NaN, NaN];
  const out = JSON.parse(r.stdout) as { programs: unknown[] };
  return { kind, wallMs, cpuMs: (u! + s!) * 1000, peakMiB: kb! / 1024, programs: out.programs.length, hash: createHash('sha256').update(r.stdout).digest('hex').slice(0, 12) };
}
