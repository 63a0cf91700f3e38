# Port of TF variables_test.py VariablesTestCase.testConstraintArg (eager): a callable constraint is
# accepted; a non-callable constraint (0) raises ValueError (recorded).
import tensorflow as tf

constraint = lambda x: x
v = tf.Variable(lambda: tf.constant(1.0), constraint=constraint)
constraint = 0
v = tf.Variable(lambda: tf.constant(1.0), constraint=constraint)
