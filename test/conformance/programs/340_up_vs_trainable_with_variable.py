# Port of TF variable_scope_test.py VariableScopeTest.testGetTrainableVariablesWithVariable: the same
# synchronization/trainable rules for VariableV1 (tf.Variable in graph mode) named inside a variable scope.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

_ = tf.Variable(1.0, name="testGetTrainableVariables_a")
with tf.variable_scope("testGetTrainableVariables_foo") as scope:
    _ = tf.Variable(1.0, name="testGetTrainableVariables_b")
    _ = tf.Variable(1.0, name="testGetTrainableVariables_c", trainable=False)
    _ = tf.Variable(1.0, name="testGetTrainableVariables_d",
                    synchronization=tf.VariableSynchronization.ON_READ)
    _ = tf.Variable(1.0, name="testGetTrainableVariables_e",
                    synchronization=tf.VariableSynchronization.ON_READ, trainable=True)
    _ = tf.Variable(1.0, name="testGetTrainableVariables_f",
                    synchronization=tf.VariableSynchronization.ON_WRITE)
