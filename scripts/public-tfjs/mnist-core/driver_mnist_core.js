// Our driver for tfjs-examples/mnist-core: its index.js imports the model module, whose top level makes the SGD
// optimizer and the convolution and fully connected weights with tf.variable (the core API, no layers).
import * as model from './model';

const predictFn = model.predict;
