# TF1's random_uniform on an integer variable (a scope's initializer reaching get_local_variable, or given
# directly): int bounds draw integers, a float bound is converted to the dtype and refused (minval first),
# no maxval is refused for an integer dtype.
import tensorflow as tf

v1 = tf.compat.v1
with tf.Graph().as_default():
    ok = v1.get_variable("counts", [3], dtype=tf.int32, initializer=v1.random_uniform_initializer(0, 10))
    with v1.variable_scope("s", initializer=v1.random_uniform_initializer(1, 2.5)):
        try:
            v1.get_local_variable("table", shape=[2], dtype=tf.int64)
        except TypeError:
            v1.get_variable("caught_maxval", [1])
    try:
        v1.get_variable("nomax", [2], dtype=tf.int32, initializer=v1.random_uniform_initializer())
    except ValueError:
        v1.get_variable("caught_no_maxval", [1])
    v1.get_variable("first", [2], dtype=tf.int32, initializer=v1.random_uniform_initializer(-1.0, 3))
