// Found by the TF.js differential tester (shrunk): tfjs-layers checks the names of symbolic tensors and layer
// weights (isValidTensorName): Sequential.add's input '<layer>_input' fails first; a weightless layer's output,
// named after the layer, fails after its build.
import * as tf from '@tensorflow/tfjs';

const in0 = tf.input({ shape: [3] });
let h0: tf.SymbolicTensor = tf.layers.dense({ units: 2, name: 'ok/x.v2-a_' }).apply(in0) as tf.SymbolicTensor;
h0 = tf.layers.dropout({ rate: 0.5, name: 'l3_x sp' }).apply(h0) as tf.SymbolicTensor;
