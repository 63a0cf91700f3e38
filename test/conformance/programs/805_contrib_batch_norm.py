# tf.contrib.layers.batch_norm (TF 1.15 layers.py): BatchNorm scope; rank 2 goes through _fused_batch_norm
# (beta, gamma, moving_mean, moving_variance), rank 4 through the core layer (gamma, beta, ...); moving statistics
# are non-trainable model variables; variables_collections as a list or per-variable dict; param_initializers.
# recorder: tf1-shims
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

flat = tf.placeholder(tf.float32, [8, 10])
img = tf.placeholder(tf.float32, [8, 4, 4, 6])
a = tf.contrib.layers.batch_norm(flat)
b = tf.contrib.layers.batch_norm(flat, scale=True, variables_collections=["bn_vars"])
c = tf.contrib.layers.batch_norm(img, scale=True, scope="bn_img")
d = tf.contrib.layers.batch_norm(img, center=False, trainable=False,
                                 variables_collections={"moving_mean": ["means"], "beta": ["betas"]})
e = tf.contrib.layers.batch_norm(img, param_initializers={"beta": tf.constant_initializer(0.5),
                                                          "moving_variance": tf.constant_initializer(2.0)})
f = tf.contrib.layers.batch_norm(img, updates_collections=None, scale=True)
