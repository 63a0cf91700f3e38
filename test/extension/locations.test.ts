// Locations and order in the editor's index over the real analyzer: each Keras layer's weights at the line of
// the layer inside a `Sequential([...])` list (the model's scope at the Sequential call), a hover on a layer's
// line is that layer (its scope and weights), and tree children come in creation order (GPT-2's shape).
import * as assert from 'assert';
import * as path from 'path';
import type { SourceHost } from '../../src/core/api';
import { ProgramIndex, type TreeNode } from '../../src/extension/programIndex';
import { fsHost, loadAnalyzer } from '../../src/host/node';

const CNN = path.resolve(__dirname, '../../../test/fixtures/keras_cnn/cnn.py');
const GPT = '/ws/gpt/model.py';
const GPT_SRC = `import tensorflow.compat.v1 as tf
def conv1d(x, scope, nf):
    with tf.variable_scope(scope):
        w = tf.get_variable('w', [1, 8, nf], initializer=tf.random_normal_initializer(stddev=0.02))
        return x

def block(x, scope):
    with tf.variable_scope(scope):
        x = conv1d(x, 'c_attn', 24)
        return conv1d(x, 'c_proj', 8)

def model(X, scope='model'):
    with tf.variable_scope(scope):
        wpe = tf.get_variable('wpe', [16, 8], initializer=tf.random_normal_initializer(stddev=0.01))
        wte = tf.get_variable('wte', [50, 8], initializer=tf.random_normal_initializer(stddev=0.02))
        h = X
        for layer in range(2):
            h = block(h, 'h%d' % layer)
        return h

model(tf.placeholder(tf.int32, [1, 8]))
`;

function shape(n: TreeNode): unknown {
  if (n.kind === 'variable') return n.variable.name.split('/').pop();
  if (n.kind === 'state') return ['training state', n.children.map(shape)];
  if (n.kind === 'library') return [n.lib.name, n.children.map(shape)];
  if (n.kind === 'model' || n.kind === 'modelLayer') return `model node ${n.kind === 'model' ? n.model.name : n.name}`;
  return [n.kind === 'program' ? path.basename(n.entry) : n.scope.name.split('/').pop(), n.children.map(shape)];
}

describe('editor locations and order', () => {
  const index = new ProgramIndex();
  before(async () => {
    const a = await loadAnalyzer();
    const disk = fsHost();
    const host: SourceHost = { readFile: (p) => (p === GPT ? GPT_SRC : disk.readFile(p)) };
    index.set(a.analyze(CNN, host));
    index.set(a.analyze(GPT, host));
  });

  it("shows each Keras layer's weights at its own line inside the Sequential list (TF creates them at the Sequential call, still their location), the model scope at the call", () => {
    const r = index.get(CNN)!;
    assert.deepStrictEqual(r.variables.filter((v) => v.trainable).map((v) => [v.name, v.layerLocation?.line, v.location.line]), [
      ['sequential/conv2d/kernel', 7, 5], ['sequential/conv2d/bias', 7, 5],
      ['sequential/conv2d_1/kernel', 9, 5], ['sequential/conv2d_1/bias', 9, 5],
      ['sequential/dense/kernel', 13, 5], ['sequential/dense/bias', 13, 5],
    ]);
    const model = r.scopes.find((s) => s.name === 'sequential')!;
    assert.deepStrictEqual([model.kind, model.location.line, model.location.endLine, model.paramCount], ['model', 5, 14, 34826]);
  });

  it("hovering a layer's line is about that layer: its scope and weights, not the model's last weight", () => {
    const conv = index.hitAt(CNN, 7, 12, 'Conv2D');
    assert.ok(conv?.kind === 'scope', 'a scope hit');
    assert.strictEqual(conv.scope.name, 'sequential/conv2d');
    assert.strictEqual(conv.scope.paramCount, 320);
    const dense = index.hitAt(CNN, 13, 12, 'Dense');
    assert.ok(dense?.kind === 'scope' && dense.scope.name === 'sequential/dense' && dense.scope.paramCount === 16010);
    const seq = index.hitAt(CNN, 5, 15, 'Sequential');
    assert.ok(seq?.kind === 'scope' && seq.scope.name === 'sequential');
    assert.deepStrictEqual(index.scopeEntriesIn(CNN).filter((e) => e.scope.name.startsWith('sequential')).map((e) => [e.loc.line, e.scope.name]), [
      [5, 'sequential'], [7, 'sequential/conv2d'], [9, 'sequential/conv2d_1'], [13, 'sequential/dense'],
    ]);
  });

  it('lists scopes in creation order (wpe, wte, then h0, h1), not in source-line order', () => {
    assert.deepStrictEqual(shape(index.tree(GPT)!), ['model.py', [['model', [
      'wpe', 'wte',
      ['h0', [['c_attn', ['w']], ['c_proj', ['w']]]],
      ['h1', [['c_attn', ['w']], ['c_proj', ['w']]]],
    ]]]]);
  });
});
