# Port of TF variable_scope_test.py VariableScopeTest.testTwoGraphs: with two graphs entered, opening a
# root variable scope named "_" raises ValueError (not a valid scope name; recorded).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

g1 = tf.Graph()
g2 = tf.Graph()
with g1.as_default():
    with g2.as_default():
        with tf.variable_scope("_"):
            pass
