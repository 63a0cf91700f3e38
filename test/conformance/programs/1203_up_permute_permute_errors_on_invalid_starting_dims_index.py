# Port of keras 3.15.1 keras/src/layers/reshaping/permute_test.py PermuteTest.test_permute_errors_on_invalid_starting_dims_index: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.Permute(**{'dims': [0, 1, 2]})
layer.build([3, 2, 4])
