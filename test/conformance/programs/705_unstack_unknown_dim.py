# tf.unstack needs the unstacked dim statically (or num=): a placeholder's None dim raises, after the variables
# built from the known dims; the same dim made known by set_shape unstacks.
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

cache = tf.placeholder(tf.float32, [2, None, 3, 5])
parts = tf.unstack(cache, axis=2)
w = tf.get_variable('w', [len(parts), parts[0].shape[-1].value], initializer=tf.ones_initializer())
layers = tf.placeholder(tf.float32, [2, None, 3])
layers.set_shape([None, 4, None])
per_layer = tf.unstack(layers, axis=1)
v = tf.get_variable('v', [len(per_layer)] + per_layer[0].shape.as_list(), initializer=tf.zeros_initializer())
steps = tf.unstack(cache, axis=1)
u = tf.get_variable('u', [1], initializer=tf.zeros_initializer())
