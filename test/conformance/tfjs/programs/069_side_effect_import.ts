// `import './m'` without bindings still evaluates the module (its top-level variables, optimizer and model are
// made); importing a name from it again later does not evaluate it twice.
import './_effects';
import * as tf from '@tensorflow/tfjs';
import { slope } from './_effects';

const scale = tf.variable(tf.ones(slope.shape), true, 'scale');
const model = tf.sequential();
model.add(tf.layers.dense({ units: 4, inputShape: [3] }));
