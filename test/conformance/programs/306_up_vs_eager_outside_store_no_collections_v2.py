# Port of TF variable_scope_test.py VariableScopeTest.testEagerVariablesOutsideStoreNotAddedToCollections:
# eager get_variable (trainable or not) creates variables but puts them in no graph collection.
import tensorflow as tf

tf.compat.v1.get_variable("v1", [], trainable=True)
tf.compat.v1.get_variable("v2", [], trainable=False)
