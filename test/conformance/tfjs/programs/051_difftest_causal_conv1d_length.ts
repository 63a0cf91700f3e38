// Found by the TF.js differential tester (shrunk): TF.js's convOutputLength keeps the length only for 'same';
// a 'causal' conv1d gets the 'valid' length in its output shape, so the next layers' weights follow from it.
import * as tf from '@tensorflow/tfjs';

const model0 = tf.sequential();
model0.add(tf.layers.conv1d({ inputShape: [7, 6], filters: 3, kernelSize: [2], padding: 'causal' }));
model0.add(tf.layers.flatten());
model0.add(tf.layers.batchNormalization());
model0.add(tf.layers.dense({ units: 3 }));
