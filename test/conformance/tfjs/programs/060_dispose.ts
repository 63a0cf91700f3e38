// dispose() frees variable names in the engine: a tf.variable may take a disposed variable's name, or a disposed
// model's weight name; tf.disposeVariables() frees them all. Layer names keep counting.
import * as tf from '@tensorflow/tfjs';

const v = tf.variable(tf.zeros([3]), true, 'state');
v.dispose();
const again = tf.variable(tf.ones([2]), true, 'state');

const m = tf.sequential({ layers: [tf.layers.dense({ units: 3, inputShape: [2], name: 'fc' })] });
m.dispose();
const m2 = tf.sequential({ layers: [tf.layers.dense({ units: 3, inputShape: [2], name: 'fc' })] });
const taken = tf.variable(tf.zeros([1]), true, 'fc/kernel');

const l = tf.layers.dense({ units: 2, name: 'eager' });
l.apply(tf.zeros([1, 3]));
l.dispose();
const w = tf.variable(tf.zeros([1]), true, 'eager/kernel');

const u = tf.variable(tf.zeros([2]), true, 'u');
tf.disposeVariables();
const u2 = tf.variable(tf.zeros([2]), true, 'u');
