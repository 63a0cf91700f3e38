// Our driver for nnance/tfjs-ts-examples: server/train.ts's trainPrediction makes the model with createModel() and
// compiles it with Adam and mean squared error before fitting.
import * as tf from '@tensorflow/tfjs';
import { createModel } from './predict-2d-data';

const model = createModel();
model.compile({ optimizer: tf.train.adam(), loss: tf.losses.meanSquaredError, metrics: ['mse'] });
