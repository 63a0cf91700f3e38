// Found by the TF.js differential tester (shrunk): varianceScaling with distribution 'truncatedNormal' draws a
// uniform in TF.js 4.22 (only 'normal' draws a truncated normal).
import * as tf from '@tensorflow/tfjs';

const model0 = tf.sequential();
model0.add(tf.layers.conv2d({ inputShape: [7, 3, 4], filters: 3, kernelSize: 1, kernelInitializer: tf.initializers.varianceScaling({ scale: 0.29, mode: 'fanOut', distribution: 'truncatedNormal', seed: 96 }) }));
model0.add(tf.layers.dense({ units: 2, kernelInitializer: tf.initializers.varianceScaling({ scale: 2, mode: 'fanIn', distribution: 'normal' }) }));
