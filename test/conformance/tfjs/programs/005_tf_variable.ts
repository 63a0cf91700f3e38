import * as tf from '@tensorflow/tfjs';

const w = tf.variable(tf.randomNormal([3, 4], 0, 0.1), true, 'weights');
const b = tf.variable(tf.zeros([4]), true, 'bias');
const step = tf.variable(tf.scalar(0, 'int32'), false, 'step');
const u = tf.variable(tf.randomUniform([2, 2], -1, 1));
const t = tf.variable(tf.truncatedNormal([5], 1, 2));
const f = tf.variable(tf.fill([2, 3], 7));
const o = tf.variable(tf.ones([3], 'int32'), false);
