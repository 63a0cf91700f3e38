# Port of keras 3.15.1 keras/src/layers/regularization/activity_regularization_test.py ActivityRegularizationTest.test_activity_regularization_basics: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.ActivityRegularization(**{})
layer.build([2, 3])
