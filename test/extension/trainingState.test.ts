// Training state apart from parameters, over the real analyzer: the Keras CNN's seed-generator state, TF1
// Adam's slots and beta powers, TF.js Adam's variables "0"/"1" go under one "training state" node and out of
// the counts (so the CNN's equal model.summary()'s 34,826); showTrainingStateFlat puts them back.
import * as assert from 'assert';
import * as path from 'path';
import type { SourceHost } from '../../src/core/api';
import { elementCount } from '../../src/core/model';
import { ProgramIndex, userVariables, type TreeNode } from '../../src/extension/programIndex';
import { stateKind, stateLabel } from '../../src/extension/trainingState';
import { fsHost, loadAnalyzer } from '../../src/host/node';

const CNN = path.resolve(__dirname, '../../../test/fixtures/keras_cnn/cnn.py');
const ADAM = '/ws/adam.py';
const TFJS = '/ws/train.ts';
const SOURCES: Record<string, string> = {
  [ADAM]: `import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
x = tf.placeholder(tf.float32, [None, 3])
with tf.variable_scope('net'):
    w = tf.get_variable('w', [3, 2], initializer=tf.zeros_initializer())
train = tf.train.AdamOptimizer(0.1).minimize(tf.reduce_sum(tf.matmul(x, w)))
`,
  [TFJS]: `import * as tf from '@tensorflow/tfjs';
const model = tf.sequential();
model.add(tf.layers.dense({ units: 4, inputShape: [3] }));
model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
model.fit(tf.zeros([8, 3]), tf.zeros([8, 4]), { epochs: 1 });
`,
};

function shape(n: TreeNode): unknown {
  if (n.kind === 'variable') return n.parent.kind === 'state' ? stateLabel(n.variable) : n.variable.name.split('/').pop();
  if (n.kind === 'state') return ['training state', n.children.map(shape)];
  if (n.kind === 'library') return [n.lib.name, n.children.map(shape)];
  if (n.kind === 'model' || n.kind === 'modelLayer') return `model node ${n.kind === 'model' ? n.model.name : n.name}`;
  return [n.kind === 'program' ? path.basename(n.entry) : `${n.scope.name.split('/').pop()} ${n.scope.paramCount}`, n.children.map(shape)];
}

describe('training state in the tree', () => {
  const index = new ProgramIndex();
  before(async () => {
    const a = await loadAnalyzer();
    const disk = fsHost();
    const host: SourceHost = { readFile: (p) => SOURCES[p] ?? disk.readFile(p) };
    for (const f of [CNN, ADAM, TFJS]) index.set(a.analyze(f, host));
  });

  it("groups the CNN's seed-generator state apart and counts 34,826 params, as model.summary() does", () => {
    assert.deepStrictEqual(shape(index.tree(CNN)!), ['cnn.py', [
      ['sequential 34826', [['conv2d 320', ['kernel', 'bias']], ['conv2d_1 18496', ['kernel', 'bias']], ['dense 16010', ['kernel', 'bias']]]],
      // compile(optimizer="adam") makes the optimizer's iteration/learning_rate and the loss tracker (Keras 3.15)
      ['training state', ['seed_generator/seed_generator_state', 'adam/iteration', 'adam/learning_rate', 'loss/total', 'loss/count']],
    ]]);
    const user = userVariables(index.get(CNN)!);
    assert.strictEqual(user.reduce((n, v) => n + (elementCount(v.shape) ?? 0), 0), 34826);
    assert.ok(!index.scopeEntriesIn(CNN).some((e) => e.scope.name === 'seed_generator'), 'no CodeLens for the seed generator');
  });

  it("keeps TF1 Adam's slots and beta powers out of the net scope's count", () => {
    assert.deepStrictEqual(shape(index.tree(ADAM)!), ['adam.py', [
      ['net 6', ['w']],
      ['training state', ['beta1_power', 'beta2_power', 'net/w/Adam', 'net/w/Adam_1']],
    ]]);
    assert.deepStrictEqual(index.get(ADAM)!.variables.map((v) => stateKind(v) ?? 'parameter'), ['parameter', 'optimizer', 'optimizer', 'optimizer slot', 'optimizer slot']);
  });

  it('names TF.js Adam variables by their optimizer instead of top-level "0" and "1"', () => {
    assert.deepStrictEqual(shape(index.tree(TFJS)!), ['train.ts', [
      'model node sequential_1',
      ['dense_Dense1 16', ['kernel', 'bias']],
      ['training state', ['adam optimizer variable 0', 'adam optimizer variable 1']],
    ]]);
  });

  it('showTrainingStateFlat lists the state among the scopes and counts it', () => {
    index.showTrainingStateFlat = true;
    try {
      const t = shape(index.tree(ADAM)!) as [string, unknown[]];
      assert.deepStrictEqual(t[1].map((c) => (Array.isArray(c) ? c[0] : c)), ['net 18', 'beta1_power', 'beta2_power']);
      assert.ok(!JSON.stringify(t).includes('training state'));
      assert.strictEqual(userVariables(index.get(CNN)!, true).length, 11);
    } finally {
      index.showTrainingStateFlat = false;
    }
  });
});
