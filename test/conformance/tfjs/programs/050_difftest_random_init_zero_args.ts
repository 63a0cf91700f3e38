// Found by the TF.js differential tester (shrunk): TF.js's RandomUniform/RandomNormal/TruncatedNormal read their
// numbers as `args.x || DEFAULT`, so a 0 becomes the default (minval -0.05, stddev 0.05); a 0 mean stays 0.
import * as tf from '@tensorflow/tfjs';

const model0 = tf.sequential();
model0.add(tf.layers.gru({ inputShape: [5, 5], units: 4, recurrentInitializer: tf.initializers.randomUniform({ minval: 0, maxval: 0.2 }) }));
model0.add(tf.layers.dense({ units: 3, kernelInitializer: tf.initializers.randomNormal({ mean: 0, stddev: 0 }), biasInitializer: tf.initializers.truncatedNormal({ mean: 0.5, stddev: 0 }) }));
