# Port of TF variable_scope_test.py VariableScopeTest.testVarScopeObjectReuse: a scope object captured with
# reuse=True stays reusing when re-entered (even with reuse=False); one captured with reuse=False reuses only
# when asked. Reuse is made visible by get_variable of an existing "jump/v" (shared, or raising).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("jump"):
    base = tf.get_variable("v", [1])
with tf.variable_scope("jump", reuse=True) as scope:
    vs = scope
with tf.variable_scope(vs) as jump:
    a = tf.get_variable("v", [1])
with tf.variable_scope(vs, reuse=True) as jump_reuse:
    b = tf.get_variable("v", [1])
with tf.variable_scope(vs, reuse=False) as jump_no_reuse:
    c = tf.get_variable("v", [1])
with tf.variable_scope("jump", reuse=False) as scope:
    vs = scope
try:
    with tf.variable_scope(vs) as jump:
        d = tf.get_variable("v", [1])
except ValueError:
    caught = tf.Variable(0.0, name="caught_not_reusing")
with tf.variable_scope(vs, reuse=True) as jump_reuse:
    e = tf.get_variable("v", [1])
with tf.variable_scope(vs, reuse=False) as jump_no_reuse:
    f = tf.get_variable("v", [1])
