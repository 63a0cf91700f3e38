import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.embedding({ inputDim: 30, outputDim: 4, inputLength: 5 }));
model.add(tf.layers.bidirectional({ layer: tf.layers.lstm({ units: 3, returnSequences: true }) as tf.RNN, mergeMode: 'concat' }));
model.add(tf.layers.timeDistributed({ layer: tf.layers.dense({ units: 2 }) }));
model.add(tf.layers.bidirectional({ layer: tf.layers.gru({ units: 2 }) as tf.RNN }));
