// Which TensorFlow a program targets (src/core/target.ts): pins in each requirement-file format, API evidence,
// precedence (setting > nearest pin > API use > default), and what the Python analyzer does with the target
// (a removed Keras 3 API is TensorFlow's error only when Keras 3 is known to be the target).

import * as assert from 'assert';
import type { Analyzer } from '../../src/core/api';
import { decideTarget, targetFromApis, targetFromPins } from '../../src/core/target';
import { loadAnalyzer } from '../../src/host/node';

const pin = (file: string, text: string): string | undefined => targetFromPins(file, text)?.target;

describe('target: version pins', () => {
  it('requirements.txt specifiers map to the TensorFlow line they allow at most', () => {
    const cases: [string, string | undefined][] = [
      ['tensorflow==1.15.0', '1.15'],
      ['tensorflow-gpu>=1.12,<2.0', '1.15'],
      ['tensorflow-gpu==1.15.2\nnumpy', '1.15'],
      ['tensorflow>=2.4,<2.16', '2.15'],
      ['tensorflow==2.15.*', '2.15'],
      ['tensorflow~=2.12.0', '2.15'],
      ['tensorflow~=2.12', 'keras3'],
      ['tensorflow<=2.10', '2.15'],
      ['tensorflow', 'keras3'],
      ['tensorflow[and-cuda]==2.17.0', 'keras3'],
      ['tensorflow>=2.16\ntf_keras>=2.16', 'tf_keras'],
      ['tensorflow-cpu==2.21.0', 'keras3'],
      ['# tensorflow==1.15\ntensorflow==2.3', '2.15'],
      ['tensorflow-addons==0.20\ntensorflow-datasets', undefined],
      ['keras==2.3.1', '2.15'],
      ['numpy\nscipy', undefined],
    ];
    for (const [text, want] of cases) assert.strictEqual(pin('requirements.txt', text), want, text);
  });

  it('pyproject (PEP 621 and Poetry), setup.py, conda and Pipfile spellings', () => {
    assert.strictEqual(pin('pyproject.toml', '[project]\ndependencies = [\n  "tensorflow>=2.0,<2.11",\n]\n'), '2.15');
    assert.strictEqual(pin('pyproject.toml', '[tool.poetry.dependencies]\ntensorflow = "^1.15"\n'), '1.15');
    assert.strictEqual(pin('setup.py', "setup(install_requires=['tensorflow>=1.13,<2', 'six'])"), '1.15');
    assert.strictEqual(pin('environment.yml', 'dependencies:\n  - python=3.7\n  - tensorflow=1.15\n'), '1.15');
    assert.strictEqual(pin('Pipfile', '[packages]\ntensorflow = "==2.9.1"\n'), '2.15');
    const e = targetFromPins('requirements.txt', 'numpy\ntensorflow-gpu==1.14.0  # GPU\n')!;
    assert.deepStrictEqual(e, { target: '1.15', source: 'pin', evidence: 'requirements.txt: tensorflow-gpu==1.14.0' });
  });
});

describe('target: the Keras package itself and Keras 2 only APIs', () => {
  it("keras-team/keras's own setup.py: its version is the Keras its examples run (2.x: TF <= 2.15)", () => {
    assert.strictEqual(pin('setup.py', "setup(name='Keras',\n      version='2.3.1',\n      install_requires=['numpy>=1.9.1', 'keras_applications>=1.0.6'])"), '2.15');
    assert.strictEqual(pin('setup.py', "setup(name='keras', version='3.0.0')"), 'keras3');
    assert.strictEqual(pin('setup.py', "setup(name='keras-tuner', version='1.0.0')"), undefined);
    // prose naming TensorFlow (keras's own long_description) is no requirement, in setup.py or a requirements file
    assert.strictEqual(pin('setup.py', "long_description = '''\nKeras is a high-level neural networks API, capable of running on top of\nTensorFlow, CNTK, or Theano.\n'''\nsetup(name='other', install_requires=['numpy'])"), undefined);
    assert.strictEqual(pin('requirements.txt', 'numpy  # works with tensorflow too\n'), undefined);
    assert.strictEqual(pin('setup.py', "setup(install_requires=[\n    'numpy',\n    'tensorflow>=1.13,<2',\n])"), '1.15');
    assert.strictEqual(pin('setup.py', "setup(name='Keras', version='1.2.2')"), undefined);
    assert.match(targetFromPins('setup.py', "setup(name='Keras', version='2.2.4')")!.evidence, /the Keras 2\.2\.4 package itself/);
    // TF/Keras <= 2.10: tf.keras.optimizers are optimizer_v2's (2.11-2.15 default to the new optimizers)
    const legacy = (file: string, text: string): boolean => targetFromPins(file, text)?.legacyOptimizers === true;
    assert.strictEqual(legacy('setup.py', "setup(name='Keras', version='2.3.1')"), true);
    assert.strictEqual(legacy('requirements.txt', 'tensorflow==2.9.1'), true);
    assert.strictEqual(legacy('requirements.txt', 'tensorflow>=2.4,<2.11'), true);
    assert.strictEqual(legacy('requirements.txt', 'keras==2.3.1'), true);
    assert.strictEqual(legacy('requirements.txt', 'tensorflow==2.15.0'), false);
    assert.strictEqual(legacy('requirements.txt', 'keras==2.13.1'), false);
    assert.strictEqual(legacy('requirements.txt', 'tensorflow>=2.4'), false);
  });

  it('importing a module only Keras 2 has, or calling a backend function Keras 3 dropped, means Keras 2', () => {
    const t = (text: string): string | undefined => targetFromApis(text)?.target;
    assert.strictEqual(t('from keras.layers.core import Dense\n'), '2.15');
    assert.strictEqual(t('from keras.utils.data_utils import get_file\n'), '2.15');
    assert.strictEqual(t('import keras.engine.topology\n'), '2.15');
    assert.strictEqual(t('from keras import backend as K\nshape = K.int_shape(x)\n'), '2.15');
    assert.strictEqual(t('import keras.backend as KB\ny = KB.sum(x, axis=1)\n'), '2.15');
    assert.strictEqual(t('import tensorflow as tf\ns = tf.keras.backend.get_session()\n'), '2.15');
    assert.strictEqual(t('import keras\nd = keras.backend.ctc_decode(p, input_length=n)\n'), '2.15');
    // Keras 3's tf.keras.backend re-exports most of Keras 2's backend (keras.src.legacy.backend): no evidence
    assert.strictEqual(t('import tensorflow as tf\nn = tf.keras.backend.int_shape(x)\n'), undefined);
    assert.strictEqual(t('from tensorflow import keras\nd = keras.backend.ctc_decode(p, input_length=n)\n'), undefined);
    assert.strictEqual(t('from tensorflow.keras import backend as K\nshape = K.int_shape(x)\n'), undefined);
    assert.match(targetFromApis('from keras import backend as K\n\nz = K.square(x)\n')!.evidence, /K\.square \(line 3\)/);
    // what Keras 3 keeps (configuration, clear_session) and Keras 3's own modules are no evidence
    assert.strictEqual(t('from keras import backend as K\nif K.image_data_format() == "channels_first": pass\nK.clear_session()\n'), undefined);
    assert.strictEqual(t('from keras.preprocessing import sequence\nfrom keras.layers import Dense, add\n'), undefined);
    assert.strictEqual(t('import keras\nfrom keras import ops\ny = ops.sum(x)\n'), undefined);
  });
});

describe('target: API use and precedence', () => {
  it('setup.py: a requirement is a string literal, not a word in the description', () => {
    const text = "setup(name='gae',\n      description='Graph Auto-Encoders in Tensorflow',\n      install_requires=['numpy',\n                        'tensorflow==1.15.0'])\n";
    const t = targetFromPins('setup.py', text);
    assert.strictEqual(t?.target, '1.15');
    assert.match(t!.evidence, /'tensorflow==1\.15\.0'/);
    assert.strictEqual(targetFromPins('setup.py', "setup(description='Models in Tensorflow')\n"), null);
  });

  it('top-level TF1 APIs mean TF 1.x; compat.v1 layers and TF1 RNN cells mean TF <= 2.15; tf_keras means tf_keras', () => {
    assert.strictEqual(targetFromApis('import tensorflow as tf\nx = tf.placeholder(tf.float32)\n')?.target, '1.15');
    assert.strictEqual(targetFromApis('import tensorflow as tf\ny = tf.compat.v1.layers.dense(x, 3)\n')?.target, '2.15');
    assert.strictEqual(targetFromApis('import tensorflow.compat.v1 as tf\ntf.disable_v2_behavior()\ny = tf.layers.dense(x, 3)\n')?.target, '2.15');
    assert.strictEqual(targetFromApis('import tensorflow.compat.v1 as tf\nv = tf.get_variable("v", [2])\n'), null);
    // TF 2's `tf` has no tf.app, sparse_placeholder, placeholder_with_default nor tf.train's Optimizer classes
    for (const use of ['flags = tf.app.flags', 'p = tf.sparse_placeholder(tf.float32)', 'd = tf.placeholder_with_default(0., shape=())', 'o = tf.train.AdamOptimizer(0.01)']) {
      assert.strictEqual(targetFromApis(`import tensorflow as tf\n${use}\n`)?.target, '1.15', use);
    }
    assert.strictEqual(targetFromApis('import tensorflow as tf\no = tf.keras.optimizers.Adam(0.01)\nc = tf.train.Checkpoint(o=o)\n'), null);
    assert.strictEqual(targetFromApis('import tf_keras as keras\n')?.target, 'tf_keras');
    assert.strictEqual(targetFromApis('import tensorflow as tf\nm = tf.keras.Sequential()\n'), null);
    assert.match(targetFromApis('import tensorflow as tf\n\nc = tf.contrib.layers.layer_norm(x)\n')!.evidence, /tf\.contrib \(line 3\)/);
  });

  it('tf.contrib in any spelling means TF 1.x, also next to compat.v1 (no TF 2 has contrib)', () => {
    const t = (text: string): string | undefined => targetFromApis(text)?.target;
    assert.strictEqual(t('import tensorflow.compat.v1 as tf\ntf.disable_v2_behavior()\ny = tf.contrib.layers.fully_connected(x, 3)\n'), '1.15');
    assert.strictEqual(t('import tensorflow as tf\ny = tf.compat.v1.contrib.rnn.LSTMCell(3)\n'), '1.15');
    assert.strictEqual(t('import tensorflow.compat.v1 as tf\nfrom tensorflow.contrib import layers as contrib_layers\n'), '1.15');
    assert.strictEqual(t('import tensorflow as tf1x\nc = tf1x.contrib.rnn.GRUCell(2)\n'), '1.15');
    assert.match(targetFromApis('import tensorflow.compat.v1 as tf\n\n\nfrom tensorflow.contrib import rnn\n')!.evidence, /line 4/);
    assert.strictEqual(t('import tensorflow as tf\ncontrib = 3\nx = my.contrib.thing\n'), undefined);
    assert.match(targetFromApis('# ported from tf.contrib.layers tests\nimport tensorflow as tf\ny = tf.contrib.layers.flatten(x)\n')!.evidence, /line 3/);
  });

  it('a pin without an upper bound lets the code\'s API use pick an older TF within its range', () => {
    const contrib = targetFromApis('import tensorflow as tf\ny = tf.contrib.layers.layer_norm(x)\n');
    const open = targetFromPins('requirements.txt', 'tensorflow >= 1.11.0  # CPU Version of TensorFlow.\n')!;
    assert.deepStrictEqual([open.target, open.floor], ['keras3', '1.15']);
    const d = decideTarget('auto', () => open, contrib);
    assert.deepStrictEqual([d.target, d.source], ['1.15', 'api']);
    assert.match(d.evidence, /tf\.contrib \(line 2\).*requirements\.txt: tensorflow >= 1\.11\.0 allows it/);
    // a floor above what the code needs, an upper bound, or no API evidence: the pin decides
    assert.strictEqual(decideTarget('auto', () => targetFromPins('requirements.txt', 'tensorflow>=2.4\n'), contrib).target, 'keras3');
    assert.strictEqual(decideTarget('auto', () => targetFromPins('requirements.txt', 'tensorflow>=1.14,<2.13\n'), contrib).target, '2.15');
    assert.strictEqual(decideTarget('auto', () => open, null).target, 'keras3');
    assert.strictEqual(decideTarget('auto', () => targetFromPins('requirements.txt', 'tensorflow\n'), contrib).target, '1.15');
  });

  it('the setting beats a pin, a pin beats API use, API use beats the default', () => {
    const text = 'import tensorflow as tf\nx = tf.placeholder(tf.float32)\n';
    const pinned = { target: '2.15' as const, source: 'pin' as const, evidence: 'requirements.txt: tensorflow==2.15' };
    assert.strictEqual(decideTarget('keras3', () => pinned, targetFromApis(text)).source, 'option');
    assert.strictEqual(decideTarget('auto', () => pinned, targetFromApis(text)).target, '2.15');
    assert.strictEqual(decideTarget(undefined, () => null, targetFromApis(text)).target, '1.15');
    assert.deepStrictEqual(decideTarget('auto', () => null, targetFromApis('import tensorflow as tf\n')).source, 'default');
  });
});

describe('target: the analyzer', () => {
  let analyzer: Analyzer;
  before(async () => {
    analyzer = await loadAnalyzer();
  });
  const files = (map: Record<string, string>) => ({ readFile: (f: string) => map[f] });
  const program = 'import tensorflow.compat.v1 as tf\ntf.disable_v2_behavior()\nx = tf.placeholder(tf.float32, [None, 4])\ny = tf.layers.dense(x, 3)\n';

  it('reads the nearest requirements file above the entry and reports the target', () => {
    const r = analyzer.analyze('/ws/proj/src/main.py', files({ '/ws/proj/src/main.py': program, '/ws/proj/requirements.txt': 'tensorflow==1.15.5\n' }));
    assert.deepStrictEqual(r.target, { target: '1.15', source: 'pin', evidence: 'requirements.txt: tensorflow==1.15.5' });
    assert.deepStrictEqual(r.variables.map((v) => [v.name, v.shape]), [['dense/kernel', [4, 3]], ['dense/bias', [3]]]);
    assert.deepStrictEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
  });

  it('a removed Keras 3 API raises only when Keras 3 is known to be the target', () => {
    const pinned = analyzer.analyze('/ws/main.py', files({ '/ws/main.py': program, '/ws/requirements.txt': 'tensorflow>=2.16\n' }));
    assert.deepStrictEqual(pinned.diagnostics.filter((d) => d.raises).map((d) => [d.code, d.raises!.type, d.line]), [['removed-api', 'AttributeError', 4]]);
    assert.deepStrictEqual(pinned.variables, []);
    const chosen = analyzer.analyze('/ws/main.py', files({ '/ws/main.py': program }), { target: 'keras3' });
    assert.strictEqual(chosen.diagnostics.filter((d) => d.code === 'removed-api').length, 1);
    const auto = analyzer.analyze('/ws/main.py', files({ '/ws/main.py': program }));
    assert.strictEqual(auto.target?.target, '2.15');
    assert.deepStrictEqual(auto.diagnostics.filter((d) => d.severity === 'error'), []);
    assert.deepStrictEqual(auto.variables.map((v) => v.name), ['dense/kernel', 'dense/bias']);
  });

  it('tf.contrib code is analysed as TF 1.15; TF 2 targets the user or a pin chose raise its AttributeError', () => {
    const contrib = 'import tensorflow.compat.v1 as tf\ntf.disable_v2_behavior()\nx = tf.placeholder(tf.float32, [None, 4])\n'
      + 'y = tf.contrib.layers.fully_connected(x, 3)\nz = tf.contrib.layers.layer_norm(y)\n';
    const auto = analyzer.analyze('/ws/main.py', files({ '/ws/main.py': contrib }));
    assert.strictEqual(auto.target?.target, '1.15');
    assert.deepStrictEqual(auto.variables.map((v) => [v.name, v.shape]), [
      ['fully_connected/weights', [4, 3]], ['fully_connected/biases', [3]], ['LayerNorm/beta', [3]], ['LayerNorm/gamma', [3]],
    ]);
    assert.deepStrictEqual(auto.variables.map((v) => v.collections), Array(4).fill(['global_variables', 'model_variables', 'trainable_variables']));
    const pinned = analyzer.analyze('/ws/main.py', files({ '/ws/main.py': contrib, '/ws/requirements.txt': 'tensorflow==2.15.0\n' }));
    assert.deepStrictEqual(pinned.diagnostics.filter((d) => d.raises).map((d) => [d.raises!.type, d.raises!.message, d.line])[0],
      ['AttributeError', "module 'tensorflow.compat.v1' has no attribute 'contrib'", 4]);
    assert.deepStrictEqual(pinned.variables, []);
    const cells = 'import tensorflow as tf\ncell = tf.contrib.rnn.LSTMCell(3)\n';
    const chosen = analyzer.analyze('/ws/main.py', files({ '/ws/main.py': cells }), { target: 'keras3' });
    assert.deepStrictEqual(chosen.diagnostics.filter((d) => d.raises).map((d) => [d.raises!.message, d.line]), [["module 'tensorflow' has no attribute 'contrib'", 2]]);
  });
});
