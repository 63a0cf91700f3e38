// A functional model with named heads (value / policy / aux): every head's weights, and the model's layers and
// parameter counts; compile with one loss per head.
import * as tf from '@tensorflow/tfjs';

const obs = tf.input({ shape: [6], name: 'obs' });
const trunk = tf.layers.dense({ units: 8, activation: 'relu', name: 'trunk' }).apply(obs) as tf.SymbolicTensor;
const value = tf.layers.dense({ units: 1, name: 'value' }).apply(trunk) as tf.SymbolicTensor;
const policy = tf.layers.dense({ units: 4, activation: 'softmax', name: 'policy' }).apply(trunk) as tf.SymbolicTensor;
const aux = tf.layers.dense({ units: 2, name: 'aux' }).apply(obs) as tf.SymbolicTensor;
const net = tf.model({ inputs: obs, outputs: [value, policy, aux] });
net.compile({ optimizer: 'sgd', loss: ['meanSquaredError', 'categoricalCrossentropy', 'meanSquaredError'] });
