# contrib layers under reuse (TF 1.15): scope= with reuse=True shares, an enclosing reuse=True / AUTO_REUSE scope
# reaches the layer's own variable_scope; unnamed layers get fresh default names.
# recorder: tf1-shims
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [3, 4])
for i in range(3):
    with tf.variable_scope("shared", reuse=tf.AUTO_REUSE):
        y = tf.contrib.layers.fully_connected(x, 4, scope="fc")
        z = tf.contrib.layers.layer_norm(y, scope="ln")
with tf.variable_scope("model"):
    a = tf.contrib.layers.fully_connected(x, 2)
with tf.variable_scope("model", reuse=True):
    b = tf.contrib.layers.fully_connected(x, 2, scope="fully_connected")
c = tf.contrib.layers.layer_norm(x, scope="shared/ln", reuse=True)
