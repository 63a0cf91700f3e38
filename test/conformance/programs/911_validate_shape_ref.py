# TF1 (ref) variables and validate_shape: False gives a wholly unknown shape (from a placeholder, a known
# tensor, a callable, get_variable); a resource variable keeps the partial shape; the default validate_shape
# with a partially known initial value raises "initial_value must have a shape specified" (caught, then recorded).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

feats = tf.placeholder(tf.float32, [None, 3], name="feats")
loose = tf.Variable(feats, validate_shape=False, name="loose")
known = tf.Variable(tf.zeros([2, 3]), validate_shape=False, name="known")
lazy = tf.Variable(lambda: tf.ones([4]), validate_shape=False, name="lazy")
res = tf.Variable(feats, use_resource=True, name="res")
with tf.variable_scope("gv"):
    g = tf.get_variable("g", initializer=feats, validate_shape=False)
    try:
        tf.get_variable("strict", initializer=feats)
    except ValueError:
        caught = tf.Variable(0, name="caught_strict")
batch = tf.placeholder(tf.int32, [None], name="batch")
tf.Variable(batch, name="from_batch")
