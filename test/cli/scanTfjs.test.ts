// `tfscope scan` on TensorFlow.js sources: .ts/.js files that import @tensorflow/tfjs* are program entries
// (language 'typescript'), other TS/JS files and declaration files are not; the worker-pool path (48+ files,
// dist/scanPoolWorker.js loading dist/tsAnalyzer.js) gives the same results as one file at a time.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ScanOutput } from '../../src/core/model';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'tfscope.js');

function scanJson(args: string[]): ScanOutput {
  const r = spawnSync(process.execPath, [BIN, 'scan', '--json', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.strictEqual(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as ScanOutput;
}

const MODEL = `import * as tf from '@tensorflow/tfjs';
const model = tf.sequential();
model.add(tf.layers.dense({ units: 4, inputShape: [3] }));
`;

describe('tfscope scan (TensorFlow.js)', function () {
  this.timeout(60000);
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-tfjs-'));
    fs.writeFileSync(path.join(dir, 'model.ts'), MODEL);
    fs.writeFileSync(path.join(dir, 'train.js'), "const tf = require('@tensorflow/tfjs-node');\nconst w = tf.variable(tf.zeros([2, 2]), true, 'w');\n");
    fs.writeFileSync(path.join(dir, 'util.ts'), 'export const x = 1;\n');
    fs.writeFileSync(path.join(dir, 'types.d.ts'), "import * as tf from '@tensorflow/tfjs';\nexport declare const m: tf.Sequential;\n");
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('analyses .ts and .js files that import TF.js, and only those', () => {
    const out = scanJson([dir]);
    assert.deepStrictEqual(out.programs.map((p) => [path.basename(p.entry), p.language, p.mode]), [['model.ts', 'typescript', 'v2'], ['train.js', 'typescript', 'v2']]);
    assert.deepStrictEqual(out.programs[0]!.variables.map((v) => [v.name, v.shape, v.initializer.kind]), [
      ['dense_Dense1/kernel', [3, 4], 'glorot_normal'], ['dense_Dense1/bias', [4], 'zeros'],
    ]);
    assert.deepStrictEqual(out.programs[1]!.variables.map((v) => [v.name, v.shape, v.initializer.kind]), [['w', [2, 2], 'zeros']]);
    const skipped = scanJson([path.join(dir, 'util.ts')]).skipped ?? [];
    assert.match(skipped[0]?.reason ?? '', /does not import TensorFlow\.js/);
  });

  it('gives the same results on worker threads (48+ files)', () => {
    const many = fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-tfjs-many-'));
    try {
      for (let i = 0; i < 50; i++) fs.writeFileSync(path.join(many, `m${String(i).padStart(2, '0')}.ts`), MODEL.replace('units: 4', `units: ${i + 1}`));
      const out = scanJson([many]);
      assert.strictEqual(out.programs.length, 50);
      out.programs.forEach((p, i) => {
        assert.strictEqual(p.language, 'typescript');
        assert.deepStrictEqual(p.variables.map((v) => [v.name, v.shape]), [['dense_Dense1/kernel', [3, i + 1]], ['dense_Dense1/bias', [i + 1]]]);
      });
    } finally {
      fs.rmSync(many, { recursive: true, force: true });
    }
  });
});
