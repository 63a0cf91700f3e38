# Port of keras 3.15.1 keras/src/layers/normalization/rms_normalization_test.py RMSNormalizationTest.test_ln_basics: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.RMSNormalization(**{})
layer.build([4, 2])
layer = keras.layers.RMSNormalization(**{'axis': -1})
layer.build([4, 2])
