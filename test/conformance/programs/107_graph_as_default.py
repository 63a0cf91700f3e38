# Graph mode entered with "with tf.Graph().as_default()" instead of disabling v2 behaviour.
import tensorflow as tf

with tf.Graph().as_default():
    with tf.compat.v1.variable_scope("g"):
        w = tf.compat.v1.get_variable("w", [2, 3])
        v = tf.Variable(1.0, name="v")
        v2 = tf.Variable(1.0, name="v")
