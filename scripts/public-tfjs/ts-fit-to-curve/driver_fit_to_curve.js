// Our driver for nnance/tfjs-ts-examples: the fit-to-curve page calls createRandomCoefficients() (four tf.variable
// scalars made inside tf.tidy) and trains them with the module's SGD optimizer.
import { createRandomCoefficients } from './fit-to-curve';

const coefficients = createRandomCoefficients();
