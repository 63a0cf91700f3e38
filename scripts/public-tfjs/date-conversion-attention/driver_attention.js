// Our driver for tfjs-examples/date-conversion-attention: the attention seq2seq model sized by the date format's
// vocabularies and lengths, as its train.js makes it.
import * as dateFormat from './date_format';
import { createModel } from './model';

const model = createModel(dateFormat.INPUT_VOCAB.length, dateFormat.OUTPUT_VOCAB.length, dateFormat.INPUT_LENGTH, dateFormat.OUTPUT_LENGTH);
model.summary(undefined, undefined, () => undefined);
