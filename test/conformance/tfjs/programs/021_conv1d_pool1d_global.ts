import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.conv1d({ inputShape: [100, 6], filters: 12, kernelSize: 5, strides: 2, activation: 'relu' }));
model.add(tf.layers.maxPooling1d({ poolSize: 3 }));
model.add(tf.layers.conv1d({ filters: 4, kernelSize: 3, padding: 'same', kernelInitializer: 'heUniform' }));
model.add(tf.layers.flatten());
model.add(tf.layers.dense({ units: 2 }));
