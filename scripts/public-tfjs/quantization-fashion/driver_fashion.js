// Our driver for tfjs-examples/quantization: the Fashion-MNIST convnet, created and compiled.
import { createModel } from './model_fashion_mnist';

const model = createModel();
model.summary(undefined, undefined, () => undefined);
