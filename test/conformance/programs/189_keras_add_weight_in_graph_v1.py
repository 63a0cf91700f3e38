# A custom Keras layer used in v1 graph mode inside a variable scope.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


class Bias(tf.keras.layers.Layer):
    def build(self, input_shape):
        self.b = self.add_weight(name="b", shape=(int(input_shape[-1]),), initializer="zeros")

    def call(self, x):
        return x + self.b


x = tf.placeholder(tf.float32, [None, 5])
with tf.variable_scope("outer"):
    y = Bias(name="shift")(x)
    z = tf.get_variable("z", [5])
