# A tf.layers.Layer subclass as TF1 code writes it: __init__ passes name and kwargs to the base; build adds a kernel
# and a bias with add_weight (initializers given and from the enclosing variable scope); the layer is applied twice
# (the second call reuses), and a second instance takes the next scope name.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import base as base_layers


class Affine(base_layers.Layer):
    def __init__(self, units, name=None, **kwargs):
        super(Affine, self).__init__(name=name, **kwargs)
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight("kernel", [int(input_shape[-1]), self.units])
        self.bias = self.add_weight("bias", [self.units], initializer=tf.zeros_initializer())
        self.built = True

    def call(self, inputs):
        return tf.matmul(inputs, self.kernel) + self.bias


x = tf.placeholder(tf.float32, [None, 3])
with tf.variable_scope("net", initializer=tf.truncated_normal_initializer(stddev=0.1)):
    a = Affine(4)
    h = a(x)
    h = a(x)
    y = Affine(2, name="head")(h)
    z = Affine(2)(h)
