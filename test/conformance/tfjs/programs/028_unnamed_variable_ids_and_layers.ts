import * as tf from '@tensorflow/tfjs';

const a = tf.variable(tf.ones([2]));
const model = tf.sequential();
model.add(tf.layers.dense({ units: 2, inputShape: [2] }));
const b = tf.variable(tf.randomNormal([2, 2], 1, 0.5, 'float32', 42));
const c = tf.variable(tf.scalar(3));
