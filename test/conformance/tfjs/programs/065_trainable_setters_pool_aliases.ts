// `model.trainable = false` makes every weight of a model non-trainable in its counts, `layer.trainable = false`
// that layer's; the pooling factories TF.js also exports under short names (maxPool2d, avgPool2d,
// globalMaxPool1d, avgPool1d) make the same layers.
import * as tf from '@tensorflow/tfjs';

const image = tf.sequential();
image.add(tf.layers.conv2d({ filters: 4, kernelSize: 3, inputShape: [12, 12, 2] }));
image.add(tf.layers.maxPool2d({ poolSize: 2 }));
image.add(tf.layers.conv2d({ filters: 6, kernelSize: 2 }));
image.add(tf.layers.avgPool2d({ poolSize: 2 }));
image.add(tf.layers.flatten());
image.add(tf.layers.dense({ units: 3 }));
image.trainable = false;

const text = tf.sequential();
text.add(tf.layers.embedding({ inputDim: 30, outputDim: 8, inputLength: 10 }));
text.add(tf.layers.conv1d({ filters: 5, kernelSize: 3 }));
text.add(tf.layers.avgPool1d({ poolSize: 2 }));
const frozen = tf.layers.conv1d({ filters: 4, kernelSize: 2 });
text.add(frozen);
text.add(tf.layers.globalMaxPool1d({}));
text.add(tf.layers.dense({ units: 1 }));
frozen.trainable = false;
text.summary(undefined, undefined, () => undefined);
