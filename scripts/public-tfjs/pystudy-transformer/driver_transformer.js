// Our driver for spiritwindy/pyStudy: a TimeSeriesTransformer (CONFIG's 10 attention blocks of dense layers, a
// dense decoder) and one forward pass on a batch of CONFIG's shape, as a training step makes it; its layers are
// built by that eager call.
import * as tf from '@tensorflow/tfjs';
import { CONFIG, TimeSeriesTransformer } from './TimeSeriesTransformer.js';

const transformer = new TimeSeriesTransformer();
const out = transformer.predict(tf.zeros([CONFIG.BATCH_SIZE, CONFIG.SEQ_LENGTH, CONFIG.INPUT_DIM]));
