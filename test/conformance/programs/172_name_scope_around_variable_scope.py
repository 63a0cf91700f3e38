# Name scopes around variable scopes: tf.Variable follows the name scope, get_variable does not.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.name_scope("ns1"):
    with tf.variable_scope("tower") as tower:
        w = tf.get_variable("w", [1])
        t = tf.Variable(0.0, name="t")
with tf.name_scope("ns2"):
    with tf.variable_scope(tower):
        w2 = tf.get_variable("w2", [1])
        t2 = tf.Variable(0.0, name="t")
    with tf.name_scope(tower.original_name_scope):
        t3 = tf.Variable(0.0, name="t")
with tf.variable_scope("tower5"):
    with tf.variable_scope(tower, reuse=True):
        w3 = tf.get_variable("w", [1])
        t4 = tf.Variable(0.0, name="t")
