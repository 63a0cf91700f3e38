# Port of TF legacy_tf_layers/base_test.py BaseLayerTest.testScopeNaming: a TF1 layer's scope is made unique from its
# name (or its class's snake case) like variable_scope(None, default_name=...): private_layer, private_layer_1,
# my_layer, my_layer_1, my_layer_2; name scopes do not count, variable scopes prefix. The scope names are made
# visible by a variable each layer creates in build.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import base as base_layers


class PrivateLayer(base_layers.Layer):
    def build(self, input_shape):
        self.probe = self.add_variable("probe", [1])
        self.built = True

    def call(self, inputs):
        return inputs


inputs = tf.random_uniform((5,))
PrivateLayer().apply(inputs)
PrivateLayer().apply(inputs)
PrivateLayer(name="my_layer").apply(inputs)
PrivateLayer(name="my_layer").apply(inputs)
PrivateLayer(name="my_layer").apply(inputs)
with tf.name_scope("some_name_scope"):
    PrivateLayer().apply(inputs)
    PrivateLayer(name="my_layer").apply(inputs)
    PrivateLayer(name="other_layer").apply(inputs)
with tf.variable_scope("var_scope"):
    PrivateLayer().apply(inputs)
    PrivateLayer(name="my_layer").apply(inputs)
    PrivateLayer(name="my_layer").apply(inputs)
