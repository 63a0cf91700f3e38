// Our driver for AndreMaz/deep-attention: index.js's main() calls createModel sized by the date format's
// vocabularies and lengths (the model compiles itself).
const dateFormat = require('../dataset/date_format');
const { createModel } = require('./lstm-attention');

const model = createModel(dateFormat.INPUT_VOCAB.length, dateFormat.OUTPUT_VOCAB.length, dateFormat.INPUT_LENGTH, dateFormat.OUTPUT_LENGTH);
