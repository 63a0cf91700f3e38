# Port of TF variables_test.py VariablesTestCase.testZeroSizeStringAssign: a local, non-trainable string variable "foo" of
# shape (0,).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

array = tf.Variable(initial_value=tf.zeros((0,), dtype=tf.string), name="foo", trainable=False,
                    collections=[tf.GraphKeys.LOCAL_VARIABLES])
copy_op = array.assign(array.value())
