// Our driver for tfjs-examples/quantization: the California-housing regressor (input size from the feature list).
import { createModel } from './model_housing';

const model = createModel();
model.summary(undefined, undefined, () => undefined);
