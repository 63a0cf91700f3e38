# Two separate graphs: the same names are created in each without clashing.
import tensorflow as tf

for run in range(2):
    graph = tf.Graph()
    with graph.as_default():
        with tf.compat.v1.variable_scope("model"):
            tf.compat.v1.get_variable("w", [run + 1])
            tf.Variable(0.0, name="counter")
