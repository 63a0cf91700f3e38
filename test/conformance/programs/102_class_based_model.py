# A class that builds its variables in methods, called for two instances.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


class Encoder(object):
    def __init__(self, name, hidden, layers=2):
        self.name = name
        self.hidden = hidden
        self.layers = layers

    def build(self, in_dim):
        with tf.variable_scope(self.name):
            dim = in_dim
            for i in range(self.layers):
                self._layer(i, dim)
                dim = self.hidden

    def _layer(self, index, in_dim):
        with tf.variable_scope("layer%d" % index):
            tf.get_variable("kernel", [in_dim, self.hidden])
            tf.get_variable("bias", [self.hidden], initializer=tf.zeros_initializer())


Encoder("source", 16).build(8)
Encoder("target", 4, layers=1).build(16)
