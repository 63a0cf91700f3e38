import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({ name: 'classifier' });
model.add(tf.layers.dense({ units: 16, inputDim: 5, name: 'hidden' }));
model.add(tf.layers.dense({ units: 2, name: 'logits', kernelInitializer: tf.initializers.glorotNormal({ seed: 3 }) }));
