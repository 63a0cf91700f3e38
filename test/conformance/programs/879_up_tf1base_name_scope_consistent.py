# Port of TF legacy_tf_layers/base_test.py BaseLayerTest.testNameScopeIsConsistentWithVariableScope: chained unnamed layers
# take my_layer, my_layer_1, my_layer_2; layers named name, name_1, name_2 (or name_1, name_2, name_3) keep their names,
# each in a fresh graph; add_variable in build with only a dtype gets the scope's default initializer.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import base as base_layers


class MyLayer(base_layers.Layer):
    def build(self, input_shape):
        self.my_var = self.add_variable("my_var", (), tf.float32)
        self.built = True

    def call(self, inputs):
        return tf.multiply(inputs, self.my_var, name="my_op")


def gen_layer(x, name=None):
    layer = MyLayer(name=name)
    return layer, layer.apply(x)


for names in [[None, None, None], ["name", "name_1", "name_2"], ["name_1", "name_2", "name_3"]]:
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, (), "x")
        for n in names:
            _, x = gen_layer(x, n)
