import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.dense({ units: 3 }));
model.add(tf.layers.dense({ units: 2, biasInitializer: tf.initializers.constant({ value: 0.5 }) }));
model.build([null, 7]);
