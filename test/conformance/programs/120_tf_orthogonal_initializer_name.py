# tf.orthogonal_initializer through the TF1 namespace and tf.initializers.orthogonal.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

a = tf.get_variable("a", [5, 5], initializer=tf.orthogonal_initializer())
b = tf.get_variable("b", [5, 2], initializer=tf.initializers.orthogonal(gain=3.0))
