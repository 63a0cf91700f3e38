# A large comprehension of numbers (the sinusoidal position table of Transformer code: maxlen x d items) feeding
# np.array and tf.convert_to_tensor: the array's shape follows the comprehension's lengths, so the variables sized from
# it have their shapes; a small comprehension is computed item by item as before (its values name and size variables).
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

E = 256
maxlen = 120
table = np.array([[pos / np.power(10000, (i - i % 2) / E) for i in range(E)] for pos in range(maxlen)])
table[:, 0::2] = np.sin(table[:, 0::2])
table[:, 1::2] = np.cos(table[:, 1::2])
pe = tf.convert_to_tensor(table, tf.float32)
ids = tf.placeholder(tf.int32, [4, 10])
looked = tf.nn.embedding_lookup(pe, ids)
tf.get_variable('proj', [looked.shape[-1], 64])
tf.get_variable('rows', [pe.shape[0], 2])
widths = [2 * i + 1 for i in range(4)]
for w in widths:
    tf.get_variable('w_%d' % w, [w, sum(widths)])
