import * as tf from '@tensorflow/tfjs';

const shared = tf.layers.dense({ units: 3, name: 'proj' });
const a = tf.input({ shape: [4] });
const b = tf.input({ shape: [5] });
const ya = shared.apply(a);
const yb = shared.apply(b);
