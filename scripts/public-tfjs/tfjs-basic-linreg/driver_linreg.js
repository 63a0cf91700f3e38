// Our driver for HarryChen1995/tfjs_basic: linear_regression.js is a script (two tf.variable scalars fitted by SGD
// minimize in a loop); running it is requiring it.
require('./linear_regression');
