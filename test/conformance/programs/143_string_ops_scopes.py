# String multiplication, join over a generator and split in scope names.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

path = "enc/layer/attn"
with tf.variable_scope("_".join(p[:3] for p in path.split("/"))):
    tf.get_variable("x" * 3, [1])
    tf.get_variable("-".join(str(i) for i in range(3)), [1])
    tf.get_variable("{}".format(path.split("/")[-1]).title(), [1])
