import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({
  layers: [
    tf.layers.dense({ inputShape: [4], units: 8, useBias: false }),
    tf.layers.dense({ units: 3, kernelInitializer: 'heNormal', biasInitializer: 'ones' }),
  ],
});
