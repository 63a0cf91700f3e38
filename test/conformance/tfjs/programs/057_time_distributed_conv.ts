// timeDistributed around convolutions (conv2d, conv3d) and pooling, as the first layer of a Sequential and
// applied functionally: the inner layer's weights named by the wrapper.
import * as tf from '@tensorflow/tfjs';

const video = tf.sequential({
  layers: [
    tf.layers.timeDistributed({ inputShape: [4, 8, 8, 3], layer: tf.layers.conv2d({ filters: 6, kernelSize: 3 }) }),
    tf.layers.timeDistributed({ layer: tf.layers.maxPooling2d({ poolSize: 2 }) }),
    tf.layers.timeDistributed({ layer: tf.layers.flatten() }),
    tf.layers.lstm({ units: 5 }),
  ],
});
const clip = tf.input({ shape: [3, 4, 5, 6, 2] });
const feat = tf.layers.timeDistributed({ layer: tf.layers.conv3d({ filters: 4, kernelSize: 2 }) }).apply(clip) as tf.SymbolicTensor;
const flat = tf.layers.timeDistributed({ layer: tf.layers.flatten() }).apply(feat) as tf.SymbolicTensor;
const clipModel = tf.model({ inputs: clip, outputs: tf.layers.timeDistributed({ layer: tf.layers.dense({ units: 2 }) }).apply(flat) as tf.SymbolicTensor });
