# A partitioner asking for more parts than the axis has rows: TF creates the parts whose offset lies inside
# the axis, then _PartitionInfo raises "Expected 0 <= offset < shape ..." (caught once, recorded once).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


def four_rows(shape, dtype):
    return [4] + [1] * (len(shape) - 1)


try:
    tf.get_variable("small", [2, 3], partitioner=four_rows)
except ValueError:
    caught = tf.Variable(0.0, name="caught_offset")
fits = tf.get_variable("fits", [5, 3], partitioner=four_rows)
tf.get_variable("tiny", [3], partitioner=four_rows)
