// Our driver for tfjs-examples/mnist-node: its model.js builds and compiles the convnet when it is loaded.
const model = require('./model');

model.summary(undefined, undefined, () => undefined);
