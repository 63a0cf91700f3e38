# Random ops given a shape tensor (random_ops.py passes it to the op, whose shape function reads it with
# MakeShapeFromShapeTensor): tf.shape(x) of a [None, 10] tensor gives [None, 10], so the VAE reparameterization
# `mu + sigma * tf.random_normal(tf.shape(mu), 0, 1)` keeps mu's width; a stack of a dynamic and a literal dim keeps
# the literal one.
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None, 20])
mu = x[:, :10]
sigma = 1e-6 + tf.nn.softplus(x[:, 10:])
z = mu + sigma * tf.random_normal(tf.shape(mu), 0, 1, dtype=tf.float32)
w0 = tf.get_variable('w0', [z.get_shape()[1], 5])
u = tf.random_uniform(tf.shape(x), minval=-1.0, maxval=1.0)
w1 = tf.get_variable('w1', [u.get_shape()[1], 3])
t = tf.truncated_normal(tf.stack([tf.shape(x)[0], 7]))
w2 = tf.get_variable('w2', [t.get_shape()[1], int(t.get_shape()[1]) + 1])
