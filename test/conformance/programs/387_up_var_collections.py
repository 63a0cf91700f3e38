# Port of TF variables_test.py VariablesTestCase.testCollections: VariableV1 with default, trainable=False, trainable=True
# and explicit [TRAINABLE_VARIABLES, GLOBAL_VARIABLES] collections.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

var_x = tf.Variable(2.0)
var_y = tf.Variable(2.0, trainable=False)
var_z = tf.Variable(2.0, trainable=True)
var_t = tf.Variable(2.0, trainable=True,
                    collections=[tf.GraphKeys.TRAINABLE_VARIABLES, tf.GraphKeys.GLOBAL_VARIABLES])
