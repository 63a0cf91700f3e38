# tf.contrib.layers.fully_connected (TF 1.15 layers.py): variable_scope(scope, 'fully_connected') holding
# `weights` (xavier) and `biases` (zeros), model variables; names unique per scope, scope= and reuse.
# recorder: tf1-shims
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None, 5])
h = tf.contrib.layers.fully_connected(x, 8)
h2 = tf.contrib.layers.fully_connected(h, 3, activation_fn=None)
y = tf.contrib.layers.fully_connected(h2, 4, scope="head")
y2 = tf.contrib.layers.fully_connected(h2, 4, scope="head", reuse=True)
with tf.variable_scope("tower"):
    z = tf.contrib.layers.fully_connected(x, 2, biases_initializer=None)
