# tf.nn.rnn_cell.LSTMCell (TF 1.15 rnn_cell_impl.py): kernel [input_depth + h_depth, 4 * num_units] with h_depth
# num_proj when given, bias, peephole diagonals w_f_diag/w_i_diag/w_o_diag, projection/kernel [num_units, num_proj];
# the `initializer` argument applies to kernel, peepholes and projection; the output width is num_proj.
# recorder: tf1-shims
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [2, 6, 4])
plain = tf.nn.rnn_cell.LSTMCell(3)
o1, _ = tf.nn.dynamic_rnn(plain, x, dtype=tf.float32, scope="plain")
proj = tf.nn.rnn_cell.LSTMCell(8, num_proj=5, use_peepholes=True, initializer=tf.random_uniform_initializer(-0.2, 0.2))
o2, _ = tf.nn.dynamic_rnn(proj, x, dtype=tf.float32, scope="proj")
top = tf.nn.rnn_cell.LSTMCell(2, name="top_cell")
o3, _ = tf.nn.dynamic_rnn(top, o2, dtype=tf.float32)
# num_unit_shards / num_proj_shards partition the kernel and the projection (fixed_size_partitioner)
sharded = tf.nn.rnn_cell.LSTMCell(4, num_proj=3, num_unit_shards=2, num_proj_shards=2)
o4, _ = tf.nn.dynamic_rnn(sharded, x, dtype=tf.float32, scope="sharded")
