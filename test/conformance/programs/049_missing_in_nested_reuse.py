# A reusing scope re-entered through a captured object raises for a name it never created.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("enc") as enc:
    k = tf.get_variable("kernel", [4, 4])
with tf.variable_scope(enc, reuse=True):
    k2 = tf.get_variable("kernel", [4, 4])
    b2 = tf.get_variable("bias", [4])
