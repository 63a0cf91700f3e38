import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.conv2d({ inputShape: [32, 32, 3], filters: 4, kernelSize: [3, 3], strides: 2, useBias: false }));
model.add(tf.layers.maxPooling2d({ poolSize: 3, strides: 1, padding: 'same' }));
model.add(tf.layers.conv2d({ filters: 2, kernelSize: 3 }));
model.add(tf.layers.flatten());
model.add(tf.layers.dense({ units: 3 }));
