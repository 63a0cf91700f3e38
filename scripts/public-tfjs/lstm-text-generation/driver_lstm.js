// Our driver for tfjs-examples/lstm-text-generation: two stacked LSTMs over 40-character windows of a 71-character
// set, compiled with RMSProp as the page does.
import { compileModel, createModel } from './model';

const sampleLen = 40;
const charSetSize = 71;
const model = createModel(sampleLen, charSetSize, [128, 128]);
compileModel(model, 1e-2);
