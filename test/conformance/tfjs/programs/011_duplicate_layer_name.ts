import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.dense({ units: 4, inputShape: [2], name: 'same' }));
model.add(tf.layers.dense({ units: 4, name: 'same' }));
