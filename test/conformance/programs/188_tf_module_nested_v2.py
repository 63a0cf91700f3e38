# tf.Module objects nesting each other, each creating variables under its own name scope.
import tensorflow as tf


class Inner(tf.Module):
    def __init__(self, name=None):
        super().__init__(name=name)
        with self.name_scope:
            self.v = tf.Variable(tf.ones([2]), name="v")


class Outer(tf.Module):
    def __init__(self):
        super().__init__(name="outer")
        with self.name_scope:
            self.first = Inner()
            self.second = Inner(name="second")
            self.w = tf.Variable(0.5, name="w")


model = Outer()
