// Our driver for caisq/tfjs-dump: tfjs-node-doodle/main.js is a script (a dense model built, predicted and saved at
// load); running it is requiring it.
require('./main.js');
