# Regularizers and constraints do not change which variables exist.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

l2 = lambda w: 0.01 * tf.nn.l2_loss(w)
with tf.variable_scope("reg", regularizer=l2):
    w = tf.get_variable("w", [3, 3])
    b = tf.get_variable("b", [3], constraint=lambda t: tf.clip_by_value(t, -1.0, 1.0))
losses = tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)
