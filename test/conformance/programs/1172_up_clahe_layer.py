# Port of keras 3.15.1 keras/src/layers/preprocessing/image_preprocessing/clahe_test.py ContrastLimitedAdaptiveHistogramEqualizationTest.test_layer: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.ContrastLimitedAdaptiveHistogramEqualization(**{'value_range': [0, 255], 'data_format': 'channels_last', 'tile_grid_size': [2, 2]})
layer.build([1, 4, 4, 3])
layer = keras.layers.ContrastLimitedAdaptiveHistogramEqualization(**{'value_range': [0, 255], 'data_format': 'channels_first', 'tile_grid_size': [2, 2]})
layer.build([1, 3, 4, 4])
