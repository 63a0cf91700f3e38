import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.embedding({ inputDim: 50, outputDim: 8, inputLength: 6, embeddingsInitializer: 'glorotUniform', name: 'tok' }));
model.add(tf.layers.dense({ units: 5, useBias: true }));
model.add(tf.layers.flatten());
model.add(tf.layers.dense({ units: 2, kernelInitializer: 'zeros' }));
