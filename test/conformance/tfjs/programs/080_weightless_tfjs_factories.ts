// TF.js's weightless layers tf.layers.cropping2D (Cropping2D: a number, [h, w] or [[top, bottom], [left, right]],
// channelsFirst too), gaussianNoise, gaussianDropout, alphaDropout, spatialDropout1d, masking and rescaling
// (tfjs-layers exports_layers.ts): named after their classes, the input's shape through (cropping: minus the crops),
// so the layers after them build on it (nbardy/AlphaGOJS's cropping2D).
import * as tf from '@tensorflow/tfjs';

const img = tf.input({ shape: [9, 8, 3] });
let x = tf.layers.cropping2D({ cropping: [[0, 2], [1, 3]] }).apply(img) as tf.SymbolicTensor; // [7, 4, 3]
x = tf.layers.cropping2D({ cropping: [1, 0] }).apply(x) as tf.SymbolicTensor; // [5, 4, 3]
x = tf.layers.cropping2D({ cropping: 1, dataFormat: 'channelsFirst' }).apply(x) as tf.SymbolicTensor; // [5, 2, 1]
x = tf.layers.gaussianNoise({ stddev: 0.1 }).apply(x) as tf.SymbolicTensor;
x = tf.layers.gaussianDropout({ rate: 0.2 }).apply(x) as tf.SymbolicTensor;
x = tf.layers.rescaling({ scale: 1 / 255 }).apply(x) as tf.SymbolicTensor;
const flat = tf.layers.flatten().apply(x) as tf.SymbolicTensor;
const out = tf.layers.dense({ units: 2 }).apply(tf.layers.alphaDropout({ rate: 0.1 }).apply(flat) as tf.SymbolicTensor) as tf.SymbolicTensor;
const vision = tf.model({ inputs: img, outputs: out });
const seq = tf.sequential({
  layers: [
    tf.layers.masking({ maskValue: 0, inputShape: [6, 5] }),
    tf.layers.spatialDropout1d({ rate: 0.3 }),
    tf.layers.lstm({ units: 3 }),
  ],
});
vision.summary(undefined, undefined, () => undefined);
seq.summary(undefined, undefined, () => undefined);
