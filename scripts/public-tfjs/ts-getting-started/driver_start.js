// Our driver for claasahl/tfjs-playground-ts: getting_started/src/index.ts is a script (one dense layer, compiled
// with the 'sgd' string, fitted); running it is importing it.
import './index';
