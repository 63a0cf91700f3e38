// Our driver for tfjs-examples/intent-classifier: the intent classifier over 512-dimensional sentence embeddings
// (7 intents) and the bidirectional-LSTM tagger over 20-token sequences with 3 labels.
const intentModel = require('./intent_model');
const taggerModel = require('./tagger_model');

const labels = ['AddToPlaylist', 'BookRestaurant', 'GetWeather', 'PlayMusic', 'RateBook', 'SearchCreativeWork', 'SearchScreeningEvent'];
const intents = intentModel.getModel(labels);
const tagger = taggerModel.getModel({ embeddingDims: 512, sequenceLength: 20, modelType: 'bidirectional-lstm', numLabels: 3, weights: [1, 1, 1] });
