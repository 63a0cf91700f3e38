// Our driver for soundbooze/soundbooze-skel: js/tensorflow/fit.js is a script (three scalars made with
// tensor.variable(), fitted by SGD minimize); running it is requiring it.
require('./fit');
