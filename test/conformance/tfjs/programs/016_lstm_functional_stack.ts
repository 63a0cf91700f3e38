import * as tf from '@tensorflow/tfjs';

const seq = tf.input({ shape: [12, 4], name: 'seq' });
let x = tf.layers.lstm({ units: 6, returnSequences: true }).apply(seq) as tf.SymbolicTensor;
x = tf.layers.lstm({ units: 3, unitForgetBias: false, recurrentInitializer: 'glorotUniform' }).apply(x) as tf.SymbolicTensor;
const y = tf.layers.dense({ units: 1 }).apply(x) as tf.SymbolicTensor;
const model = tf.model({ inputs: seq, outputs: y, name: 'forecaster' });
