# Helper module for 1008: its __name__ is '_main_guard' when imported, so its script block does not run.
import tensorflow.compat.v1 as tf


def build(units):
    return tf.get_variable('kernel', [3, units])


print_name = __name__

if __name__ == '__main__':
    tf.get_variable('script_only', [7])
    build(99)
