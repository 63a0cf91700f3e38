# Eager variables: iterating a matrix variable yields its rows (a tf.Variable per row is made from them), a
# scalar raises TypeError (caught); assign with a compatible shape works, an incompatible one raises (recorded).
import tensorflow as tf

grid = tf.Variable(tf.zeros([3, 2]), name="grid")
rows = [tf.Variable(r, name="row") for r in grid]
try:
    for _ in tf.Variable(5, name="five"):
        pass
except TypeError:
    caught = tf.Variable(0.0, name="caught_scalar")
grid.assign(tf.ones([3, 2]))
bias = tf.Variable([1.0, 2.0, 3.0], name="bias")
bias.assign([[1.0, 2.0, 3.0]])
