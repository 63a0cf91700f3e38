// Our driver for spiritwindy/pyStudy: multi.test.js is a script (a custom MultiHeadAttention layer with addWeight,
// applied to three inputs in a functional model, summarised, run); running it is importing it.
import './multi.test.js';
