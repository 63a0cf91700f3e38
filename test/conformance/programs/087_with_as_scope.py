# "with ... as scope": the scope object's name used to build other names.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("outer") as scope:
    a = tf.get_variable(scope.name + "_marker", [1])
    with tf.variable_scope("inner") as inner:
        b = tf.get_variable("b", [1])
        c = tf.get_variable(inner.name.split("/")[-1] + "_c", [1])
with tf.variable_scope(scope, reuse=True):
    a2 = tf.get_variable("outer_marker", [1])
print(scope.name, inner.name)
