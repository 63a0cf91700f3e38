import * as tf from '@tensorflow/tfjs';

// 3D convolutions (plain and transposed) and 3D pooling, channels last, in a Sequential model.
const model = tf.sequential();
model.add(tf.layers.conv3d({ inputShape: [8, 8, 8, 2], filters: 4, kernelSize: 3, strides: [1, 2, 2], padding: 'same' }));
model.add(tf.layers.maxPooling3d({ poolSize: 2 }));
model.add(tf.layers.conv3dTranspose({ filters: 3, kernelSize: [2, 3, 3], strides: 2 }));
model.add(tf.layers.averagePooling3d({ poolSize: [1, 2, 2], strides: 1, padding: 'valid' }));
model.add(tf.layers.flatten());
model.add(tf.layers.dense({ units: 2 }));

// Functional: a dilated 3D convolution, uneven pooling windows and strides, then a dense head.
const x = tf.input({ shape: [9, 10, 11, 1] });
const y = tf.layers.conv3d({ filters: 2, kernelSize: 2, dilationRate: 2, name: 'dilated', kernelInitializer: 'heNormal' }).apply(x) as tf.SymbolicTensor;
const z = tf.layers.maxPooling3d({ poolSize: [2, 2, 3], strides: [2, 1, 1] }).apply(y) as tf.SymbolicTensor;
const f = tf.layers.flatten().apply(z) as tf.SymbolicTensor;
const head = tf.model({ inputs: x, outputs: tf.layers.dense({ units: 1, name: 'head' }).apply(f) as tf.SymbolicTensor });
