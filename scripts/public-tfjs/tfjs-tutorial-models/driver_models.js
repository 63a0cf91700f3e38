// Our driver for Tomasz-Milaszewski/tfjs-tutorial: src/models/index.js is a script (sequential and functional
// models, fitDataset, a custom layer applied to a tensor); running it is importing it.
import './index.js';
