// Our driver for tfjs-examples/quantization: the MNIST convnet, created and compiled.
import { createModel } from './model_mnist';

const model = createModel();
model.summary(undefined, undefined, () => undefined);
