import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.lstm({ units: 5, inputShape: [7, 2], returnSequences: true, kernelInitializer: 'heNormal', recurrentInitializer: tf.initializers.orthogonal({ gain: 0.5 }), biasInitializer: 'ones' }));
model.add(tf.layers.gru({ units: 3, useBias: false, returnSequences: true }));
model.add(tf.layers.simpleRNN({ units: 2, recurrentInitializer: 'identity' }));
