import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.dense({ units: 32, inputShape: [784], activation: 'relu' }));
model.add(tf.layers.dense({ units: 10, activation: 'softmax' }));
