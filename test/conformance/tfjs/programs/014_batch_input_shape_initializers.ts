import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.dense({ units: 6, batchInputShape: [null, 3], kernelInitializer: 'leCunNormal', biasInitializer: tf.initializers.randomNormal({ mean: 1, stddev: 0.5 }) }));
model.add(tf.layers.dense({ units: 2, kernelInitializer: tf.initializers.heUniform({}), biasInitializer: tf.initializers.truncatedNormal({ stddev: 0.2 }) }));
model.add(tf.layers.dense({ units: 2, kernelInitializer: tf.initializers.orthogonal({ gain: 2 }), useBias: false }));
model.add(tf.layers.dense({ units: 2, kernelInitializer: tf.initializers.varianceScaling({ scale: 2, mode: 'fanOut', distribution: 'uniform' }) }));
