import * as tf from '@tensorflow/tfjs';

const shared = tf.layers.dense({ units: 8, activation: 'tanh' });
const left = tf.input({ shape: [5] });
const right = tf.input({ shape: [5] });
const a = shared.apply(left) as tf.SymbolicTensor;
const b = shared.apply(right) as tf.SymbolicTensor;
const merged = tf.layers.concatenate().apply([a, b]) as tf.SymbolicTensor;
const out = tf.layers.dense({ units: 1 }).apply(merged) as tf.SymbolicTensor;
const model = tf.model({ inputs: [left, right], outputs: out });
