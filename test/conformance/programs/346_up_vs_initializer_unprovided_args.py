# Port of TF variable_scope_test.py testGetVariableWithInitializerWhichTakesUnprovidedArgsAndNoShape: a
# lambda needing an argument, with no shape, raises "The initializer passed is not valid..." (recorded).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

v = tf.get_variable("foo", initializer=lambda x: [2])
