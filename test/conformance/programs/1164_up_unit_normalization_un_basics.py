# Port of keras 3.15.1 keras/src/layers/normalization/unit_normalization_test.py UnitNormalizationTest.test_un_basics: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.UnitNormalization(**{'axis': -1})
layer.build([2, 3])
layer = keras.layers.UnitNormalization(**{'axis': [1, 2]})
layer.build([1, 3, 3])
