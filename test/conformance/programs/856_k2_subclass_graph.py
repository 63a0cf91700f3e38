# Keras 2 subclassed model and layer in TF1 graph mode: the model's layers build inside the model's name scope
# (two_layer/dense/kernel); a custom layer's add_weight names its weight under the layer's scope.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python import keras
from tensorflow.python.keras import layers


class Scale(layers.Layer):
    def build(self, input_shape):
        self.w = self.add_weight("w", shape=(int(input_shape[-1]),), initializer="ones")

    def call(self, x):
        return x * self.w


class TwoLayer(keras.Model):
    def __init__(self):
        super(TwoLayer, self).__init__()
        self.a = layers.Dense(4)
        self.b = layers.Dense(2)

    def call(self, x):
        return self.b(self.a(x))


x = tf.placeholder(tf.float32, [None, 3])
m = TwoLayer()
y = m(x)
Scale()(y)
