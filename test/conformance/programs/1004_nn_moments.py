# tf.nn.moments: mean and variance are reduce_means over `axes`, kept as size-1 dims when keep_dims/keepdims is
# true (TF 1.15 nn_impl.moments), in x's dtype; a layer norm written by hand sizes its parameters from the result.
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None, 7, 48])
mean, variance = tf.nn.moments(x, [-1], keep_dims=True)
normalized = (x - mean) / ((variance + 1e-8) ** .5)
tf.get_variable('gamma', normalized.get_shape()[-1:], initializer=tf.ones_initializer())
tf.get_variable('stat_keep', [mean.shape[1], mean.shape[2]])
m2, v2 = tf.nn.moments(x, axes=[0, 1])
tf.get_variable('stat_vec', v2.get_shape().as_list() + [2])
m3, v3 = tf.nn.moments(tf.placeholder(tf.float16, [5, 6, 9]), [1], keepdims=False)
tf.get_variable('half', m3.shape, dtype=m3.dtype)
