import * as tf from '@tensorflow/tfjs';

const first = tf.variable(tf.ones([2]), true, 'shared');
const second = tf.variable(tf.zeros([2]), true, 'shared');
