# Port of TF legacy_tf_layers/base_test.py DTypeTest.test_passing_dtype_to_constructor: a dtype given to the TF1 layer wins
# over its input's (float64, int32, tf.float64); made visible by a variable its build makes.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import base as base_layers


class IdentityLayer(base_layers.Layer):
    def build(self, input_shape):
        self.add_variable("probe", (), initializer=tf.zeros_initializer())
        self.built = True

    def call(self, inputs):
        return inputs


IdentityLayer(dtype="float64")(tf.constant(1, dtype="float32"))
IdentityLayer(dtype="int32")(tf.constant(1, dtype="float32"))
IdentityLayer(dtype=tf.float64)(tf.constant(1, dtype="float32"))
