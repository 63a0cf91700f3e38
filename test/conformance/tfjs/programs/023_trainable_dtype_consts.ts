import * as tf from '@tensorflow/tfjs';

const frozen = tf.layers.dense({ units: 3, inputShape: [2], trainable: false });
const model = tf.sequential({ layers: [frozen, tf.layers.dense({ units: 1 })] });
const table = tf.variable(tf.tensor2d([[1, 2], [3, 4]]), false, 'table');
const scale = tf.variable(tf.tensor1d([0.5, 0.5, 0.5]), true, 'scale');
const idx = tf.variable(tf.zeros([4], 'int32'), false, 'idx');
const half = tf.variable(tf.fill([2, 2], 0.5), true, 'half', 'float32');
