# Calling a TF1 cell directly (TF 1.15 rnn_cell_impl.py / layers base.py): the first call captures
# variable_scope(scope, default_name=<cell name>) under the current scope; `name=` and `scope=` name it; later
# calls reuse; zero_state creates no variables; cell.weights lists what it built.
# recorder: tf1-shims
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [2, 3])
cell = tf.nn.rnn_cell.BasicLSTMCell(4)
state = cell.zero_state(2, tf.float32)
h, state = cell(x, state)
h, state = cell(x, state)
with tf.variable_scope("decoder"):
    named = tf.nn.rnn_cell.GRUCell(5, name="my_gru")
    s = named.zero_state(2, tf.float32)
    y, s = named(x, s)
    other = tf.nn.rnn_cell.BasicRNNCell(2)
    z, _ = other(y, other.zero_state(2, tf.float32), scope="step")
# cell.weights / trainable_variables list what the cell built (probe: [2, 4])
probe = tf.get_variable("n_weights", [len(cell.weights), len(named.trainable_variables)])
