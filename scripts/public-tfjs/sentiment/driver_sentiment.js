// Our driver for tfjs-examples/sentiment: buildModel for the 1D convnet and the bidirectional LSTM with its
// train.js's defaults (sentences of 100 words, a 10000-word vocabulary, 128-dimensional embeddings).
import { buildModel } from './train';

const maxLen = 100;
const numWords = 10000;
const embeddingSize = 128;
const cnn = buildModel('cnn', maxLen, numWords, embeddingSize);
const lstm = buildModel('bidirectionalLSTM', maxLen, numWords, embeddingSize);
