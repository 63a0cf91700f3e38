// Our driver for doggor/tfjs-text-classification-demo: the model-creating dialog calls createModel(name) with the
// default layer structure (each layer made as tf.layers[type](props)); the model is saved to IndexedDB, which Node
// lacks, so the returned promise rejects after the model is built.
import createModel from './createModel';

createModel('demo').catch(() => undefined);
