// `tensor.variable(trainable?, name?, dtype?)` is tf.variable of that tensor (tfjs-core's Tensor.variable calls
// the engine's makeVariable): unnamed ones take the engine's next number, the dtype argument casts, and a name
// used twice raises as tf.variable does.
import * as tf from '@tensorflow/tfjs';

const a = tf.scalar(2.5).variable();
const b = tf.zeros([3]).variable();
const w = tf.randomNormal([4, 2], 0, 0.3).variable(false, 'w');
const counts = tf.ones([5]).variable(true, 'counts', 'int32');
const prediction = (x: tf.Tensor) => w.mul(x).add(a);
const optimizer = tf.train.sgd(0.1);
const again = tf.truncatedNormal([2]).variable(true, 'w');
