// Found by the TF.js differential tester (shrunk): Sequential.add accepts a repeated layer name, but compile()
// builds a LayersModel, whose container rejects it (the input layer add() made is '<first layer>_input').
import * as tf from '@tensorflow/tfjs';

const model0 = tf.sequential();
for (let i = 0; i < 2; i++) {
  model0.add(tf.layers.dense({ inputShape: [2], units: 6, name: 'l1_x' }));
}
model0.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
