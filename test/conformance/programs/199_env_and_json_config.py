# Sizes from an unset environment variable's default and from a JSON string.
import json
import os
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

HIDDEN = int(os.environ.get("TFSCOPE_TEST_HIDDEN_UNSET", "24"))
cfg = json.loads('{"scope": "cfg", "sizes": [3, 4]}')
with tf.variable_scope(cfg["scope"]):
    tf.get_variable("w", cfg["sizes"] + [HIDDEN])
