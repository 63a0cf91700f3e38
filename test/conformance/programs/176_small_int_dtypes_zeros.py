# Every integer and bool dtype gets a zeros default initializer.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

types = [tf.int8, tf.uint8, tf.int16, tf.uint16, tf.int32, tf.int64, tf.bool]
for i, dtype in enumerate(types):
    tf.get_variable("xx%d" % i, shape=(3, 4), dtype=dtype)
