// Our driver for tfjs-examples/abalone-node: the model its train.js builds for the 8 feature columns of the CSV.
const createModel = require('./model');

const numFeatures = 8;
const model = createModel([numFeatures]);
model.summary(undefined, undefined, () => undefined);
