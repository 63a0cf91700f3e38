import * as tf from '@tensorflow/tfjs';

const input = tf.input({ shape: [20] });
const hidden = tf.layers.dense({ units: 64, activation: 'relu' }).apply(input) as tf.SymbolicTensor;
const dense2 = tf.layers.dense({ units: 32, activation: 'relu', name: 'second' });
const h2 = dense2.apply(hidden) as tf.SymbolicTensor;
const out = tf.layers.dense({ units: 5, activation: 'softmax' }).apply(h2) as tf.SymbolicTensor;
const model = tf.model({ inputs: input, outputs: out });
