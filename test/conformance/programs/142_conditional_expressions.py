# Conditional expressions and boolean operators choosing names, shapes and initializers.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

BIDIRECTIONAL = True
HIDDEN = 10
cells = 2 if BIDIRECTIONAL else 1
name = BIDIRECTIONAL and "bi" or "uni"
init = tf.ones_initializer() if HIDDEN > 5 else tf.zeros_initializer()
w = tf.get_variable(name + "_w", [HIDDEN * cells, HIDDEN], initializer=init)
extra = None or "fallback"
e = tf.get_variable(extra, [1])
