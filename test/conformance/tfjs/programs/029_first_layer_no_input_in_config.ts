import * as tf from '@tensorflow/tfjs';

const ok = tf.variable(tf.zeros([3]), true, 'before');
const model = tf.sequential({
  layers: [
    tf.layers.flatten(),
    tf.layers.dense({ units: 2 }),
  ],
});
