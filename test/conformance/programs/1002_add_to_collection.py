# tf.add_to_collection / add_to_collections put variables in collections of those names (Graph.add_to_collection),
# which get_collection then returns; `var in list` of TF1 variables compares by identity (RefVariable.__eq__ is `is`
# with tensor equality off), so per-block filters of tf.trainable_variables() work as in simclr's resnet.
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

blocks = {}


def snapshot(k):
    blocks[k] = [v for v in tf.trainable_variables() if not any(v in blocks[j] for j in range(k))]


with tf.variable_scope('stem'):
    tf.get_variable('w', [3, 3, 3, 8])
snapshot(0)
with tf.variable_scope('block1'):
    tf.get_variable('w', [3, 3, 8, 8])
    tf.get_variable('b', [8], initializer=tf.zeros_initializer())
snapshot(1)
with tf.variable_scope('block2'):
    tf.get_variable('w', [3, 3, 8, 16])
    tf.get_variable('ema', [16], trainable=False)
snapshot(2)
for k, vs in blocks.items():
    for v in vs:
        tf.add_to_collection('inblock_%d' % k, v)
tf.add_to_collections(['extra', tf.GraphKeys.MODEL_VARIABLES], tf.global_variables()[-1])
tf.add_to_collection('losses_of_mine', tf.constant(1.0))
n1 = len(tf.get_collection('inblock_1'))
n2 = len(tf.get_collection('extra'))
tf.get_variable('count_%d_%d' % (n1, n2), [n1 + n2])
