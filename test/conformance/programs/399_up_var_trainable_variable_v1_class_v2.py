# Port of TF variables_test.py VariablesTestCase.testTrainableVariable with cls=VariableV1 (eager):
# synchronization=ON_READ makes a variable non-trainable unless trainable is given.
import tensorflow as tf

cls = tf.compat.v1.Variable
v1 = cls(1.0)
v2 = cls(1.0, synchronization=tf.VariableSynchronization.ON_READ)
v3 = cls(1.0, synchronization=tf.VariableSynchronization.ON_READ, trainable=True)
v4 = cls(1.0, synchronization=tf.VariableSynchronization.ON_READ, trainable=False)
