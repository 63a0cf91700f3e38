import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.dense({ units: 12, inputShape: [6] }));
model.add(tf.layers.batchNormalization());
model.add(tf.layers.layerNormalization());
model.add(tf.layers.dense({ units: 2 }));
