import * as tf from '@tensorflow/tfjs';

const depth = 3;
const width = 4;
const model = tf.sequential();
model.add(tf.layers.dense({ units: width, inputShape: [width], name: 'stem' }));
for (let i = 0; i < depth; i++) {
  model.add(tf.layers.dense({ units: width * (i + 1), name: `block_${i}`, useBias: i % 2 === 0 }));
  if (i === 1) {
    model.add(tf.layers.batchNormalization({ name: `bn_${i}` }));
  }
}
let k = 0;
while (k < 2) {
  tf.variable(tf.ones([k + 1]), true, `counter_${k}`);
  k += 1;
}
