import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.gru({ units: 8, inputShape: [5, 3], returnSequences: true }));
model.add(tf.layers.simpleRNN({ units: 4 }));
