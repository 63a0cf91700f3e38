// Our driver for tfjs-examples/jena-weather: buildModel as its index.js calls it (10 days looked back in 1-hour
// steps, 14 data columns), for the GRU and the L2-regularized MLP.
import { buildModel } from './models';

const lookBack = 10 * 24 * 6;
const step = 6;
const numFeatures = 14;
const gru = buildModel('gru', Math.floor(lookBack / step), numFeatures);
const mlp = buildModel('mlp-l2', Math.floor(lookBack / step), numFeatures);
