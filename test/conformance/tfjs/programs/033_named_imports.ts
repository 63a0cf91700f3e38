import { sequential, layers, variable, zeros, randomUniform, initializers } from '@tensorflow/tfjs';

const m = sequential();
m.add(layers.dense({ units: 6, inputShape: [3], kernelInitializer: initializers.leCunUniform({}) }));
m.add(layers.dense({ units: 1, kernelInitializer: 'GlorotUniform' }));
const bias = variable(zeros([6]), true, 'extra_bias');
const noise = variable(randomUniform([3], -0.1, 0.1));
