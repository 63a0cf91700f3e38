# Loops over enumerate and zip.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

units = [8, 4, 2]
names = ["first", "second", "third"]
for i, u in enumerate(units):
    with tf.variable_scope(names[i]):
        tf.get_variable("w", [u, u])
for name, u in zip(names, units):
    with tf.variable_scope("bias"):
        tf.get_variable(name, [u], initializer=tf.zeros_initializer())
for i, (name, u) in enumerate(zip(names, units), start=1):
    tf.get_variable("%s_%d" % (name, i), [u])
