# After scope.reuse_variables(), asking for a new name raises.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("rnn") as scope:
    cell = tf.get_variable("cell", [8, 8])
    scope.reuse_variables()
    cell_again = tf.get_variable("cell", [8, 8])
    gate = tf.get_variable("gate", [8])
