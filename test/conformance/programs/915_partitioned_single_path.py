# Once a name has parts, get_variable without a partitioner raises unless reuse=True: AUTO_REUSE (caught) and
# reuse=False (recorded) take the single-variable path and find name/part_0; reuse=True shares the parts.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("s", partitioner=tf.fixed_size_partitioner(3)):
    a = tf.get_variable("a", [7, 2])
with tf.variable_scope("s", reuse=True):
    same = tf.get_variable("a", [7, 2])
try:
    with tf.variable_scope("s", reuse=tf.AUTO_REUSE):
        tf.get_variable("a", [7, 2])
except ValueError:
    caught = tf.Variable(0.0, name="caught_auto")
with tf.variable_scope("s"):
    tf.get_variable("a", [7, 2])
