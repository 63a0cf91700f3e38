# Closures, nested functions, *args/**kwargs forwarding to get_variable.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


def make_factory(prefix, **defaults):
    def create(name, *args, **kwargs):
        merged = dict(defaults)
        merged.update(kwargs)
        return tf.get_variable(prefix + "_" + name, *args, **merged)
    return create


zeros = make_factory("z", initializer=tf.zeros_initializer())
normal = make_factory("n", initializer=tf.random_normal_initializer(stddev=0.7), dtype=tf.float64)
zeros("a", [2])
normal("b", [3])
normal("c", shape=[4], dtype=tf.float32)
