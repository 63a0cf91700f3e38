# A module-level counter changed through "global" names each layer.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

LAYER_ID = 0


def next_layer(units):
    global LAYER_ID
    LAYER_ID += 1
    with tf.variable_scope("L%d" % LAYER_ID):
        return tf.get_variable("w", [units])


next_layer(3)
next_layer(4)
next_layer(5)
