# TF1 layers under AUTO_REUSE: an unnamed layer takes a fresh scope each call (dense, dense_1: not shared); a named one
# is shared on the second call; a TF1 base-layer subclass applied twice reuses its own variables.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import base, core


class Gain(base.Layer):
    def build(self, input_shape):
        self.g = self.add_weight("g", [], initializer=tf.ones_initializer())
        self.built = True

    def call(self, inputs):
        return inputs * self.g


x = tf.placeholder(tf.float32, [None, 3])
for _ in range(2):
    with tf.variable_scope("shared", reuse=tf.AUTO_REUSE):
        core.dense(x, 2)
        core.dense(x, 2, name="named")
gain = Gain()
gain(x)
gain(x)
