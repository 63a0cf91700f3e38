import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.conv2d({ inputShape: [8, 8, 3], filters: 6, kernelSize: 3, useBias: false }));
model.add(tf.layers.batchNormalization({ center: false, gammaInitializer: 'randomNormal' }));
model.add(tf.layers.batchNormalization({ scale: false, movingVarianceInitializer: 'zeros' }));
model.add(tf.layers.layerNormalization({ center: false }));
