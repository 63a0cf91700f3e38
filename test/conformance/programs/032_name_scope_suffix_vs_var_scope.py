# Re-entering a variable scope by name gets a uniquified name scope (ops, tf.Variable) but the same variable scope.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("a"):
    tf.get_variable("w", [1])
    tf.Variable(0.0, name="v")
with tf.variable_scope("a"):
    tf.get_variable("w2", [1])
    tf.Variable(0.0, name="v")
with tf.variable_scope("a"):
    with tf.variable_scope("b"):
        tf.get_variable("w", [1])
        tf.Variable(0.0, name="v")
