# Port of TF variable_scope_test.py VariableScopeTest.testGetTrainableVariablesWithGetVariable:
# synchronization=ON_READ makes get_variable non-trainable unless trainable=True is given; ON_WRITE does not.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

_ = tf.get_variable("testGetTrainableVariables_a", [])
with tf.variable_scope("testGetTrainableVariables_foo") as scope:
    _ = tf.get_variable("testGetTrainableVariables_b", [])
    _ = tf.get_variable("testGetTrainableVariables_c", [], trainable=False)
    _ = tf.get_variable("testGetTrainableVariables_d", [],
                        synchronization=tf.VariableSynchronization.ON_READ)
    _ = tf.get_variable("testGetTrainableVariables_e", [],
                        synchronization=tf.VariableSynchronization.ON_READ, trainable=True)
    _ = tf.get_variable("testGetTrainableVariables_f", [],
                        synchronization=tf.VariableSynchronization.ON_WRITE)
