# Port of TF variable_scope_test.py VariableScopeTest.testInitFromNonInitializer: for integer and bool dtypes
# get_variable with no initializer starts at zeros, like an explicit zeros_initializer of that dtype.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

types = [tf.int8, tf.uint8, tf.int16, tf.uint16, tf.int32, tf.int64, tf.bool]
for i, dtype in enumerate(types):
    x = tf.get_variable(name="xx%d" % i, shape=(3, 4), dtype=dtype)
    y = tf.get_variable(name="yy%d" % i, shape=(3, 4), dtype=dtype,
                        initializer=tf.zeros_initializer(dtype=dtype))
