// Our driver for CodingTrain/Auto-Encoder-Demo: index.js calls main() at load, which builds and compiles the
// autoencoder before it awaits its image files (jimp and numeral stubbed).
import './index';
