import * as tf from '@tensorflow/tfjs';

const sizes = [3, 5, 2];
const weights: tf.Variable[] = [];
for (let i = 0; i < sizes.length - 1; i++) {
  weights.push(tf.variable(tf.randomNormal([sizes[i], sizes[i + 1]]), true, `w${i}`));
  weights.push(tf.variable(tf.zeros([sizes[i + 1]]), true, 'b' + i));
}
const lr = tf.variable(tf.scalar(0.01));
