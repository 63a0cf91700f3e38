# variable_scope(None) with no default_name: TF's constructor raises TypeError before anything is entered;
# with a default_name it is a fresh uniquified scope.
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope(None, default_name='block'):
    a = tf.get_variable('a', [2])
with tf.variable_scope(None, default_name='block'):
    b = tf.get_variable('b', [2])
with tf.variable_scope(None):
    c = tf.get_variable('c', [2])
