// Found by the TF.js differential tester (shrunk): SeparableConv2D's pointwise kernel takes depthwiseInitializer
// (else glorotUniform); pointwiseInitializer is ignored by TF.js 4.22.
import * as tf from '@tensorflow/tfjs';

const in0 = tf.input({ shape: [8, 7, 1] });
let h0: tf.SymbolicTensor = in0;
h0 = tf.layers.separableConv2d({ filters: 4, kernelSize: [1, 2], pointwiseInitializer: tf.initializers.randomUniform({ minval: -0.39, maxval: 0.84, seed: 58 }) }).apply(h0) as tf.SymbolicTensor;
h0 = tf.layers.separableConv2d({ filters: 2, kernelSize: 1, depthwiseInitializer: 'ones', pointwiseInitializer: 'zeros' }).apply(h0) as tf.SymbolicTensor;
const model0 = tf.model({ inputs: in0, outputs: h0 });
