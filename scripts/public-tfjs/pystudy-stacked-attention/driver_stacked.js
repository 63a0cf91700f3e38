// Our driver for spiritwindy/pyStudy: multi.3.test.js is a script (three custom attention blocks with add,
// layerNormalization and a feed-forward pair, pooled; summarised and run); running it is importing it.
import './multi.3.test.js';
