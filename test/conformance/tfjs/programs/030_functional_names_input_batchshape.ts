import * as tf from '@tensorflow/tfjs';

const img = tf.input({ batchShape: [null, 16, 16, 1], name: 'image' });
let x = tf.layers.conv2d({ filters: 3, kernelSize: 3, padding: 'same', name: 'c1' }).apply(img) as tf.SymbolicTensor;
x = tf.layers.maxPooling2d({}).apply(x) as tf.SymbolicTensor;
x = tf.layers.conv2d({ filters: 5, kernelSize: [2, 4], strides: [2, 1] }).apply(x) as tf.SymbolicTensor;
x = tf.layers.flatten().apply(x) as tf.SymbolicTensor;
const y = tf.layers.dense({ units: 10, name: 'logits' }).apply(x) as tf.SymbolicTensor;
const model = tf.model({ inputs: img, outputs: y });
