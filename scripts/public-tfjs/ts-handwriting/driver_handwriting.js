// Our driver for nnance/tfjs-ts-examples: server/train.ts's handwriting training makes the convnet with
// recognize-handwriting.ts's createModel(), which compiles it with Adam itself.
import { createModel } from './recognize-handwriting';

const model = createModel();
model.summary();
