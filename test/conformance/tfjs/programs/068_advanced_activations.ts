// TF.js's advanced activation layers (tf.layers.leakyReLU, reLU, elu, softmax, prelu): each keeps its input's
// shape, so the layers after them are sized; prelu makes an `alpha` weight per input element (batch excluded),
// 1 along its sharedAxes, zeros unless told.
import * as tf from '@tensorflow/tfjs';

const disc = tf.sequential();
disc.add(tf.layers.conv2d({ filters: 4, kernelSize: 3, padding: 'same', strides: 2, inputShape: [14, 14, 1] }));
disc.add(tf.layers.leakyReLU({ alpha: 0.2 }));
disc.add(tf.layers.conv2d({ filters: 6, kernelSize: 3 }));
disc.add(tf.layers.reLU({ maxValue: 6 }));
disc.add(tf.layers.prelu({ sharedAxes: [1, 2] }));
disc.add(tf.layers.flatten());
disc.add(tf.layers.dense({ units: 5 }));
disc.add(tf.layers.elu());
disc.add(tf.layers.prelu({ alphaInitializer: 'ones' }));
disc.add(tf.layers.dense({ units: 3 }));
disc.add(tf.layers.softmax());
disc.summary(undefined, undefined, () => undefined);

const input = tf.input({ shape: [7] });
const hidden = tf.layers.leakyReLU().apply(tf.layers.dense({ units: 4 }).apply(input) as tf.SymbolicTensor);
const out = tf.layers.dense({ units: 2 }).apply(tf.layers.prelu().apply(hidden) as tf.SymbolicTensor) as tf.SymbolicTensor;
tf.model({ inputs: input, outputs: out }).summary(undefined, undefined, () => undefined);
