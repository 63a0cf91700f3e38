# The TF1 layers through their Keras 2 home, tensorflow.python.keras.legacy_tf_layers (what TF's own tests import):
# functional and class forms under variable scopes, a TF1 base-layer subclass.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.keras.legacy_tf_layers import base, convolutional, core, pooling


class Bias(base.Layer):
    def build(self, input_shape):
        self.b = self.add_variable("b", [int(input_shape[-1])], initializer=tf.ones_initializer())
        self.built = True

    def call(self, inputs):
        return inputs + self.b


images = tf.placeholder(tf.float32, [None, 9, 9, 3])
with tf.variable_scope("features"):
    h = convolutional.conv2d(images, 4, 3)
    h = pooling.max_pooling2d(h, 2, 2)
    h = convolutional.Conv2D(8, (3, 3), padding="same")(h)
flat = tf.reshape(h, [-1, 4 * 4 * 8])
logits = core.dense(flat, 10, name="logits")
Bias()(logits)
