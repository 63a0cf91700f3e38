# Port of TF legacy_tf_layers/base_test.py BaseLayerTest.testGetUpdateFor (the variables it makes): build adds two
# non-trainable scalars a and b; a second apply on a new input builds nothing more.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import base as base_layers


class MyLayer(base_layers.Layer):
    def build(self, input_shape):
        self.a = self.add_variable("a", (), tf.float32, trainable=False)
        self.b = self.add_variable("b", (), tf.float32, trainable=False)
        self.built = True

    def call(self, inputs):
        return inputs + 1


layer = MyLayer()
inputs = tf.placeholder(tf.float32, (), "inputs")
layer.apply(inputs + 1)
inputs = tf.placeholder(tf.float32, (), "inputs")
layer.apply(inputs + 1)
