# Port of keras 3.15.1 keras/src/layers/preprocessing/discretization_test.py DiscretizationTest.test_discretization_basics: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.Discretization(**{'bin_boundaries': [0.0, 0.5, 1.0]})
layer.build([2, 3])
