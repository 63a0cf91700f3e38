# tf.contrib.layers.layer_norm (TF 1.15 layers.py): variable_scope(scope, 'LayerNorm'), beta then gamma of shape
# inputs.shape[begin_params_axis:], model variables; center/scale switch them off.
# recorder: tf1-shims
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None, 7, 12])
a = tf.contrib.layers.layer_norm(x)
b = tf.contrib.layers.layer_norm(a, begin_norm_axis=-1, begin_params_axis=-1)
c = tf.contrib.layers.layer_norm(b, scope="ln_out", center=False)
d = tf.contrib.layers.layer_norm(c, scale=False, trainable=False)
e = tf.contrib.layers.layer_norm(d, begin_params_axis=1)
with tf.variable_scope("encoder"):
    f = tf.contrib.layers.layer_norm(x)
