# A tf.Module subclass creating variables in eager mode under its name scope.
import tensorflow as tf


class Affine(tf.Module):
    def __init__(self, in_dim, out_dim, name=None):
        super().__init__(name=name)
        with self.name_scope:
            self.w = tf.Variable(tf.random.normal([in_dim, out_dim]), name="w")
            self.b = tf.Variable(tf.zeros([out_dim]), name="b")


first = Affine(3, 4, name="affine")
second = Affine(4, 2)
