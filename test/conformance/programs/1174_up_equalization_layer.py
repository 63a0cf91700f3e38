# Port of keras 3.15.1 keras/src/layers/preprocessing/image_preprocessing/equalization_test.py EqualizationTest.test_layer: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.Equalization(**{'value_range': [0, 255], 'data_format': 'channels_last'})
layer.build([1, 2, 2, 3])
layer = keras.layers.Equalization(**{'value_range': [0, 255], 'data_format': 'channels_first'})
layer.build([1, 3, 2, 2])
