# Port of TF legacy_tf_layers/base_test.py BaseLayerTest.testCall: a TF1 layer subclass applied once is built, and its
# call's ops are named in the layer's scope (my_layer/Square); made visible by a tf.Variable probe made in call.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import base as base_layers


class MyLayer(base_layers.Layer):
    def call(self, inputs):
        tf.Variable(0.0, name="probe")
        return tf.square(inputs)


layer = MyLayer(name="my_layer")
inputs = tf.random_uniform((5,), seed=1)
outputs = layer.apply(inputs)
