// A model built from another's `inputs` and applied to them (encoder/decoder), a custom layer without weights
// called on a list of tensors (its computeOutputShape gets the list of shapes), and an LSTM given an
// `initialState`: the state's layers are inbound to its node, so they order the functional model's layers.
import * as tf from '@tensorflow/tfjs';

class Pick extends tf.layers.Layer {
  constructor(config: any) {
    super(config);
  }
  computeOutputShape(inputShape: any) {
    return inputShape[1];
  }
  call(inputs: any) {
    return inputs[1];
  }
  static get className() {
    return 'Pick';
  }
}

const x = tf.input({ shape: [10], name: 'enc_in' });
const h = tf.layers.dense({ units: 8 }).apply(x) as tf.SymbolicTensor;
const m1 = tf.layers.dense({ units: 3, name: 'mean' }).apply(h) as tf.SymbolicTensor;
const m2 = tf.layers.dense({ units: 4, name: 'spread' }).apply(h) as tf.SymbolicTensor;
const picked = new Pick({ name: 'pick' }).apply([m1, m2]) as tf.SymbolicTensor;
const encoder = tf.model({ inputs: x, outputs: [m1, picked], name: 'enc' });

const zin = tf.input({ shape: [4] });
const decoder = tf.model({ inputs: zin, outputs: tf.layers.dense({ units: 10 }).apply(zin) as tf.SymbolicTensor });
const outs = encoder.apply(encoder.inputs) as tf.SymbolicTensor[];
const joined = tf.model({ inputs: encoder.inputs, outputs: [decoder.apply(outs[1]) as tf.SymbolicTensor, outs[0]], name: 'joined' });

const seqA = tf.input({ shape: [6, 5] });
const seqB = tf.input({ shape: [4, 3] });
const encSeq = tf.layers.lstm({ units: 7, returnSequences: true }).apply(seqA) as tf.SymbolicTensor;
const last = tf.layers.lstm({ units: 7 }).apply(encSeq) as tf.SymbolicTensor;
const dec = tf.layers.lstm({ units: 7, returnSequences: true }).apply(seqB, { initialState: [last, last] }) as tf.SymbolicTensor;
const seq = tf.model({ inputs: [seqA, seqB], outputs: dec });
