// Our driver for realashleybailey/YT-Spammer-Purge-GUI: tensorflow/Node/train.ts is a script (a deep dense
// classifier built in a loop and compiled at load); running it is importing it.
import './train';
