import * as tf from '@tensorflow/tfjs';

// ConvLSTM2D: four gates; the kernel is sized by each time step's channels, the recurrent kernel by the filters.
const model = tf.sequential();
model.add(tf.layers.convLstm2d({ inputShape: [5, 9, 10, 3], filters: 4, kernelSize: 3, padding: 'same', strides: [1, 2], returnSequences: true }));
model.add(tf.layers.convLstm2d({ filters: 2, kernelSize: [2, 3], dilationRate: [1, 2], unitForgetBias: true }));
model.add(tf.layers.flatten());
model.add(tf.layers.dense({ units: 3 }));

// Channels first, no bias, in a functional model.
const frames = tf.input({ shape: [4, 3, 9, 10] });
const y = tf.layers.convLstm2d({ filters: 2, kernelSize: 2, dataFormat: 'channelsFirst', useBias: false, name: 'cf' }).apply(frames) as tf.SymbolicTensor;
const f = tf.layers.flatten().apply(y) as tf.SymbolicTensor;
const head = tf.model({ inputs: frames, outputs: tf.layers.dense({ units: 1, name: 'cf_head' }).apply(f) as tf.SymbolicTensor });
