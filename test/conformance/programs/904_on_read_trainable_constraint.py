# synchronization=ON_READ makes get_variable / tf.Variable non-trainable unless trainable is passed (also
# through a custom getter); a non-callable constraint on a TF1 (ref) tf.Variable raises in RefVariable's words.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


def passthrough(getter, *args, **kwargs):
    return getter(*args, **kwargs)


with tf.variable_scope("stats", custom_getter=passthrough):
    count = tf.get_variable("count", [], dtype=tf.int64, initializer=tf.zeros_initializer(),
                            synchronization=tf.VariableSynchronization.ON_READ,
                            aggregation=tf.VariableAggregation.SUM)
    total = tf.get_variable("total", [3], synchronization=tf.VariableSynchronization.ON_READ, trainable=None)
    kept = tf.get_variable("kept", [3], synchronization=tf.VariableSynchronization.ON_READ, trainable=True)
mean = tf.Variable([0.0, 0.0], name="mean", synchronization=tf.VariableSynchronization.AUTO)
spread = tf.Variable([1.0, 1.0], name="spread", synchronization=tf.VariableSynchronization.ON_READ)
try:
    tf.Variable(1.0, name="clipped", constraint="clip")
except ValueError:
    caught = tf.Variable(0.0, name="caught_constraint")
tf.Variable(1.0, name="clipped", constraint=[1])
