// A helper whose top level makes state (variables, an optimizer, a model): imported only for its effects by 069.
import * as tf from '@tensorflow/tfjs';

export const slope = tf.variable(tf.randomNormal([3, 1], 0, 0.5));
export const offset = tf.variable(tf.zeros([1]), true, 'offset');
const optimizer = tf.train.adam(0.01);

const head = tf.sequential();
head.add(tf.layers.dense({ units: 2, inputShape: [3] }));
export const headName = head.name;
