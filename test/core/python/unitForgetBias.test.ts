// Keras's unit_forget_bias with a random bias initializer: three draws concatenated with ones, not modelled, so
// the bias is unknown with its reason (never a guessed constant); the constant cases are TF-recorded (program 926).
import * as assert from 'assert';
import type { Analyzer } from '../../../src/core/api';
import { loadAnalyzer } from '../../../src/host/node';

describe('Keras unit_forget_bias', () => {
  let analyzer: Analyzer;
  before(async () => {
    analyzer = await loadAnalyzer();
  });
  const bias = (init: string): { kind: string; reason?: string } => {
    const src = `import keras\ninp = keras.Input(shape=(4, 3))\nout = keras.layers.LSTM(2, bias_initializer=${init})(inp)\n`;
    const r = analyzer.analyze('/ws/main.py', { readFile: (p) => (p === '/ws/main.py' ? src : undefined) });
    return r.variables.find((v) => v.name === 'lstm/lstm_cell/bias')!.initializer as { kind: string; reason?: string };
  };

  it('is unknown, with its reason, for a random bias initializer', () => {
    const spec = bias('"random_normal"');
    assert.strictEqual(spec.kind, 'unknown');
    assert.match(spec.reason!, /unit_forget_bias: the bias initializer \(random_normal\) drawn for three of the four gates/);
  });

  it('is the constant with ones for the forget gate for a constant one', () => {
    assert.deepStrictEqual(bias('keras.initializers.Constant(2.0)'), { kind: 'constant', value: [2, 2, 1, 1, 2, 2, 2, 2], api: 'keras', note: 'unit_forget_bias' });
  });
});
