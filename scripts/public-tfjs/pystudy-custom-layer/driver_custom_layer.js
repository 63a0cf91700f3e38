// Our driver for spiritwindy/pyStudy: testLayer.js is a script (a custom layer applied to a tensor, then a
// sequential model with a dense layer and the custom layer, summarised and run); running it is importing it.
import './testLayer.js';
