// Our driver for pascalbayer/tfjs-mnist: index.ts's createModel() returns createConvModel() from model.ts.
import { createConvModel } from './model';

const model = createConvModel();
