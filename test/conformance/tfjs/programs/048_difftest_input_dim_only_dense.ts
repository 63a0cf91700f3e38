// Found by the TF.js differential tester (shrunk): only Dense turns `inputDim` into an input shape (with
// batchSize); on any other first layer of a Sequential it is ignored and add() raises.
import * as tf from '@tensorflow/tfjs';

const model0 = tf.sequential();
model0.add(tf.layers.dense({ inputDim: 3, batchSize: 8, units: 2 }));
const model1 = tf.sequential();
model1.add(tf.layers.layerNormalization({ inputDim: 9 } as any));
