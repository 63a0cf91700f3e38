import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.bidirectional({ layer: tf.layers.simpleRNN({ units: 2, returnSequences: true }) as tf.RNN, inputShape: [6, 3], mergeMode: 'sum' }));
model.add(tf.layers.lstm({ units: 2, returnSequences: true }));
model.add(tf.layers.timeDistributed({ layer: tf.layers.dense({ units: 5, name: 'inner' }) }));
model.add(tf.layers.simpleRNN({ units: 1 }));
model.add(tf.layers.dense({ units: 1 }));
