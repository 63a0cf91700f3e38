import * as tf from '@tensorflow/tfjs';

function head(name: string, inputs: number) {
  return tf.sequential({ layers: [tf.layers.dense({ units: 2, inputShape: [inputs], name })] });
}
const h1 = head('head', 3);
const h2 = head('head', 4);
const h3 = head('head', 5);
const v = tf.variable(tf.zeros([1]), true, 'head/kernel_3');
