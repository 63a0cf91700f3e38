# Port of keras 3.15.1 keras/src/layers/core/masking_test.py MaskingTest.test_masking_basics: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.Masking(**{'mask_value': 0.0})
layer.build([2, 3, 2])
