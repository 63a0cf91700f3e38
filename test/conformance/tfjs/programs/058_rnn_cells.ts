// tf.layers.rnn over one cell (weights directly under the layer), a list of cells and stackedRNNCells (each
// cell's weights under RNNCell_<i>, sized by the previous cell's units).
import * as tf from '@tensorflow/tfjs';

const single = tf.sequential({ layers: [tf.layers.rnn({ cell: tf.layers.lstmCell({ units: 3 }), inputShape: [6, 2] }), tf.layers.dense({ units: 2 })] });
const list = tf.sequential({
  layers: [tf.layers.rnn({ cell: [tf.layers.lstmCell({ units: 2 }), tf.layers.gruCell({ units: 3 }), tf.layers.simpleRNNCell({ units: 4 })], inputShape: [4, 5], name: 'deep' })],
});
const seq = tf.input({ shape: [7, 3] });
const cells = tf.layers.stackedRNNCells({ cells: [tf.layers.simpleRNNCell({ units: 5 }), tf.layers.lstmCell({ units: 4, kernelInitializer: 'heNormal' })] });
const out = tf.layers.rnn({ cell: cells, returnSequences: true }).apply(seq) as tf.SymbolicTensor;
const stacked = tf.model({ inputs: seq, outputs: tf.layers.dense({ units: 1 }).apply(out) as tf.SymbolicTensor });
