import * as tf from '@tensorflow/tfjs';

const vocab = 100;
const model = tf.sequential();
model.add(tf.layers.embedding({ inputDim: vocab, outputDim: 16, inputLength: 10 }));
model.add(tf.layers.lstm({ units: 32 }));
model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
