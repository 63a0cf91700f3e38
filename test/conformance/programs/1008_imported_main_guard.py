# An imported module's __name__ is its own dotted name (the Python data model; only the script run is '__main__'),
# so its `if __name__ == '__main__':` block does not run on import (Kyubyong/dc_tts's train.py is imported by
# synthesize.py); the entry's own guard does run.
import tensorflow.compat.v1 as tf

import _main_guard

tf.disable_v2_behavior()

with tf.variable_scope('lib'):
    _main_guard.build(4)
tf.get_variable('name_len', [len(_main_guard.print_name)])

if __name__ == '__main__':
    tf.get_variable('entry_main', [2])
