# Layer objects with __call__, properties, inheritance and a class-level counter.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


class Layer(object):
    count = 0

    def __init__(self, units):
        Layer.count += 1
        self.units = units
        self.index = Layer.count

    @property
    def scope_name(self):
        return "%s_%d" % (type(self).__name__.lower(), self.index)

    def __call__(self, in_dim):
        with tf.variable_scope(self.scope_name):
            return self.build(in_dim)

    def build(self, in_dim):
        return tf.get_variable("kernel", [in_dim, self.units])


class BiasedLayer(Layer):
    def build(self, in_dim):
        k = super(BiasedLayer, self).build(in_dim)
        tf.get_variable("bias", [self.units], initializer=tf.zeros_initializer())
        return k


Layer(4)(3)
BiasedLayer(2)(4)
Layer(1)(2)
