// Our driver for claasahl/tfjs-playground-ts: tfjs-tutorial-1/src/index.ts is a script (core-concepts tutorial: a
// tf.variable, a simpleRNN model compiled with SGD, then fit); running it is importing it.
import './index';
