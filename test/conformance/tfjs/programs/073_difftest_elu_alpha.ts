// Found by the TF.js difftest once it drew the advanced activations: TF.js 4.22's ELU constructor throws
// NotImplementedError for any alpha but 1 (after Layer's constructor took its name); alpha 1 is accepted.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.conv2d({ filters: 3, kernelSize: 2, inputShape: [5, 5, 2] }));
model.add(tf.layers.elu({ alpha: 1 }));
model.add(tf.layers.prelu({ alphaInitializer: 'heNormal', sharedAxes: [1] }));
model.add(tf.layers.flatten());
model.add(tf.layers.dense({ units: 2 }));
model.add(tf.layers.elu({ alpha: 0.5 }));
