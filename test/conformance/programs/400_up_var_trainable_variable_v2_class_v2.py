# Port of TF variables_test.py VariablesTestCase.testTrainableVariable with cls=Variable (eager): the same
# ON_READ / trainable rule for tf.Variable.
import tensorflow as tf

cls = tf.Variable
v1 = cls(1.0)
v2 = cls(1.0, synchronization=tf.VariableSynchronization.ON_READ)
v3 = cls(1.0, synchronization=tf.VariableSynchronization.ON_READ, trainable=True)
v4 = cls(1.0, synchronization=tf.VariableSynchronization.ON_READ, trainable=False)
