import * as tf from '@tensorflow/tfjs';

const inp = tf.input({ shape: [3] });
const a = tf.layers.dense({ units: 4, name: 'twin' }).apply(inp) as tf.SymbolicTensor;
const b = tf.layers.dense({ units: 2, name: 'twin' }).apply(a) as tf.SymbolicTensor;
const model = tf.model({ inputs: inp, outputs: b });
