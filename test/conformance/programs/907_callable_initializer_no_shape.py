# get_variable without a shape takes a callable initializer that needs no arguments (a def, a bound method,
# a lambda with defaulted parameters) as the initial value: shape and dtype come from what it returns.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


def make_table():
    return tf.constant([[1.0, 2.0], [3.0, 4.0]])


class Source:
    def values(self):
        return [7, 8, 9]


table = tf.get_variable("table", initializer=make_table)
with tf.variable_scope("s"):
    ids = tf.get_variable("ids", initializer=Source().values)
    ratio = tf.get_variable("ratio", dtype=tf.float64, initializer=lambda scale=2: 0.5 * scale)
    try:
        tf.get_variable("needs", initializer=lambda shape: tf.zeros(shape))
    except ValueError:
        caught = tf.Variable(0, name="caught_needs_args")
    sized = tf.get_variable("sized", [2], initializer=lambda shape, dtype=None, partition_info=None: tf.ones(shape))
