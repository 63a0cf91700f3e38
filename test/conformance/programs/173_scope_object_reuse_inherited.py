# A scope captured with reuse=True stays reusing when re-entered with reuse=False.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("jump"):
    tf.get_variable("v", [1])
with tf.variable_scope("jump", reuse=True) as jump:
    pass
with tf.variable_scope(jump, reuse=False):
    again = tf.get_variable("v", [1])
    print(tf.get_variable_scope().reuse)
with tf.variable_scope("jump", reuse=False) as plain:
    pass
with tf.variable_scope(plain, reuse=False):
    fresh = tf.get_variable("fresh", [1])
with tf.variable_scope(jump, reuse=False):
    missing = tf.get_variable("missing", [1])
