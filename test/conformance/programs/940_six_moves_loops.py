# Loops over six.moves names (TF1-era repositories: `from six.moves import range`, `xrange`, `zip`): six.moves'
# range/xrange are builtins.range and zip/map are the builtins, so each loop runs as many times as the builtin.
import six
import tensorflow.compat.v1 as tf
from six.moves import range
from six.moves import xrange  # pylint: disable=redefined-builtin
from six.moves import zip, map

tf.disable_v2_behavior()

widths = [3, 5, 7]
with tf.variable_scope('stack'):
    for i in range(len(widths)):
        with tf.variable_scope('layer_%d' % i):
            tf.get_variable('w', [widths[i], 2 * widths[i]])
    for j in xrange(1, 3):
        tf.get_variable('extra_%d' % j, [j, 4], initializer=tf.zeros_initializer())
    for name, width in zip(['a', 'b'], map(lambda w: w + 1, widths)):
        tf.get_variable(name, [width])
for k in six.moves.range(2):
    tf.get_variable('top_%d' % k, [k + 1], dtype=tf.float64)
