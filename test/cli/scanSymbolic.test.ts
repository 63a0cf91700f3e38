// `tfscope scan` on a library file alone (issue 11 item 3): the readable tree shows the loop's symbolic instance
// and symbolic shapes, then one line per unknown (what, why, where, how to supply it); `--set` fills them in.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const BIN = path.join(path.resolve(__dirname, '../../..'), 'bin', 'tfscope.js');
const LIB = `import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


def model(hparams):
    with tf.variable_scope('model'):
        for layer in range(hparams.n_layer):
            with tf.variable_scope('h%d' % layer):
                tf.get_variable('c_attn', [1, hparams.n_embd, 3 * hparams.n_embd], initializer=tf.zeros_initializer())
`;

describe('tfscope scan: symbolic unknowns', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-sym-'));
    fs.writeFileSync(path.join(dir, 'model.py'), LIB);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const scan = (...args: string[]): string => {
    const r = spawnSync(process.execPath, [BIN, 'scan', 'model.py', '--no-cache', ...args], { cwd: dir, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    return r.stdout;
  };

  it('prints the symbolic names and shapes, and explains each unknown', () => {
    const lines = scan().split('\n').map((l) => l.trim());
    assert.ok(lines.includes('model/h{layer}/c_attn  [1,n_embd,3*n_embd] float32 zeros  line 9'), lines.join('\n'));
    assert.ok(lines.includes('unknown layer: loop variable over range(hparams.n_layer): its count n_layer is not known statically, so one iteration is shown for all (model.py:7); give it with # tfscope: n_layer=..., tfscope scan --set n_layer=... or the tfScope.values setting'), lines.join('\n'));
    assert.ok(lines.includes('unknown n_embd = hparams.n_embd: hparams.n_embd is not known statically: hparams is a parameter without default (line 5) (model.py:9); give it with # tfscope: n_embd=..., tfscope scan --set n_embd=... or the tfScope.values setting'), lines.join('\n'));
  });

  it('--set fills the loop and the shapes', () => {
    const lines = scan('--set', 'n_layer=2', '--set', 'n_embd=4').split('\n').map((l) => l.trim());
    assert.deepStrictEqual(lines.filter((l) => l.startsWith('model/')), ['model/h0/c_attn  [1,4,12] float32 zeros  line 9', 'model/h1/c_attn  [1,4,12] float32 zeros  line 9']);
    assert.ok(!lines.some((l) => l.startsWith('unknown')), lines.join('\n'));
  });
});
