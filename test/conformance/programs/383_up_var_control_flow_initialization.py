# Port of TF variables_test.py VariablesTestCase.testControlFlowInitialization: a tf.Variable whose initial value is made
# inside a while_loop body raises ValueError ("inside a control-flow ..."; recorded).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

def cond(i, _):
    return i < 10

def body(i, _):
    zero = tf.zeros([], dtype=tf.int32)
    v = tf.Variable(initial_value=zero)
    return (i + 1, v.read_value())

tf.while_loop(cond, body, [0, 0])
