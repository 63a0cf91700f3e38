# A large loop nest that fills a NumPy table element by element with numbers (dc_tts's guided-attention weights,
# 180 x 210 items): the table keeps its shape for what is built from it, and after the loops each loop variable holds
# its last item (Python's for statement). A small nest and a loop over a triangular range are followed as before.
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

max_N, max_T = 180, 210


def guided(g=0.2):
    W = np.zeros((max_N, max_T), dtype=np.float32)
    for n_pos in range(W.shape[0]):
        for t_pos in range(W.shape[1]):
            W[n_pos, t_pos] = 1 - np.exp(-(t_pos / float(max_T) - n_pos / float(max_N)) ** 2 / (2 * g * g))
    return W, n_pos, t_pos


table, last_n, last_t = guided()
gts = tf.convert_to_tensor(table)
tf.get_variable('from_table', gts.shape.as_list())
tf.get_variable('last_items', [last_n, last_t])

small = np.zeros((3, 4))
for i in range(3):
    for j in range(4):
        small[i, j] = i * 4 + j
tf.get_variable('small', [i + 1, j + 1, small.shape[1]])

count = 0
for a in range(60):
    for b in range(a):
        count += 1
tf.get_variable('triangle', [count, a])
