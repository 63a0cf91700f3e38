import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.zeroPadding2d({ inputShape: [10, 10, 3], padding: 1 }));
model.add(tf.layers.depthwiseConv2d({ kernelSize: 3, depthMultiplier: 2 }));
model.add(tf.layers.separableConv2d({ filters: 8, kernelSize: 3, padding: 'same' }));
model.add(tf.layers.upSampling2d({ size: [2, 2] }));
model.add(tf.layers.conv2dTranspose({ filters: 4, kernelSize: 3, strides: 2, padding: 'same' }));
model.add(tf.layers.globalAveragePooling2d({}));
model.add(tf.layers.dense({ units: 2 }));
