# default_name scopes are made unique with _1, _2 inside the same parent.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

for _ in range(3):
    with tf.variable_scope(None, default_name="layer"):
        tf.get_variable("w", [2])
with tf.variable_scope("layer_7"):
    tf.get_variable("w", [2])
with tf.variable_scope(None, default_name="layer"):
    tf.get_variable("w", [2])
