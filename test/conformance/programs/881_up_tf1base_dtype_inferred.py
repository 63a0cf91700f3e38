# Port of TF legacy_tf_layers/base_test.py DTypeTest.test_dtype_inferred_from_input: a TF1 layer without a dtype takes its
# first input's (float64, int32); a later input does not change it; made visible by a variable its build makes.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import base as base_layers


class IdentityLayer(base_layers.Layer):
    def build(self, input_shape):
        self.add_variable("probe", (), initializer=tf.zeros_initializer())
        self.built = True

    def call(self, inputs):
        return inputs


IdentityLayer()(tf.constant(1, dtype="float64"))
IdentityLayer()(tf.constant(1, dtype="int32"))
layer = IdentityLayer()
layer(tf.constant(1, dtype="float64"))
layer(tf.constant(1, dtype="float16"))
