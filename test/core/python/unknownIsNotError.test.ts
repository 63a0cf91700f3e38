// Unknown to the analyzer is not an error of the program: the BERT-shaped fixture (test/fixtures/bertlike),
// GPT-2's shape_list idiom and the standard library give no error and no unresolved-import message, while
// the errors TensorFlow does raise (a None dimension, a tensor as a dimension) are still reported.
import * as assert from 'assert';
import * as path from 'path';
import type { Analyzer } from '../../../src/core/api';
import type { ProgramResult } from '../../../src/core/model';
import { diagnosticKind } from '../../../src/core/diagnosticKinds';
import { isStdlibModule } from '../../../src/core/python/stdlibModules';
import { fsHost, loadAnalyzer } from '../../../src/host/node';

const BERT = path.resolve(__dirname, '../../../../test/fixtures/bertlike');
const V1 = 'import tensorflow.compat.v1 as tf\ntf.disable_v2_behavior()\n';

describe('unknown values are not errors', function () {
  let analyzer: Analyzer;
  before(async () => {
    analyzer = await loadAnalyzer();
  });
  const run = (src: string): ProgramResult => analyzer.analyze('/ws/main.py', { readFile: (p) => (p === '/ws/main.py' ? src : undefined) });
  const codes = (r: ProgramResult): string[] => r.diagnostics.map((d) => `${diagnosticKind(d)}:${d.code}`);

  it('the BERT-shaped driver creates the encoder through copy.deepcopy(config) without a false error', () => {
    const r = analyzer.analyze(path.join(BERT, 'run_classifier.py'), fsHost());
    assert.deepStrictEqual(r.variables.map((v) => v.name), [
      'encoder/embeddings/word_embeddings', 'encoder/embeddings/token_type_embeddings',
      'encoder/embeddings/LayerNorm/LayerNorm/beta', 'encoder/embeddings/LayerNorm/LayerNorm/gamma',
      'encoder/encoder/layer_{layer_idx}/attention/dense/kernel', 'encoder/encoder/layer_{layer_idx}/attention/dense/bias',
      'encoder/encoder/layer_{layer_idx}/intermediate/dense/kernel', 'encoder/encoder/layer_{layer_idx}/intermediate/dense/bias',
      'encoder/encoder/layer_{layer_idx}/output/dense/kernel', 'encoder/encoder/layer_{layer_idx}/output/dense/bias',
      'encoder/pooler/dense/kernel', 'encoder/pooler/dense/bias', 'output_weights', 'output_bias',
    ]);
    assert.deepStrictEqual(r.variables.find((v) => v.name === 'output_weights')!.shape, [2, null]);
    // `import csv` says nothing; the loops over the unreadable config JSON and over an unknown layer count are
    // the analyzer's limits, not errors; so are the values missing because of it: the config file flag without
    // a default, then each config value the encoder reads (vocab_size ... intermediate_size), each named once.
    assert.deepStrictEqual(codes(r), [
      'analysis:missing-value', 'analysis:unknown-iterable', ...Array<string>(6).fill('analysis:missing-value'), 'analysis:unknown-iterable',
    ]);
    assert.deepStrictEqual(r.diagnostics.filter((d) => d.code === 'missing-value').map((d) => /^`([\w.]+)`/.exec(d.message)?.[1]), [
      'FLAGS.config_file', 'config.vocab_size', 'config.hidden_size', 'config.initializer_range', 'config.type_vocab_size',
      'config.num_hidden_layers', 'config.intermediate_size',
    ]);
  });

  it('tokenization.py and encoder.py (standard library only) get no message', () => {
    for (const f of ['tokenization.py', 'encoder.py']) {
      assert.deepStrictEqual(analyzer.analyze(path.join(BERT, f), fsHost()).diagnostics, [], f);
    }
  });

  it("GPT-2's shape_list (an undecidable `s is None`) gives no 'Dimension value must be integer'", () => {
    const r = run(`${V1}def shape_list(x):
    static = x.shape.as_list()
    dynamic = tf.shape(x)
    return [dynamic[i] if s is None else s for i, s in enumerate(static)]
def conv1d(x, scope, nf):
    with tf.variable_scope(scope):
        *start, nx = shape_list(x)
        return tf.get_variable('w', [1, nx, nf], initializer=tf.random_normal_initializer(stddev=0.02))
conv1d(unknown_thing(), 'c_attn', 12)
`);
    assert.deepStrictEqual(r.diagnostics.filter((d) => d.raises), []);
    assert.deepStrictEqual(r.variables.map((v) => [v.name, v.shape]), [['c_attn/w', [1, null, 12]]]);
  });

  it("BERT/ALBERT's get_shape_list (an `if dim is None:` statement) on a width read from an unreadable config gives no TypeError", () => {
    const r = run(`import json
${V1}def get_shape_list(tensor):
    shape = tensor.shape.as_list()
    non_static_indexes = []
    for (index, dim) in enumerate(shape):
        if dim is None:
            non_static_indexes.append(index)
    if not non_static_indexes:
        return shape
    dyn_shape = tf.shape(tensor)
    for index in non_static_indexes:
        shape[index] = dyn_shape[index]
    return shape
cfg = json.load(open('albert_config.json'))
ids = tf.placeholder(tf.int32, [8, 128])
table = tf.get_variable('word_embeddings', [30000, cfg['embedding_size']])
width = get_shape_list(tf.nn.embedding_lookup(table, ids))[2]
tf.get_variable('token_type_embeddings', [2, width])
`);
    assert.deepStrictEqual(r.diagnostics.filter((d) => d.raises), []);
    assert.deepStrictEqual(r.variables.map((v) => [v.name, v.shape]), [['word_embeddings', [30000, null]], ['token_type_embeddings', [2, null]]]);
  });

  it('still reports what TensorFlow raises: a None dimension, a tensor dimension, an unknown units of a placeholder', () => {
    const none = run(`${V1}w = tf.get_variable('w', [None, 3], initializer=tf.zeros_initializer())\n`);
    assert.deepStrictEqual(none.diagnostics.map((d) => [d.code, d.raises?.type]), [['shape-not-defined', 'ValueError']]);
    const tensor = run(`${V1}x = tf.placeholder(tf.float32, [None, 4])\nw = tf.get_variable('w', [tf.shape(x)[0], 3])\n`);
    assert.deepStrictEqual(tensor.diagnostics.map((d) => [d.code, d.raises?.type]), [['tensor-dimension', 'TypeError']]);
  });

  it('knows the standard library: no message for csv, codecs, datetime, tempfile, unicodedata; one for an unknown package', () => {
    const r = run(`import csv, codecs, datetime, tempfile, unicodedata\nfrom xml.etree import ElementTree\nimport somepackage\n${V1}`);
    assert.deepStrictEqual(codes(r), ['analysis:unresolved-import']);
    assert.match(r.diagnostics[0]!.message, /'somepackage'/);
    assert.ok(isStdlibModule('os.path') && isStdlibModule('unicodedata') && !isStdlibModule('six') && !isStdlibModule('numpy'));
  });
});
