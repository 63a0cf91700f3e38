# Names built with % formatting.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

for layer in range(3):
    with tf.variable_scope("layer_%d" % layer):
        tf.get_variable("%s_%02d" % ("kernel", layer), [layer + 2, 2])
with tf.variable_scope("%s/%s" % ("a", "b")):
    tf.get_variable("w", [1])
